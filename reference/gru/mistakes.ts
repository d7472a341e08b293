import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'concat-reversed',
    hint: {
      en: 'You concatenate the input first: [x, c]. The notes write W[c, x]: the first n_c columns of every W multiply the (gated) memory cell, the last n_x columns multiply x.',
      zh: '你把输入放在了前面：[x, c]。笔记中写作 W[c, x]：每个 W 的前 n_c 列乘以（经过门控的）记忆细胞，后 n_x 列乘以 x。',
    },
    edits: [
      { find: 'const v = s.concat(x);', replace: 'const v = x.concat(s);' },
    ],
  },
  {
    name: 'missing-wr-as-zeros',
    hint: {
      en: 'Without p.Wr you use zero weights, so Γr = σ(0) = 0.5 halves the old memory in the candidate. Wr absent or null means the simplified GRU: no relevance gate at all, c̃ = tanh(Wc[c_prev, x] + bc).',
      zh: '没有 p.Wr 时你用了全零权重，于是 Γr = σ(0) = 0.5，候选值中的旧记忆被减半。Wr 缺失或为 null 表示简化 GRU：根本没有相关门，c̃ = tanh(Wc[c_prev, x] + bc)。',
    },
    edits: [
      {
        find: `const hasReset = p.Wr !== undefined && p.Wr !== null;
  const gammaR = hasReset ? affine(p.Wr, p.br, cPrev, x).map(sigmoid) : cPrev.map(() => 1);`,
        replace: `const Wr = p.Wr || p.Wc.map((row) => row.map(() => 0));
  const br = p.br || cPrev.map(() => 0);
  const gammaR = affine(Wr, br, cPrev, x).map(sigmoid);`,
      },
    ],
  },
  {
    name: 'reset-after-product',
    hint: {
      en: 'You multiply Γr after the matrix product, tanh(Γr ∗ (Wc[c, x]) + bc). The relevance gate scales only the old memory inside the concatenation: c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc).',
      zh: '你在矩阵乘积之后才乘 Γr：tanh(Γr ∗ (Wc[c, x]) + bc)。相关门只缩放拼接中的旧记忆：c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc)。',
    },
    edits: [
      { find: 'const gated = cPrev.map((c, i) => gammaR[i] * c);', replace: 'const zero = p.bc.map(() => 0);' },
      {
        find: 'const cTilde = affine(p.Wc, p.bc, gated, x).map(Math.tanh);',
        replace: 'const cTilde = affine(p.Wc, zero, cPrev, x).map((v, i) => Math.tanh(gammaR[i] * v + p.bc[i]));',
      },
    ],
  },
  {
    name: 'reset-gate-ignored',
    hint: {
      en: 'Your candidate ignores the relevance gate even though p.Wr is given. With Wr, Γr = σ(Wr[c_prev, x] + br) and c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc); only without Wr is it the simplified GRU.',
      zh: '即使给了 p.Wr，你的候选值也忽略了相关门。有 Wr 时 Γr = σ(Wr[c_prev, x] + br)，c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc)；只有没有 Wr 时才是简化 GRU。',
    },
    edits: [
      { find: 'const hasReset = p.Wr !== undefined && p.Wr !== null;', replace: 'const hasReset = false;' },
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
  {
    name: 'update-gate-swapped',
    hint: {
      en: 'You swapped Γu and 1 − Γu: the update gate weights the new candidate, c = Γu ∗ c̃ + (1 − Γu) ∗ c_prev (Γu = 1 replaces the memory, Γu = 0 keeps it).',
      zh: '你把 Γu 和 1 − Γu 弄反了：更新门给新的候选值加权，c = Γu ∗ c̃ + (1 − Γu) ∗ c_prev（Γu = 1 时替换记忆，Γu = 0 时保留记忆）。',
    },
    edits: [
      {
        find: 'return cPrev.map((c, i) => gammaU[i] * cTilde[i] + (1 - gammaU[i]) * c);',
        replace: 'return cPrev.map((c, i) => (1 - gammaU[i]) * cTilde[i] + gammaU[i] * c);',
      },
    ],
  },
]);
