import { compareValues, DEFAULT_TOLERANCE, describeShape } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import { describeGradientsMismatch, gradientCheck, type Tensor } from '../src/lib/engine/gradient-check';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';
import { joinText, mapText } from '../src/lib/engine/text';

// Every case is graded against the reference (per-parameter messages with the factor between
// the learner's gradient and the right one), and the property checks against finite
// differences of a loss computed here, on the host, independently of the reference. Inputs
// of the finite-difference checks keep every ReLU pre-activation at least 0.05 away from 0, so
// no perturbation crosses the kink; the kink itself (relu'(0) = 0) is graded against the
// reference on inputs crafted to put a pre-activation exactly at 0.

type Activation = 'relu' | 'sigmoid' | 'tanh' | 'linear';
interface Layer {
  W: number[][];
  b: number[];
  activation: Activation;
}
interface Result {
  loss: unknown;
  dW: unknown;
  db: unknown;
}

const g: Record<Activation, (z: number) => number> = {
  relu: (z) => (z > 0 ? z : 0),
  sigmoid: (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))),
  tanh: Math.tanh,
  linear: (z) => z,
};

/** The pre-activations Z of every layer, and the logits. */
function forward(X: number[][], layers: Layer[]): { Z: number[][][]; logits: number[][] } {
  const Z: number[][][] = [];
  let A = X;
  for (const { W, b, activation } of layers) {
    const z = A.map((row) => W[0].map((_, j) => row.reduce((s, v, k) => s + v * W[k][j], b[j])));
    Z.push(z);
    A = z.map((r) => r.map(g[activation]));
  }
  return { Z, logits: A };
}

/** Mean softmax cross-entropy of the network's logits, by log-sum-exp. */
function hostLoss(X: number[][], labels: number[], layers: Layer[]): number {
  const { logits } = forward(X, layers);
  let loss = 0;
  logits.forEach((row, i) => {
    const max = Math.max(...row);
    loss += max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0)) - row[labels[i]];
  });
  return loss / X.length;
}

/** The smallest |z| over the ReLU layers (Infinity without ReLU). */
function kinkDistance(X: number[][], layers: Layer[]): number {
  const { Z } = forward(X, layers);
  let d = Infinity;
  layers.forEach((l, i) => {
    if (l.activation === 'relu') for (const row of Z[i]) for (const z of row) d = Math.min(d, Math.abs(z));
  });
  return d;
}

/** Shape problems of { loss, dW, db }, in words. */
function structureProblem(got: unknown, L: number): GraderText | null {
  if (!got || typeof got !== 'object' || Array.isArray(got)) return { en: `expected an object { loss, dW, db }, got ${describeShape(got)}`, zh: `应为对象 { loss, dW, db }，实际得到 ${describeShape(got)}` };
  for (const k of ['loss', 'dW', 'db']) if (!(k in got)) return { en: `the result has no field \`${k}\` (expected { loss, dW, db })`, zh: `结果没有字段 \`${k}\`（应为 { loss, dW, db }）` };
  const r = got as Result;
  if (typeof r.loss !== 'number') return { en: `loss must be a number, got ${describeShape(r.loss)}`, zh: `loss 必须是一个数，实际得到 ${describeShape(r.loss)}` };
  for (const k of ['dW', 'db'] as const) {
    const v = r[k];
    if (!Array.isArray(v) || v.length !== L) return { en: `${k} must be a list with one gradient per layer (${L}), got ${describeShape(v)}`, zh: `${k} 必须是每层一个梯度的列表（${L} 个），实际得到 ${describeShape(v)}` };
  }
  return null;
}

