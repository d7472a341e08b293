import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'candidate-sigmoid',
    hint: {
      en: 'Your candidate uses a sigmoid: c̃ = σ(Wc[a, x] + bc) lies in (0, 1). The candidate is tanh(Wc[a, x] + bc), in (−1, 1); only the three gates Γu, Γf, Γo use σ.',
      zh: '你的候选值用了 sigmoid：c̃ = σ(Wc[a, x] + bc) 落在 (0, 1)。候选值应为 tanh(Wc[a, x] + bc)，在 (−1, 1) 内；只有三个门 Γu、Γf、Γo 用 σ。',
    },
    edits: [
      {
        find: 'const cTilde = affine(p.Wc, p.bc, aPrev, x).map(Math.tanh);',
        replace: 'const cTilde = affine(p.Wc, p.bc, aPrev, x).map(sigmoid);',
      },
    ],
  },
  {
    name: 'concat-reversed',
    hint: {
      en: 'You concatenate the input first: [x, a]. The notes write W[a, x]: the first n_a columns of every W multiply a_prev, the last n_x columns multiply x.',
      zh: '你把输入放在了前面：[x, a]。笔记中写作 W[a, x]：每个 W 的前 n_a 列乘以 a_prev，后 n_x 列乘以 x。',
    },
    edits: [
      { find: 'const v = a.concat(x);', replace: 'const v = x.concat(a);' },
    ],
  },
  {
    name: 'gates-swapped',
    hint: {
      en: 'You swapped the forget and update gates: the update (input) gate scales the candidate and the forget gate scales the old cell, c = Γu ∗ c̃ + Γf ∗ c_prev.',
      zh: '你把遗忘门和更新门弄反了：更新（输入）门缩放候选值，遗忘门缩放旧的记忆细胞，c = Γu ∗ c̃ + Γf ∗ c_prev。',
    },
    edits: [
      {
        find: 'const c = cTilde.map((ct, i) => gammaU[i] * ct + gammaF[i] * cPrev[i]);',
        replace: 'const c = cTilde.map((ct, i) => gammaF[i] * ct + gammaU[i] * cPrev[i]);',
      },
    ],
  },
  {
    name: 'no-tanh-on-c',
    hint: {
      en: 'Your activation is a = Γo ∗ c, the form printed in the notes. This exercise uses the standard LSTM: a = Γo ∗ tanh(c).',
      zh: '你的激活值是 a = Γo ∗ c，即笔记中印的形式。本题使用标准 LSTM：a = Γo ∗ tanh(c)。',
    },
    edits: [
      {
        find: 'const a = c.map((ci, i) => gammaO[i] * Math.tanh(ci));',
        replace: 'const a = c.map((ci, i) => gammaO[i] * ci);',
      },
    ],
  },
  {
    name: 'output-from-candidate',
    hint: {
      en: 'Your activation uses the candidate c̃ instead of the new cell: a = Γo ∗ tanh(c) with c = Γu ∗ c̃ + Γf ∗ c_prev, the memory after the update.',
      zh: '你的激活值用了候选值 c̃ 而不是新的记忆细胞：a = Γo ∗ tanh(c)，其中 c = Γu ∗ c̃ + Γf ∗ c_prev 是更新后的记忆。',
    },
    edits: [
      {
        find: 'const a = c.map((ci, i) => gammaO[i] * Math.tanh(ci));',
        replace: 'const a = cTilde.map((ct, i) => gammaO[i] * ct);',
      },
    ],
  },
  {
    name: 'sigmoid-overflow',
    hint: {
      en: 'Your sigmoid computes e^z / (1 + e^z): for z = 1000, e^z = Infinity and Infinity/Infinity = NaN. Use 1 / (1 + e^−z) for z ≥ 0 (and e^z / (1 + e^z) only for z < 0).',
      zh: '你的 sigmoid 计算 e^z / (1 + e^z)：z = 1000 时 e^z = Infinity，Infinity/Infinity = NaN。z ≥ 0 时用 1 / (1 + e^−z)（只在 z < 0 时用 e^z / (1 + e^z)）。',
    },
    edits: [
      {
        find: `function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));`,
        replace: 'function sigmoid(z) {',
      },
    ],
  },
]);
