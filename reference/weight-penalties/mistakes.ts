import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'first-matrix-only',
    hint: {
      en: 'You only add up the first matrix of the list. weights holds one matrix per layer and the penalty covers every element of every one of them.',
      zh: '你只累加了列表中的第一个矩阵。weights 每层一个矩阵，惩罚要覆盖所有矩阵的所有元素。',
    },
    edits: [
      {
        find: `let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += Math.abs(w);
  return lambda * sum;`,
        replace: `if (weights.length === 0) return 0;
  return lambda * weights[0].flat().reduce((s, w) => s + Math.abs(w), 0);`,
      },
      {
        find: `let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;`,
        replace: `if (weights.length === 0) return 0;
  return lambda * weights[0].flat().reduce((s, w) => s + w * w, 0);`,
      },
    ],
  },
  {
    name: 'l1-without-abs',
    hint: {
      en: 'Your L1 penalty adds the weights themselves, so negative weights cancel positive ones. Add their absolute values: λ Σ |w|.',
      zh: '你的 L1 惩罚直接累加权重本身，负权重会抵消正权重。应累加它们的绝对值：λ Σ |w|。',
    },
    edits: [
      {
        find: 'for (const W of weights) for (const row of W) for (const w of row) sum += Math.abs(w);',
        replace: 'for (const W of weights) for (const row of W) for (const w of row) sum += w;',
      },
    ],
  },
  {
    name: 'l2-half',
    hint: {
      en: 'Your L2 penalty has a factor ½: λ/2 Σ w². This exercise (like the usual PyTorch code that adds the penalty to the loss) uses λ Σ w², without the ½.',
      zh: '你的 L2 惩罚多了一个 ½：λ/2 Σ w²。本题（与把惩罚加到损失上的常见 PyTorch 写法一样）使用 λ Σ w²，没有 ½。',
    },
    edits: [
      {
        find: `for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;
}
`,
        replace: `for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}
`,
      },
    ],
  },
  {
    name: 'l2-norm-not-squared',
    hint: {
      en: 'Your L2 penalty takes the square root: λ·‖w‖. The penalty is λ times the sum of the squares, λ Σ w², with no square root.',
      zh: '你的 L2 惩罚开了平方根：λ·‖w‖。惩罚是 λ 乘以平方和，即 λ Σ w²，不开平方根。',
    },
    edits: [
      {
        find: `for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;
}
`,
        replace: `for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * Math.sqrt(sum);
}
`,
      },
    ],
  },
]);