/** Against the reference: loss, then every dW[l] and db[l] with its factor. */
function againstReference(got: unknown, expected: Result, X: number[][]): GraderText | null {
  const L = (expected.dW as unknown[]).length;
  const m = X.length;
  const shape = structureProblem(got, L);
  if (shape) return shape;
  const r = got as Result;
  const problems: GraderText[] = [];
  const loss = compareValues(r.loss, expected.loss, DEFAULT_TOLERANCE);
  if (!loss.ok) {
    const ratio = (r.loss as number) / (expected.loss as number);
    const why = m > 1 && Math.abs(ratio - m) < 1e-6 * m ? { en: ': summed over the examples instead of averaged (divide by m)', zh: '：对样本求了和而不是求平均（要除以 m）' } : { en: '', zh: '' };
    problems.push({ en: `loss: ${loss.message}${why.en}`, zh: `loss：${loss.messageZh ?? loss.message}${why.zh}` });
  }
  const grads = describeGradientsMismatch(
    Array.from({ length: L }, (_, l) => [
      { name: `dW[${l}]`, param: `W[${l}]`, got: (r.dW as unknown[])[l] },
      { name: `db[${l}]`, param: `b[${l}]`, got: (r.db as unknown[])[l] },
    ]).flat(),
    Array.from({ length: L }, (_, l) => [(expected.dW as Tensor[])[l], (expected.db as Tensor[])[l]]).flat(),
    DEFAULT_TOLERANCE,
    { batchSize: m, against: { en: 'the correct gradient', zh: '正确梯度' } },
  );
  if (grads) problems.push(grads);
  if (!problems.length) return null;
  const overflow = hasNonFinite(r) ? { en: ` — ${OVERFLOW_HINT.en}`, zh: ` —— ${OVERFLOW_HINT.zh}` } : { en: '', zh: '' };
  return mapText(joinText(problems), (p, lang) => p + overflow[lang]);
}

const OVERFLOW_HINT = { en: 'exp overflowed: compute softmax and the loss from the logits shifted by each row’s maximum (log-sum-exp)', zh: 'exp 溢出了：请用每行减去该行最大值后的 logits 计算 softmax 和损失（log-sum-exp）' };

function hasNonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(hasNonFinite);
  if (v && typeof v === 'object') return Object.values(v).some(hasNonFinite);
  return false;
}

/** Against centered differences of the host's loss. */
function againstFiniteDifferences(got: unknown, X: number[][], labels: number[], layers: Layer[]): GraderText | null {
  const shape = structureProblem(got, layers.length);
  if (shape) return shape;
  const r = got as Result;
  const want = hostLoss(X, labels, layers);
  if (!(Math.abs((r.loss as number) - want) <= 1e-6 * Math.abs(want) + 1e-9)) {
    return { en: `loss is ${r.loss}, but the mean cross-entropy of the network's logits is ${want}${hasNonFinite(r.loss) ? ` — ${OVERFLOW_HINT.en}` : ''}`, zh: `loss 是 ${r.loss}，但网络 logits 的平均交叉熵是 ${want}${hasNonFinite(r.loss) ? ` —— ${OVERFLOW_HINT.zh}` : ''}` };
  }
  const params: Tensor[] = layers.flatMap((l) => [l.W, l.b]);
  const rebuild = (p: Tensor[]) => layers.map((l, i) => ({ ...l, W: p[2 * i] as number[][], b: p[2 * i + 1] as number[] }));
  return gradientCheck({
    loss: (p) => hostLoss(X, labels, rebuild(p)),
    params,
    batchSize: X.length,
    grads: layers.flatMap((_, i) => [
      { name: `dW[${i}]`, param: `W[${i}]`, got: (r.dW as unknown[])[i] },
      { name: `db[${i}]`, param: `b[${i}]`, got: (r.db as unknown[])[i] },
    ]),
  });
}

const KINK_NOTE = { en: " — here a ReLU pre-activation is exactly 0, where relu'(0) = 0 (as in PyTorch)", zh: ' —— 这里有一个 ReLU 的激活前的值恰好为 0，而 relu\'(0) = 0（与 PyTorch 相同）' };

