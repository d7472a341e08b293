import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'leaky-default-alpha-ignored',
    hint: {
      en: 'When alpha is left out, your leakyRelu/leakyReluGrad compute with alpha = undefined (NaN). Give the parameter its default: function leakyRelu(z, alpha = 0.01).',
      zh: '省略 alpha 时，你的 leakyRelu/leakyReluGrad 用 alpha = undefined 计算（得到 NaN）。给参数加上默认值：function leakyRelu(z, alpha = 0.01)。',
    },
    edits: [
      { find: 'export function leakyRelu(z, alpha = 0.01) {', replace: 'export function leakyRelu(z, alpha) {' },
      { find: 'export function leakyReluGrad(z, alpha = 0.01) {', replace: 'export function leakyReluGrad(z, alpha) {' },
    ],
  },
  {
    name: 'leaky-grad-one-at-zero',
    hint: {
      en: 'Your leakyReluGrad returns 1 at z = 0. As in PyTorch, the leaky ReLU gradient at exactly 0 is alpha: return 1 only where z > 0.',
      zh: '你的 leakyReluGrad 在 z = 0 处返回 1。与 PyTorch 相同，Leaky ReLU 在 z 恰好为 0 时梯度为 alpha：只有 z > 0 时才返回 1。',
    },
    edits: [
      {
        find: 'return elementwise(z, (x) => (x > 0 ? 1 : alpha));',
        replace: 'return elementwise(z, (x) => (x >= 0 ? 1 : alpha));',
      },
    ],
  },
  {
    name: 'leaky-grad-zero-at-zero',
    hint: {
      en: 'Your leakyReluGrad returns 0 at z = 0, like ReLU. The leaky ReLU gradient at exactly 0 is alpha (PyTorch): 1 where z > 0, alpha everywhere else.',
      zh: '你的 leakyReluGrad 在 z = 0 处像 ReLU 一样返回 0。Leaky ReLU 在 z 恰好为 0 时梯度为 alpha（PyTorch）：z > 0 时为 1，其余都是 alpha。',
    },
    edits: [
      {
        find: 'return elementwise(z, (x) => (x > 0 ? 1 : alpha));',
        replace: 'return elementwise(z, (x) => (x > 0 ? 1 : x < 0 ? alpha : 0));',
      },
    ],
  },
  {
    name: 'prelu-max-form',
    hint: {
      en: 'Your prelu computes max(z, alpha·z). That equals the definition only when alpha ≤ 1; a learned PReLU slope can be larger (e.g. 2), and then max picks alpha·z for positive z. Use the piecewise form: z where z > 0, alpha·z otherwise.',
      zh: '你的 prelu 计算的是 max(z, alpha·z)。只有 alpha ≤ 1 时它才等于定义；PReLU 学到的斜率可以更大（如 2），这时对正的 z，max 会取 alpha·z。请用分段形式：z > 0 时为 z，否则为 alpha·z。',
    },
    edits: [
      {
        find: `return elementwise(z, (x) => (x > 0 ? x : alpha * x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} 1 where z > 0, else 0 (0 at z = 0)`,
        replace: `return elementwise(z, (x) => Math.max(x, alpha * x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} 1 where z > 0, else 0 (0 at z = 0)`,
      },
    ],
  },
  {
    name: 'relu-grad-one-at-zero',
    hint: {
      en: "Your reluGrad returns 1 at z = 0. The convention (PyTorch's) is that the ReLU gradient at exactly 0 is 0: use z > 0, not z >= 0.",
      zh: '你的 reluGrad 在 z = 0 处返回 1。约定（与 PyTorch 相同）是 ReLU 在 z 恰好为 0 时梯度为 0：用 z > 0，而不是 z >= 0。',
    },
    edits: [
      {
        find: 'return elementwise(z, (x) => (x > 0 ? 1 : 0));',
        replace: 'return elementwise(z, (x) => (x >= 0 ? 1 : 0));',
      },
    ],
  },
  {
    name: 'swish-grad-missing-term',
    hint: {
      en: 'Your swishGrad returns only σ(z). Swish is a product, z·σ(z), so the product rule gives two terms: σ(z) + z·σ(z)·(1 − σ(z)).',
      zh: '你的 swishGrad 只返回了 σ(z)。Swish 是乘积 z·σ(z)，按乘积法则有两项：σ(z) + z·σ(z)·(1 − σ(z))。',
    },
    edits: [
      { find: 'return s + x * s * (1 - s);', replace: 'return s;' },
    ],
  },
  {
    name: 'tanh-grad-uses-output',
    hint: {
      en: 'Your tanhGrad computes 1 − z². The formula 1 − a² uses the output a = tanh(z), and tanhGrad receives the input z: return 1 − tanh(z)².',
      zh: '你的 tanhGrad 计算的是 1 − z²。公式 1 − a² 中的 a 是输出 tanh(z)，而 tanhGrad 接收的是输入 z：应返回 1 − tanh(z)²。',
    },
    edits: [
      {
        find: `const t = Math.tanh(x);
    return 1 - t * t;`,
        replace: 'return 1 - x * x;',
      },
    ],
  },
  {
    name: 'tanh-overflow',
    hint: {
      en: 'Your tanh is NaN for large |z|: (e^z − e^−z)/(e^z + e^−z) becomes Infinity/Infinity once e^z overflows (z > 709). Use Math.tanh, or the form (1 − e^(−2|z|))/(1 + e^(−2|z|)) with the sign of z.',
      zh: '你的 tanh 在 |z| 很大时得到 NaN：e^z 溢出后 (e^z − e^−z)/(e^z + e^−z) 变成 Infinity/Infinity（z > 709 时）。用 Math.tanh，或者带上 z 的符号使用 (1 − e^(−2|z|))/(1 + e^(−2|z|))。',
    },
    edits: [
      {
        find: 'return elementwise(z, (x) => Math.tanh(x));',
        replace: 'return elementwise(z, (x) => (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)));',
      },
      {
        find: 'const t = Math.tanh(x);',
        replace: 'const t = (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x));',
      },
    ],
  },
  {
    name: 'unstable-sigmoid',
    hint: {
      en: 'Your σ(z) is computed as e^z/(1 + e^z), which is Infinity/Infinity = NaN for large z, so sigmoidGrad, swish and swishGrad break at z = 1000. Compute σ as 1/(1 + e^−z) for z ≥ 0 (and e^z/(1 + e^z) only for z < 0).',
      zh: '你用 e^z/(1 + e^z) 计算 σ(z)，z 很大时变成 Infinity/Infinity = NaN，所以 sigmoidGrad、swish 和 swishGrad 在 z = 1000 时出错。z ≥ 0 时用 1/(1 + e^−z) 计算 σ（只有 z < 0 时才用 e^z/(1 + e^z)）。',
    },
    edits: [
      {
        find: `function sigma(x) {
  if (x >= 0) return 1 / (1 + Math.exp(-x));`,
        replace: 'function sigma(x) {',
      },
    ],
  },
]);
