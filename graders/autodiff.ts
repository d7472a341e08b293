import { defineGrader, type CheckDef } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// A computation graph is given as data, a program of steps [name, op, x, y]:
//   [name, 'value', number]             name = new Value(number)
//   [name, 'add'|'mul'|'sub'|'div', x, y]  name = x.op(y), y the name of a node or a plain number
//   [name, 'pow', x, k]                 name = x.pow(k)
//   [name, 'neg'|'exp'|'log'|'tanh'|'relu', x]
// The driver below builds it with the learner's class, calls backward() on the last node (or on
// `options.root`; not at all with `options.backward === false`) and returns every node's data and
// grad by name: { a: { data, grad }, b: … }.
type Step = (string | number)[];
type Program = Step[];

const DRIVER = `(m, program, options) => {
  const opts = options || {};
  const Value = m.Value;
  if (typeof Value !== 'function') throw new Error('solution.js does not export a class Value');
  const show = (y) => (typeof y === 'string' ? y : String(y));
  const describe = (s) => s[1] === 'value' ? s[0] + ' = new Value(' + s[2] + ')'
    : s[0] + ' = ' + s[2] + '.' + s[1] + '(' + (s.length > 3 ? show(s[3]) : '') + ')';
  const at = (what, f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof Error) try { e.message = 'in ' + what + ': ' + e.message; } catch (_) {}
      throw e;
    }
  };
  const nodes = {};
  for (const s of program) {
    const name = s[0], op = s[1], x = s[2], y = s[3];
    let v;
    if (op === 'value') v = at(describe(s), () => new Value(x));
    else {
      const a = nodes[x];
      if (typeof a[op] !== 'function') throw new Error('Value has no method ' + op + ' (in ' + describe(s) + ')');
      const operand = typeof y === 'string' ? nodes[y] : y;
      v = at(describe(s), () => (s.length > 3 ? a[op](operand) : a[op]()));
      if (v === a || (typeof y === 'string' && v === operand)) throw new Error(describe(s) + ' returned one of its inputs: every operation must return a new Value');
    }
    if (v === null || typeof v !== 'object' || typeof v.data !== 'number') throw new Error(describe(s) + ' did not give a Value with a numeric data field');
    nodes[name] = v;
  }
  if (opts.backward !== false) {
    const rootName = opts.root || program[program.length - 1][0];
    const root = nodes[rootName];
    if (typeof root.backward !== 'function') throw new Error('Value has no method backward');
    at(rootName + '.backward()', () => root.backward());
  }
  const out = {};
  for (const name of Object.keys(nodes)) out[name] = { data: nodes[name].data, grad: nodes[name].grad };
  return out;
}`;

/** A check running one program (args: [program] or [program, options]) through the driver. */
const graph = { run: DRIVER } satisfies Partial<CheckDef>;

// ---- random programs -------------------------------------------------------------------

const BINARY = ['add', 'mul', 'sub', 'div'] as const;
const UNARY = ['neg', 'exp', 'log', 'tanh', 'relu', 'pow'] as const;

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case 'add': return a + b;
    case 'mul': return a * b;
    case 'sub': return a - b;
    case 'div': return a / b;
    case 'neg': return -a;
    case 'exp': return Math.exp(a);
    case 'log': return Math.log(a);
    case 'tanh': return Math.tanh(a);
    case 'relu': return a > 0 ? a : 0;
    case 'pow': return a ** b;
  }
  throw new Error(op);
}

/** Is op(a, b) well inside its domain, with a moderate result? */
function safe(op: string, a: number, b: number): boolean {
  if (op === 'div' && Math.abs(b) < 0.3) return false;
  if (op === 'log' && a < 0.2) return false;
  if (op === 'exp' && Math.abs(a) > 3) return false;
  if (op === 'relu' && Math.abs(a) < 1e-3) return false;
  if (op === 'pow' && (Math.abs(a) < 0.3 || (!Number.isInteger(b) && a <= 0.2))) return false;
  const r = apply(op, a, b);
  return Number.isFinite(r) && Math.abs(r) < 60;
}

/**
 * A random expression graph: `leaves` inputs, then `ops` operations whose operands are mostly
 * recent nodes (depth) and sometimes older ones (reuse, diamonds); some nodes may end up
 * unreachable from the output.
 */
