import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'grad-overwritten',
    hint: {
      en: 'Your _backward closures assign the gradient (grad = …) instead of adding to it (grad += …). A node used more than once — a.mul(a), a.add(a), or a value feeding two branches — must sum the contributions of every use: the multivariable chain rule.',
      zh: '你的 _backward 闭包对梯度做的是赋值（grad = …），而不是累加（grad += …）。被多次使用的节点——a.mul(a)、a.add(a)，或者流向两个分支的值——必须把每次使用的贡献加起来：这就是多元链式法则。',
    },
    edits: [
      { find: 'this.grad += out.grad;', replace: 'this.grad = out.grad;' },
      { find: 'other.grad += out.grad;', replace: 'other.grad = out.grad;' },
      { find: 'this.grad += other.data * out.grad;', replace: 'this.grad = other.data * out.grad;' },
      { find: 'other.grad += this.data * out.grad;', replace: 'other.grad = this.data * out.grad;' },
      {
        find: 'this.grad += k * this.data ** (k - 1) * out.grad;',
        replace: 'this.grad = k * this.data ** (k - 1) * out.grad;',
      },
      { find: 'this.grad += out.data * out.grad;', replace: 'this.grad = out.data * out.grad;' },
      { find: 'this.grad += (1 / this.data) * out.grad;', replace: 'this.grad = (1 / this.data) * out.grad;' },
      { find: 'this.grad += (1 - t * t) * out.grad;', replace: 'this.grad = (1 - t * t) * out.grad;' },
      {
        find: 'this.grad += (this.data > 0 ? 1 : 0) * out.grad;',
        replace: 'this.grad = (this.data > 0 ? 1 : 0) * out.grad;',
      },
    ],
  },
  {
    name: 'no-topological-order',
    hint: {
      en: "Your backward() walks the graph recursively, calling a node's _backward as soon as one path reaches it. A node used by several later nodes must wait until all of them have added to its grad: sort the graph topologically (children before parents) and call _backward in the reverse of that order, once per node.",
      zh: '你的 backward() 递归遍历计算图，只要有一条路径到达某个节点就调用它的 _backward。被后面多个节点使用的节点必须等它们都把梯度加进来之后才能继续传播：先对计算图做拓扑排序（子节点在前），再按相反顺序对每个节点调用一次 _backward。',
    },
    edits: [
      {
        find: `const topo = [];
    const visited = new Set();
    const build = (v) => {
      if (visited.has(v)) return;
      visited.add(v);
      for (const child of v._prev) build(child);
      topo.push(v);`,
        replace: `this.grad = 1;
    const propagate = (v) => {
      v._backward();
      for (const child of v._prev) propagate(child);`,
      },
      {
        find: `build(this);
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();`,
        replace: 'propagate(this);',
      },
    ],
  },
  {
    name: 'numbers-not-wrapped',
    hint: {
      en: 'add, mul, sub and div also accept a plain number (a.add(2), a.mul(3)). Wrap a number in a Value first — other = other instanceof Value ? other : new Value(other) — so that other.data is defined and its grad can be stored.',
      zh: 'add、mul、sub 和 div 也接受普通数字（a.add(2)、a.mul(3)）。先把数字包装成 Value——other = other instanceof Value ? other : new Value(other)——这样 other.data 才有定义，它的 grad 也才有地方存。',
    },
    edits: [
      { find: 'return x instanceof Value ? x : new Value(x);', replace: 'return x;' },
    ],
  },
  {
    name: 'output-grad-not-seeded',
    hint: {
      en: "backward() never sets the output's own gradient to 1, so every gradient stays 0. The chain starts from d(out)/d(out) = 1: set this.grad = 1 before running the _backward closures.",
      zh: 'backward() 没有把输出自身的梯度设为 1，所以所有梯度都保持为 0。链式法则从 d(out)/d(out) = 1 开始：在执行 _backward 闭包之前先令 this.grad = 1。',
    },
    edits: [
      {
        find: `build(this);
    this.grad = 1;`,
        replace: 'build(this);',
      },
    ],
  },
  {
    name: 'relu-grad-at-zero-one',
    hint: {
      en: "Your relu passes the gradient through at an input of exactly 0. The convention (as in PyTorch and micrograd) is relu'(0) = 0: pass out.grad only where the input is > 0.",
      zh: "你的 relu 在输入恰好为 0 时把梯度传了过去。约定（与 PyTorch 和 micrograd 相同）是 relu'(0) = 0：只有输入 > 0 时才传递 out.grad。",
    },
    edits: [
      {
        find: 'this.grad += (this.data > 0 ? 1 : 0) * out.grad;',
        replace: 'this.grad += (this.data >= 0 ? 1 : 0) * out.grad;',
      },
    ],
  },
  {
    name: 'topo-order-not-reversed',
    hint: {
      en: 'Your backward() runs the _backward closures in topological order (inputs first). Gradients flow from the output back to the inputs: run them in the reverse order, the output first.',
      zh: '你的 backward() 按拓扑顺序（输入在前）执行 _backward 闭包。梯度是从输出流回输入的：要按相反顺序执行，先从输出开始。',
    },
    edits: [
      {
        find: 'for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();',
        replace: 'for (let i = 0; i < topo.length; i++) topo[i]._backward();',
      },
    ],
  },
]);
