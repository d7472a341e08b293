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
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /** d(this)/d(node) into node.grad for every node this depends on. */
  backward() {
    this.grad = 1;
    const propagate = (v) => {
      v._backward();
      for (const child of v._prev) propagate(child);
    };
    propagate(this);
  }
}

export const hint = {
  en: "Your backward() walks the graph recursively, calling a node's _backward as soon as one path reaches it. A node used by several later nodes must wait until all of them have added to its grad: sort the graph topologically (children before parents) and call _backward in the reverse of that order, once per node.",
  zh: '你的 backward() 递归遍历计算图，只要有一条路径到达某个节点就调用它的 _backward。被后面多个节点使用的节点必须等它们都把梯度加进来之后才能继续传播：先对计算图做拓扑排序（子节点在前），再按相反顺序对每个节点调用一次 _backward。',
};