/** A fixed case: compared with the reference, and with finite differences unless it sits on a kink. */
function fixed({ X, labels, layers, ...check }: { id: string; kind: CheckDef['kind']; name: GraderText; X: number[][]; labels: number[]; layers: Layer[] }): CheckDef {
  const onKink = kinkDistance(X, layers) < 0.05;
  return {
    ...check,
    call: 'mlpBackward',
    args: [X, labels, layers],
    compare: () => null, // judged in the property, which knows m (args) for the "missing 1/m" hint
    property: ({ got, expected }) => {
      const ref = againstReference(got, expected as Result, X);
      if (ref) return onKink ? mapText(ref, (r, lang) => r + KINK_NOTE[lang]) : ref;
      return onKink ? null : againstFiniteDifferences(got, X, labels, layers);
    },
  };
}

const layer = (W: number[][], b: number[], activation: Activation): Layer => ({ W, b, activation });

/** A random network whose ReLU pre-activations are all at least 0.05 away from 0. */
function randomNetwork(rng: Rng, hidden: number): [number[][], number[], Layer[]] {
  for (;;) {
    const m = rng.int(1, 6);
    const nIn = rng.int(1, 4);
    const classes = rng.int(2, 4);
    const widths = Array.from({ length: hidden }, () => rng.int(1, 5));
    const sizes = [nIn, ...widths, classes];
    const layers: Layer[] = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const activation: Activation = l === sizes.length - 2 ? 'linear' : rng.pick(['relu', 'sigmoid', 'tanh'] as const);
      layers.push(layer(rng.matrix(sizes[l], sizes[l + 1], -1.5, 1.5), rng.vector(sizes[l + 1], -0.5, 0.5), activation));
    }
    const X = rng.matrix(m, nIn, -2, 2);
    const labels = Array.from({ length: m }, () => rng.int(0, classes - 1));
    if (kinkDistance(X, layers) >= 0.05) return [X, labels, layers];
  }
}

function randomCheck({ hidden, ...check }: { id: string; kind: 'random' | 'property'; name: GraderText; hidden: number; count: number }): CheckDef {
  const { kind } = check;
  return {
    ...check,
    call: 'mlpBackward',
    generate: (rng) => randomNetwork(rng, hidden),
    ...(kind === 'property' ? { expect: 'none' as const } : { compare: () => null }),
    property: ({ got, expected, args }) => {
      const [X, labels, layers] = args as [number[][], number[], Layer[]];
      if (kind === 'random') {
        const ref = againstReference(got, expected as Result, X);
        if (ref) return ref;
      }
      return againstFiniteDifferences(got, X, labels, layers);
    },
  };
}

// The worked example of the statement: one ReLU layer, a batch of one, logits [0, 0].
const BY_HAND = {
  X: [[1, 2]],
  labels: [0],
  layers: [layer([[1, 0], [0.5, 0.5]], [0, 0], 'relu'), layer([[0.5, 1], [-1, -2]], [0, 0], 'linear')],
};