function randomProgram(rng: Rng, leaves: number, ops: number, reuse: number): Program {
  const prog: Program = [];
  const vals: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < leaves; i++) {
    let v = rng.round(rng.uniform(-2, 2), 2);
    if (Math.abs(v) < 0.1) v = 0.5;
    names.push(`x${i}`);
    vals.push(v);
    prog.push([`x${i}`, 'value', v]);
  }
  const pickNode = () => {
    const n = names.length;
    if (rng.random() < reuse) return rng.int(0, n - 1);
    return Math.max(0, n - 1 - rng.int(0, 2));
  };
  let made = 0;
  let tries = 0;
  while (made < ops && tries < 1000) {
    tries++;
    const i = pickNode();
    const a = vals[i];
    const step: Step = [`n${made}`];
    let value: number;
    if (rng.random() < 0.55) {
      const op = rng.pick(BINARY);
      if (rng.random() < 0.25) {
        const c = rng.pick([2, 3, -1.5, 0.5, 4]);
        if (!safe(op, a, c)) continue;
        value = apply(op, a, c);
        step.push(op, names[i], c);
      } else {
        const j = pickNode();
        if (!safe(op, a, vals[j])) continue;
        value = apply(op, a, vals[j]);
        step.push(op, names[i], names[j]);
      }
    } else {
      const op = rng.pick(UNARY);
      if (op === 'pow') {
        const k = rng.pick([2, 3, -1, 0.5, 1.5]);
        if (!safe(op, a, k)) continue;
        value = apply(op, a, k);
        step.push(op, names[i], k);
      } else {
        if (!safe(op, a, 0)) continue;
        value = apply(op, a, 0);
        step.push(op, names[i]);
      }
    }
    prog.push(step);
    names.push(step[0] as string);
    vals.push(value);
    made++;
  }
  // Sum most of the nodes nothing uses yet into the output, so that most of the graph is
  // reachable from it; a few stay unreachable (their grad must stay 0).
  const used = new Set<string>();
  for (const st of prog) for (const x of st.slice(2)) if (typeof x === 'string') used.add(x);
  let out = names[names.length - 1];
  const sinks = names.slice(0, -1).filter((n) => !used.has(n) && rng.random() < 0.8);
  sinks.forEach((n, k) => {
    const name = `s${k}`;
    prog.push([name, 'add', out, n]);
    out = name;
  });
  return prog;
}

// ---- fixed graphs ----------------------------------------------------------------------

const WORKED: Program = [
  ['a', 'value', 2],
  ['b', 'value', -3],
  ['c', 'value', 10],
  ['e', 'mul', 'a', 'b'],
  ['d', 'add', 'e', 'c'],
  ['f', 'value', -2],
  ['L', 'mul', 'd', 'f'],
];

// the neuron of the notes: o = tanh(x1·w1 + x2·w2 + b)
const NEURON: Program = [
  ['x1', 'value', 2],
  ['x2', 'value', 0],
  ['w1', 'value', -3],
  ['w2', 'value', 1],
  ['b', 'value', 6.881373587019543],
  ['x1w1', 'mul', 'x1', 'w1'],
  ['x2w2', 'mul', 'x2', 'w2'],
  ['s', 'add', 'x1w1', 'x2w2'],
  ['n', 'add', 's', 'b'],
  ['o', 'tanh', 'n'],
];

// the same neuron with tanh spelled out: (e^{2n} − 1) / (e^{2n} + 1)
const NEURON_EXPANDED: Program = [
  ...NEURON.slice(0, 9),
  ['n2', 'mul', 'n', 2],
  ['e', 'exp', 'n2'],
  ['num', 'sub', 'e', 1],
  ['den', 'add', 'e', 1],
  ['o', 'div', 'num', 'den'],
];

function chain(length: number): Program {
  const prog: Program = [['x', 'value', 0.7]];
  const ops: [string, number | null][] = [['mul', 1.1], ['tanh', null], ['add', 0.3], ['exp', null], ['log', null], ['pow', 1.5], ['sub', 0.2], ['relu', null]];
  let prev = 'x';
  for (let i = 0; i < length; i++) {
    const [op, c] = ops[i % ops.length];
    const name = `n${i}`;
    prog.push(c === null ? [name, op, prev] : [name, op, prev, c]);
    prev = name;
  }
  return prog;
}

const RANDOM_TOL = { rtol: 1e-5, atol: 1e-7 };

