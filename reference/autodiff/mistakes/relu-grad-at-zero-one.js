// Scalar reverse-mode automatic differentiation, in the style of micrograd.
//
// Every operation returns a new Value that remembers its inputs (_prev) and a closure
// (_backward) that pushes the output's gradient to those inputs by the chain rule.
// backward() orders the graph topologically and runs the closures from the output back.

/** A number becomes a constant leaf; a Value stays itself. */
function toValue(x) {
  return x instanceof Value ? x : new Value(x);
}

export class Value {
  /**
   * @param {number} data
   * @param {Value[]} [children] - the inputs of the operation that produced this value
   * @param {string} [op] - the operation, for debugging
   */
  constructor(data, children = [], op = '') {
    this.data = data;
    this.grad = 0;
    this._backward = () => {};
    this._prev = children;
    this._op = op;
  }

  /** @param {Value|number} other @returns {Value} this + other */
  add(other) {
    other = toValue(other);
    const out = new Value(this.data + other.data, [this, other], '+');
    out._backward = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  /** @param {Value|number} other @returns {Value} this · other */
  mul(other) {
    other = toValue(other);
    const out = new Value(this.data * other.data, [this, other], '*');
    out._backward = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  /** @param {number} k - a constant exponent @returns {Value} this^k */
  pow(k) {
    const out = new Value(this.data ** k, [this], `**${k}`);
    out._backward = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  /** @returns {Value} −this */
  neg() {
    return this.mul(-1);
  }

  /** @param {Value|number} other @returns {Value} this − other */
  sub(other) {
    return this.add(toValue(other).neg());
  }

  /** @param {Value|number} other @returns {Value} this / other */
  div(other) {
    return this.mul(toValue(other).pow(-1));
  }

  /** @returns {Value} e^this */
  exp() {
    const out = new Value(Math.exp(this.data), [this], 'exp');
    out._backward = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  /** @returns {Value} ln(this) */
  log() {
    const out = new Value(Math.log(this.data), [this], 'log');
    out._backward = () => {
      this.grad += (1 / this.data) * out.grad;
    };
    return out;
  }

  /** @returns {Value} tanh(this) */
  tanh() {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], 'tanh');
    out._backward = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  /** @returns {Value} max(0, this); its derivative at exactly 0 is 0 */
  relu() {
    const out = new Value(this.data > 0 ? this.data : 0, [this], 'relu');
    out._backward = () => {
      this.grad += (this.data >= 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /** d(this)/d(node) into node.grad for every node this depends on. */
  backward() {
    const topo = [];
    const visited = new Set();
    const build = (v) => {
      if (visited.has(v)) return;
      visited.add(v);
      for (const child of v._prev) build(child);
      topo.push(v);
    };
    build(this);
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();
  }
}

export const hint = {
  en: "Your relu passes the gradient through at an input of exactly 0. The convention (as in PyTorch and micrograd) is relu'(0) = 0: pass out.grad only where the input is > 0.",
  zh: "你的 relu 在输入恰好为 0 时把梯度传了过去。约定（与 PyTorch 和 micrograd 相同）是 relu'(0) = 0：只有输入 > 0 时才传递 out.grad。",
};