export default defineGrader({
  checks: [
    fixed({ id: 'by-hand', kind: 'example', name: { en: 'one ReLU hidden layer, one example, logits [0, 0] (the worked example)', zh: '一个 ReLU 隐藏层、一个样本、logits [0, 0]（题中例子）' }, ...BY_HAND }),
    fixed({ id: 'two-hidden-layers', kind: 'example', name: { en: 'two hidden layers (tanh, then ReLU), three examples, three classes', zh: '两个隐藏层（先 tanh 后 ReLU）、三个样本、三个类别' }, X: [[0.5, -1.2], [1.5, 0.3], [-0.7, 0.8]], labels: [2, 0, 1], layers: [
      layer([[0.8, -0.5, 0.3], [0.2, 0.9, -0.6]], [0.1, -0.2, 0.05], 'tanh'),
      layer([[0.7, -0.4], [0.5, 0.6], [-0.3, 0.8]], [0.2, 0.3], 'relu'),
      layer([[1.1, -0.6, 0.4], [-0.5, 0.9, 0.7]], [0, 0.1, -0.1], 'linear'),
    ] }),
    fixed({ id: 'sigmoid-hidden', kind: 'hidden', name: { en: 'a sigmoid hidden layer, four examples', zh: '一个 sigmoid 隐藏层、四个样本' }, X: [[1, 0.5, -1], [0.2, -0.3, 0.8], [-1.5, 1, 0.4], [0.6, 0.6, 0.6]], labels: [0, 2, 1, 2], layers: [
      layer([[0.5, -1, 0.3, 0.8], [1.2, 0.4, -0.7, 0.1], [-0.6, 0.9, 0.5, -0.2]], [0.1, 0, -0.3, 0.2], 'sigmoid'),
      layer([[1, -0.5, 0.2], [-0.8, 0.6, 0.9], [0.4, 1.1, -1], [0.3, -0.7, 0.5]], [0.05, -0.05, 0], 'linear'),
    ] }),
    fixed({ id: 'square-weights', kind: 'hidden', name: { en: 'square weight matrices (a transposed dW keeps its shape)', zh: '方阵权重（转置的 dW 形状不变）' }, X: [[0.3, -0.8, 1.2], [1, 0.4, -0.5]], labels: [1, 2], layers: [
      layer([[0.6, -0.2, 0.9], [0.4, 0.8, -0.5], [-0.7, 0.3, 0.2]], [0, 0.1, -0.1], 'tanh'),
      layer([[1.2, -0.4, 0.3], [-0.6, 0.9, 0.5], [0.2, -0.8, 1]], [0.1, 0, -0.2], 'linear'),
    ] }),
    fixed({ id: 'sigmoid-then-tanh', kind: 'hidden', name: { en: 'two hidden layers (sigmoid, then tanh), five examples', zh: '两个隐藏层（先 sigmoid 后 tanh）、五个样本' }, X: [[1, -1], [0.5, 2], [-1.5, 0.3], [0, 0.7], [2, -0.4]], labels: [0, 1, 1, 0, 1], layers: [
      layer([[1.2, -0.7, 0.4], [0.3, 0.9, -1.1]], [0.2, -0.1, 0], 'sigmoid'),
      layer([[0.9, -1.3], [-0.5, 0.8], [1.4, 0.2]], [-0.2, 0.3], 'tanh'),
      layer([[1.5, -1], [-0.7, 1.2]], [0, 0.2], 'linear'),
    ] }),
    fixed({ id: 'relu-relu', kind: 'hidden', name: { en: 'two ReLU hidden layers, four classes', zh: '两个 ReLU 隐藏层、四个类别' }, X: [[1, 2], [-1, 0.5], [0.3, -1.5], [2, 1]], labels: [3, 0, 2, 1], layers: [
      layer([[0.9, -0.6, 0.4], [0.5, 0.7, -0.8]], [0.3, 0.2, 0.1], 'relu'),
      layer([[0.8, -0.3, 0.6], [-0.4, 0.9, 0.5], [0.7, 0.4, -0.6]], [0.2, 0.1, 0.15], 'relu'),
      layer([[1, -0.5, 0.3, -0.2], [-0.6, 0.8, 0.4, 0.1], [0.2, 0.3, -0.9, 0.7]], [0, 0.1, 0, -0.1], 'linear'),
    ] }),
    fixed({ id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example, two hidden layers', zh: '只有一个样本的批次、两个隐藏层' }, X: [[0.7, -1.1, 0.4]], labels: [1], layers: [
      layer([[0.5, -0.8], [0.9, 0.3], [-0.4, 1.1]], [0.1, 0.6], 'tanh'),
      layer([[1.2, -0.5, 0.7], [-0.3, 0.8, 0.9]], [0.5, 0.25, 0.6], 'relu'),
      layer([[0.6, -1], [0.9, 0.5], [-0.7, 0.4]], [0, 0], 'linear'),
    ] }),
    // Dyadic numbers: every product and sum is exact, so z = 0 exactly in any summation order.
    fixed({ id: 'relu-zero-first-layer', kind: 'edge', name: { en: 'a ReLU pre-activation exactly 0 (first hidden layer)', zh: 'ReLU 的激活前的值恰好为 0（第一隐藏层）' }, X: [[1, -1], [2, 0.5]], labels: [1, 0], layers: [
      layer([[0.5, 1, -1], [0.5, 0.25, 2]], [0, 0, 0], 'relu'),
      layer([[1.5, -0.5], [0.25, 0.75], [-1, 0.5]], [0, 0], 'linear'),
    ] }),
    fixed({ id: 'relu-zero-through-bias', kind: 'edge', name: { en: 'a ReLU pre-activation exactly 0 through the bias (second hidden layer)', zh: '经偏置使 ReLU 的激活前的值恰好为 0（第二隐藏层）' }, X: [[1, 0.5], [-0.5, 1]], labels: [0, 2], layers: [
      layer([[1, 0.5], [0.5, -1]], [0.25, 0.75], 'relu'),
      layer([[0.5, -0.25], [1, 0.5]], [-1.5, 0.25], 'relu'),
      layer([[1, -0.5, 0.75], [-0.25, 0.5, 1]], [0, 0, 0], 'linear'),
    ] }),
    fixed({ id: 'large-logits', kind: 'edge', name: { en: 'logits near ±1000, both examples confidently wrong (a stable softmax is needed)', zh: 'logits 接近 ±1000，两个样本都错得很自信（需要数值稳定的 softmax）' }, X: [[3, -2], [-1, 4]], labels: [1, 0], layers: [
      layer([[1, 0.5], [-0.5, 1]], [0.1, 0.1], 'relu'),
      layer([[400, -350], [-300, 420]], [0, 0], 'linear'),
    ] }),
    fixed({ id: 'one-unit-hidden', kind: 'edge', name: { en: 'a hidden layer of a single unit', zh: '只有一个单元的隐藏层' }, X: [[0.5, 1.5], [-1, 0.25], [2, -0.5]], labels: [0, 1, 1], layers: [
      layer([[0.8], [-0.6]], [0.3], 'sigmoid'),
      layer([[1.5, -2]], [0.1, -0.1], 'linear'),
    ] }),
    fixed({
      id: 'sigmoid-saturated',
      kind: 'edge',
      name: {
        en: 'a sigmoid hidden layer with pre-activations of ±900 and more (e^z/(1+e^z) is NaN for z > 709)',
        zh: 'sigmoid 隐藏层的预激活值达到 ±900 以上（e^z/(1+e^z) 在 z > 709 时为 NaN）',
      },
      X: [[2, -1], [-1.5, 3]],
      labels: [0, 1],
      layers: [layer([[400, -300], [-100, 350]], [0, 0], 'sigmoid'), layer([[1, -0.5], [0.5, 1]], [0.1, -0.1], 'linear')],
    }),
    fixed({ id: 'one-class-present', kind: 'edge', name: { en: 'every example has the same label', zh: '所有样本的标签相同' }, X: [[0.2, 0.4], [1, -1], [-0.6, 0.9]], labels: [1, 1, 1], layers: [
      layer([[0.7, -0.3, 0.5], [0.4, 0.8, -0.9]], [0.15, 0.2, 0.1], 'tanh'),
      layer([[0.9, -0.4], [-0.6, 1], [0.3, 0.5]], [0, 0], 'linear'),
    ] }),
    randomCheck({ id: 'random-one-hidden', kind: 'random', name: { en: 'random networks with one hidden layer', zh: '一个隐藏层的随机网络' }, hidden: 1, count: 5 }),
    randomCheck({ id: 'random-two-hidden', kind: 'random', name: { en: 'random networks with two hidden layers', zh: '两个隐藏层的随机网络' }, hidden: 2, count: 5 }),
    randomCheck({ id: 'finite-differences-one-hidden', kind: 'property', name: { en: 'dW and db agree with finite differences of the loss (one hidden layer)', zh: 'dW 和 db 与损失的有限差分一致（一个隐藏层）' }, hidden: 1, count: 2 }),
    randomCheck({ id: 'finite-differences-two-hidden', kind: 'property', name: { en: 'dW and db agree with finite differences of the loss (two hidden layers)', zh: 'dW 和 db 与损失的有限差分一致（两个隐藏层）' }, hidden: 2, count: 2 }),
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(3),
    'boundary 10:19 > → >=': 'at z = 0 both branches give 0',
    'boundary 81:11 > → >=': 'dA of the input layer is computed but never used',
  },
});