export default defineGrader({
  checks: [
    // visible
    { ...graph, id: 'worked-example', kind: 'example', name: { en: 'L = (a·b + c)·f (the worked example)', zh: 'L = (a·b + c)·f（题中例子）' }, args: [WORKED] },
    { ...graph, id: 'used-twice-example', kind: 'example', name: { en: 'b = a·a: a is used twice', zh: 'b = a·a：a 被使用两次' }, args: [[['a', 'value', 3], ['b', 'mul', 'a', 'a']]] },
    { ...graph, id: 'diamond-example', kind: 'example', name: { en: 'a diamond: b = a·2, c = a + 3, d = b·c', zh: '菱形：b = a·2，c = a + 3，d = b·c' }, args: [[['a', 'value', 1.5], ['b', 'mul', 'a', 2], ['c', 'add', 'a', 3], ['d', 'mul', 'b', 'c']]] },

    // construction
    { ...graph, id: 'new-value', kind: 'edge', name: { en: 'new Value(3): data 3 and grad 0', zh: 'new Value(3)：data 为 3，grad 为 0' }, args: [[['a', 'value', 3]], { backward: false }] },
    { ...graph, id: 'new-value-negative', kind: 'edge', name: { en: 'new Value(−2.5) stores its data', zh: 'new Value(−2.5) 保存它的 data' }, args: [[['a', 'value', -2.5]], { backward: false }] },
    { ...graph, id: 'forward-only', kind: 'edge', name: { en: 'building a graph without calling backward leaves every grad at 0', zh: '只建图不调用 backward，每个 grad 都保持 0' }, args: [[['a', 'value', 2], ['b', 'value', -1], ['c', 'mul', 'a', 'b'], ['d', 'tanh', 'c'], ['e', 'add', 'd', 1]], { backward: false }] },
    { ...graph, id: 'backward-on-leaf', kind: 'edge', name: { en: 'backward() on a lone Value sets its grad to 1', zh: '对单独一个 Value 调用 backward()，它的 grad 变为 1' }, args: [[['a', 'value', 4]]] },

    // accumulation: nodes used more than once
    { ...graph, id: 'add-self', kind: 'edge', name: { en: 'b = a + a', zh: 'b = a + a' }, args: [[['a', 'value', -2], ['b', 'add', 'a', 'a']]] },
    { ...graph, id: 'mul-self', kind: 'edge', name: { en: 'b = a·a with a negative', zh: 'b = a·a，a 为负' }, args: [[['a', 'value', -1.5], ['b', 'mul', 'a', 'a']]] },
    { ...graph, id: 'used-three-times', kind: 'edge', name: { en: 'a used three times: e = (a·b + a)·a', zh: 'a 被使用三次：e = (a·b + a)·a' }, args: [[['a', 'value', 2], ['b', 'value', 3], ['c', 'mul', 'a', 'b'], ['d', 'add', 'c', 'a'], ['e', 'mul', 'd', 'a']]] },
    { ...graph, id: 'sub-self', kind: 'edge', name: { en: 'a − a has gradient 0', zh: 'a − a 的梯度为 0' }, args: [[['a', 'value', 5], ['b', 'sub', 'a', 'a']]] },
    { ...graph, id: 'div-self', kind: 'edge', name: { en: 'a / a has gradient 0', zh: 'a / a 的梯度为 0' }, args: [[['a', 'value', 2.5], ['b', 'div', 'a', 'a']]] },
    { ...graph, id: 'shared-leaf-two-outputs', kind: 'hidden', name: { en: 'x feeds two products that are added', zh: 'x 流入两个乘积，再相加' }, args: [[['x', 'value', 3], ['y', 'value', -2], ['p', 'mul', 'x', 'y'], ['q', 'mul', 'x', 4], ['r', 'add', 'p', 'q']]] },

    // order: diamonds on intermediate nodes
    { ...graph, id: 'diamond', kind: 'edge', name: { en: 'a diamond on a leaf: b = a·2, c = a + 3, d = b·c', zh: '叶节点上的菱形：b = a·2，c = a + 3，d = b·c' }, args: [[['a', 'value', -0.5], ['b', 'mul', 'a', 2], ['c', 'add', 'a', 3], ['d', 'mul', 'b', 'c']]] },
    { ...graph, id: 'diamond-intermediate', kind: 'edge', name: { en: 'a diamond on an intermediate node: h = 1.5·x, then d = (2h)·(h + 3)', zh: '中间节点上的菱形：h = 1.5·x，然后 d = (2h)·(h + 3)' }, args: [[['x', 'value', 0.8], ['h', 'mul', 'x', 1.5], ['b', 'mul', 'h', 2], ['c', 'add', 'h', 3], ['d', 'mul', 'b', 'c']]] },
    { ...graph, id: 'uneven-paths', kind: 'edge', name: { en: 'e feeds g directly and through tanh: g = e·tanh(e), e = 2x', zh: 'e 直接流入 g，也经过 tanh 流入：g = e·tanh(e)，e = 2x' }, args: [[['x', 'value', 0.4], ['e', 'mul', 'x', 2], ['f', 'tanh', 'e'], ['g', 'mul', 'e', 'f']]] },
    { ...graph, id: 'uneven-paths-swapped', kind: 'edge', name: { en: 'the same with the operands swapped: g = tanh(e)·e', zh: '同上，操作数交换：g = tanh(e)·e' }, args: [[['x', 'value', 0.4], ['e', 'mul', 'x', 2], ['f', 'tanh', 'e'], ['g', 'mul', 'f', 'e']]] },
    { ...graph, id: 'nested-diamonds', kind: 'hidden', name: { en: 'two diamonds in a row', zh: '连续两个菱形' }, args: [[['x', 'value', 1.2], ['a', 'mul', 'x', 'x'], ['b', 'exp', 'x'], ['c', 'add', 'a', 'b'], ['d', 'tanh', 'c'], ['e', 'mul', 'c', 'd'], ['f', 'sub', 'e', 'c']]] },

    // reachability
    { ...graph, id: 'unreachable', kind: 'edge', name: { en: 'a node not used by the output keeps grad 0', zh: '输出用不到的节点 grad 保持 0' }, args: [[['a', 'value', 2], ['b', 'value', 3], ['u', 'mul', 'a', 5], ['c', 'mul', 'a', 'b']]] },
    { ...graph, id: 'backward-from-middle', kind: 'edge', name: { en: 'backward() on an intermediate node leaves later nodes at 0', zh: '对中间节点调用 backward()，后面的节点保持 0' }, args: [[['a', 'value', 1.5], ['b', 'value', -2], ['c', 'mul', 'a', 'b'], ['d', 'exp', 'c'], ['e', 'add', 'd', 'a']], { root: 'c' }] },

    // relu
    { ...graph, id: 'relu-at-zero', kind: 'edge', name: { en: 'relu at exactly 0 has gradient 0', zh: 'relu 恰好在 0 处的梯度为 0' }, args: [[['a', 'value', 0], ['b', 'relu', 'a'], ['c', 'mul', 'b', 3]]] },
    { ...graph, id: 'relu-computed-zero', kind: 'edge', name: { en: 'relu of a computed exact 0 (a − 2 with a = 2)', zh: 'relu 作用于计算出的精确 0（a − 2，a = 2）' }, args: [[['a', 'value', 2], ['z', 'sub', 'a', 2], ['r', 'relu', 'z'], ['o', 'add', 'r', 'a']]] },
    { ...graph, id: 'relu-negative', kind: 'edge', name: { en: 'relu of a negative input passes no gradient', zh: '负输入的 relu 不传梯度' }, args: [[['a', 'value', -1.5], ['b', 'relu', 'a'], ['c', 'mul', 'b', 'a']]] },
    { ...graph, id: 'relu-positive', kind: 'hidden', name: { en: 'relu of a positive input passes the gradient', zh: '正输入的 relu 把梯度传下去' }, args: [[['a', 'value', 2.5], ['b', 'relu', 'a'], ['c', 'mul', 'b', 'b']]] },

    // numbers mixed in
    { ...graph, id: 'numbers-add-mul', kind: 'edge', name: { en: 'mixing plain numbers: (a + 2)·3', zh: '混入普通数：(a + 2)·3' }, args: [[['a', 'value', 1.5], ['b', 'add', 'a', 2], ['c', 'mul', 'b', 3]]] },
    { ...graph, id: 'numbers-sub-div', kind: 'edge', name: { en: 'mixing plain numbers: (a − 1) / 4', zh: '混入普通数：(a − 1) / 4' }, args: [[['a', 'value', -3], ['b', 'sub', 'a', 1], ['c', 'div', 'b', 4]]] },

    // each operation, values and gradients
    { ...graph, id: 'op-sub', kind: 'hidden', name: { en: 'c = a − b', zh: 'c = a − b' }, args: [[['a', 'value', 4], ['b', 'value', 1.5], ['c', 'sub', 'a', 'b']]] },
    { ...graph, id: 'op-div', kind: 'hidden', name: { en: 'c = a / b', zh: 'c = a / b' }, args: [[['a', 'value', 3], ['b', 'value', -1.5], ['c', 'div', 'a', 'b']]] },
    { ...graph, id: 'op-neg', kind: 'hidden', name: { en: 'b = −a, c = b·a', zh: 'b = −a，c = b·a' }, args: [[['a', 'value', 2], ['b', 'neg', 'a'], ['c', 'mul', 'b', 3]]] },
    { ...graph, id: 'op-pow', kind: 'hidden', name: { en: 'a³, a², a^−1 and a^0.5', zh: 'a³、a²、a^−1 与 a^0.5' }, args: [[['a', 'value', 1.7], ['p3', 'pow', 'a', 3], ['p2', 'pow', 'a', 2], ['pm1', 'pow', 'a', -1], ['ph', 'pow', 'a', 0.5], ['s', 'add', 'p3', 'p2'], ['t', 'add', 'pm1', 'ph'], ['u', 'add', 's', 't']]] },
    { ...graph, id: 'op-pow-negative-base', kind: 'hidden', name: { en: 'a³ and a² with a negative', zh: 'a 为负时的 a³ 与 a²' }, args: [[['a', 'value', -2], ['p3', 'pow', 'a', 3], ['p2', 'pow', 'a', 2], ['s', 'sub', 'p3', 'p2']]] },
    { ...graph, id: 'op-exp', kind: 'hidden', name: { en: 'b = e^a', zh: 'b = e^a' }, args: [[['a', 'value', -0.7], ['b', 'exp', 'a']]] },
    { ...graph, id: 'op-log', kind: 'hidden', name: { en: 'b = ln a', zh: 'b = ln a' }, args: [[['a', 'value', 0.25], ['b', 'log', 'a']]] },
    { ...graph, id: 'op-tanh', kind: 'hidden', name: { en: 'b = tanh a', zh: 'b = tanh a' }, args: [[['a', 'value', 0.6], ['b', 'tanh', 'a']]] },
    { ...graph, id: 'op-tanh-large', kind: 'hidden', name: { en: 'tanh of a large input (10): gradient almost 0', zh: '大输入（10）的 tanh：梯度几乎为 0' }, args: [[['a', 'value', 10], ['b', 'tanh', 'a'], ['c', 'mul', 'b', 'a']]] },
    { ...graph, id: 'op-log-exp', kind: 'hidden', name: { en: 'ln(e^a) = a has gradient 1', zh: 'ln(e^a) = a 的梯度为 1' }, args: [[['a', 'value', 1.3], ['b', 'exp', 'a'], ['c', 'log', 'b']]] },

    // the neuron of the notes
    { ...graph, id: 'neuron', kind: 'hidden', name: { en: 'a neuron o = tanh(x1·w1 + x2·w2 + b)', zh: '一个神经元 o = tanh(x1·w1 + x2·w2 + b)' }, args: [NEURON] },
    { ...graph, id: 'neuron-expanded', kind: 'hidden', name: { en: 'the same neuron with tanh written as (e^{2n} − 1)/(e^{2n} + 1)', zh: '同一个神经元，tanh 写成 (e^{2n} − 1)/(e^{2n} + 1)' }, args: [NEURON_EXPANDED] },
    { ...graph, id: 'long-chain', kind: 'hidden', name: { en: 'a chain of 120 operations', zh: '120 个运算组成的链' }, args: [chain(120)] },

    // random
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random expression graphs', zh: '随机表达式图' },
      run: DRIVER,
      count: 8,
      tolerance: RANDOM_TOL,
      generate: (rng) => [randomProgram(rng, rng.int(1, 4), rng.int(4, 14), 0.3)],
    },
    {
      id: 'random-reuse',
      kind: 'random',
      name: { en: 'random expression graphs with much reuse', zh: '大量复用节点的随机表达式图' },
      run: DRIVER,
      count: 4,
      tolerance: RANDOM_TOL,
      generate: (rng) => [randomProgram(rng, 2, rng.int(8, 16), 0.7)],
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'statement 23:5 this._op = op; → (removed)': '_op is a debugging label: nothing in the contract reads it',
    'boundary 102:37 > → >=': 'relu(0) is 0 on either branch',
    'boundary 121:37 >= → >': 'topo[0] is a leaf (the first value finished in the depth-first order), whose _backward does nothing',
    'constant 121:40 0 → 1': 'topo[0] is a leaf (the first value finished in the depth-first order), whose _backward does nothing',
  },
});
