import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'bce-epsilon-clip',
    hint: {
      en: 'You clip the probabilities to [1e-7, 1 − 1e-7] (the Keras way), so p = 0 costs −log(1e-7) ≈ 16.1. PyTorch clamps the logs instead: each log is at least −100, so p = 0 with t = 1 costs 100.',
      zh: '你把概率截断到 [1e-7, 1 − 1e-7]（Keras 的做法），于是 p = 0 的代价是 −log(1e-7) ≈ 16.1。PyTorch 截断的是对数：每个对数至少为 −100，所以 p = 0、t = 1 的代价是 100。',
    },
    edits: [
      {
        find: `const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);`,
        replace: `const q = Math.min(Math.max(p[i], 1e-7), 1 - 1e-7);
    const logP = Math.log(q);
    const log1mP = Math.log(1 - q);`,
      },
    ],
  },
  {
    name: 'bce-weight-over-sum',
    hint: {
      en: 'Your weighted BCE divides by the sum of the weights. In BCELoss the weight only rescales each element and the mean is over the m elements: Σ w_i·ℓ_i / m (unlike NLLLoss, which divides by Σ w[y_i]).',
      zh: '你的加权 BCE 除以了权重之和。在 BCELoss 中权重只是缩放每个元素，平均是对 m 个元素取的：Σ w_i·ℓ_i / m（与除以 Σ w[y_i] 的 NLLLoss 不同）。',
    },
    edits: [
      {
        find: `let sum = 0;
  for (let i = 0; i < p.length; i++) {`,
        replace: `let sum = 0;
  let total = 0;
  for (let i = 0; i < p.length; i++) {`,
      },
      {
        find: 'for (let i = 0; i < p.length; i++) {',
        replace: `for (let i = 0; i < p.length; i++) {
    total += weight ? weight[i] : 1;`,
      },
      { find: 'return sum / p.length;', replace: 'return sum / total;' },
    ],
  },
  {
    name: 'bce-without-clamp',
    hint: {
      en: 'Your BCE takes log(0) when a probability is exactly 0 or 1: −Infinity, and 0·(−Infinity) = NaN. PyTorch clamps each log at −100: use Math.max(Math.log(p), -100) and Math.max(Math.log(1 - p), -100).',
      zh: '当概率恰好为 0 或 1 时，你的 BCE 计算了 log(0)：得到 −Infinity，而 0·(−Infinity) = NaN。PyTorch 把每个对数截断在 −100：用 Math.max(Math.log(p), -100) 和 Math.max(Math.log(1 - p), -100)。',
    },
    edits: [
      { find: 'const logP = Math.max(Math.log(p[i]), -100);', replace: 'const logP = Math.log(p[i]);' },
    ],
  },
  {
    name: 'ce-no-max-shift',
    hint: {
      en: 'Your log-softmax exponentiates the raw logits: e^1000 is Infinity and the loss becomes Infinity or NaN. Shift each row by its maximum: log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max).',
      zh: '你的 log-softmax 直接对原始 logits 取指数：e^1000 是 Infinity，损失变成 Infinity 或 NaN。请先减去每行的最大值：log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max)。',
    },
    edits: [
      { find: 'for (const z of row) sum += Math.exp(z - max);', replace: 'for (const z of row) sum += Math.exp(z);' },
      { find: 'const logSumExp = max + Math.log(sum);', replace: 'const logSumExp = Math.log(sum);' },
    ],
  },
  {
    name: 'ce-without-log-softmax',
    hint: {
      en: 'Your crossEntropyLoss hands the raw logits straight to nllLoss. NLL expects log-probabilities: apply log-softmax to each row first, z − (max + log Σ_k e^(z_k − max)), then take the NLL.',
      zh: '你的 crossEntropyLoss 把原始 logits 直接交给了 nllLoss。NLL 需要的是对数概率：先对每一行做 log-softmax，即 z − (max + log Σ_k e^(z_k − max))，再计算 NLL。',
    },
    edits: [
      {
        find: 'return nllLoss(logits.map(logSoftmax), target, weight);',
        replace: 'return nllLoss(logits, target, weight);',
      },
    ],
  },
  {
    name: 'mse-half',
    hint: {
      en: 'Your mseLoss has a factor ½ (the 1/(2m) of the cost in the notes). PyTorch MSELoss is the plain mean of the squared errors: Σ (x − y)² / n.',
      zh: '你的 mseLoss 多了一个 ½（即笔记中代价函数的 1/(2m)）。PyTorch 的 MSELoss 就是平方误差的普通平均：Σ (x − y)² / n。',
    },
    edits: [
      {
        find: `return sum / a.length;
}

/**
 * @param {number[][]} logProbs - m×C log-probabilities`,
        replace: `return sum / (2 * a.length);
}

/**
 * @param {number[][]} logProbs - m×C log-probabilities`,
      },
    ],
  },
  {
    name: 'weighted-nll-over-m',
    hint: {
      en: 'Your weighted NLL divides by the number of examples m. PyTorch divides by the total weight of the targets: Σ w[y_i]·(−x_i[y_i]) / Σ w[y_i] (the two agree only when every weight is 1).',
      zh: '你的加权 NLL 除以了样本数 m。PyTorch 除以的是目标类别权重之和：Σ w[y_i]·(−x_i[y_i]) / Σ w[y_i]（只有所有权重都为 1 时两者才相同）。',
    },
    edits: [
      { find: 'return num / den;', replace: 'return num / target.length;' },
    ],
  },
]);
