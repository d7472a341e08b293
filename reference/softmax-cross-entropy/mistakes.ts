import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'label-ignored',
    hint: {
      en: 'Your loss uses the class with the largest logit instead of the true label. Pick the logit of the label of each row: loss_i = log Σ_k e^(z_k) − z_(y_i).',
      zh: '你的损失用的是 logit 最大的类别，而不是真实标签。每一行要取其标签对应的 logit：loss_i = log Σ_k e^(z_k) − z_(y_i)。',
    },
    edits: [
      {
        find: `for (let i = 0; i < logits.length; i++) {
    const row = logits[i];`,
        replace: 'logits.forEach((row) => {',
      },
      { find: 'let sum = 0;', replace: 'const predicted = row.indexOf(max);' },
      {
        find: 'for (const z of row) sum += Math.exp(z - max);',
        replace: 'const lse = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));',
      },
      { find: 'total += max - row[labels[i]] + Math.log(sum);', replace: 'total += lse - row[predicted];' },
      {
        find: `}
  return total / logits.length;`,
        replace: `});
  return total / logits.length;`,
      },
    ],
  },
  {
    name: 'lse-without-max',
    hint: {
      en: 'You shift the logits by the row maximum inside the exponentials but never add it back: log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max).',
      zh: '你在指数里减去了每行最大值，却没有把它加回来：log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max)。',
    },
    edits: [
      {
        find: `for (let i = 0; i < logits.length; i++) {
    const row = logits[i];`,
        replace: 'logits.forEach((row, i) => {',
      },
      {
        find: `let sum = 0;
    for (const z of row) sum += Math.exp(z - max);
    // −log softmax(z)[y] = log Σ_k e^{z_k} − z_y = (max − z_y) + log Σ_k e^{z_k − max}
    total += max - row[labels[i]] + Math.log(sum);
  }`,
        replace: `const lse = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += lse - row[labels[i]];
  });`,
      },
    ],
  },
  {
    name: 'no-logsumexp',
    hint: {
      en: 'You take the softmax first and then its log. Far from the maximum the probability underflows to 0 and log(0) = −Infinity. Work in log space: −log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max).',
      zh: '你先算 softmax 再取对数。远离最大值的概率会下溢为 0，而 log(0) = −Infinity。请在对数空间计算：−log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max)。',
    },
    edits: [
      {
        find: `for (let i = 0; i < logits.length; i++) {
    const row = logits[i];`,
        replace: 'logits.forEach((row, i) => {',
      },
      {
        find: `let sum = 0;
    for (const z of row) sum += Math.exp(z - max);
    // −log softmax(z)[y] = log Σ_k e^{z_k} − z_y = (max − z_y) + log Σ_k e^{z_k − max}
    total += max - row[labels[i]] + Math.log(sum);
  }`,
        replace: `const exps = row.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const p = exps[labels[i]] / sum;
    total += -Math.log(p);
  });`,
      },
    ],
  },
  {
    name: 'sum-not-mean',
    hint: {
      en: 'You return the sum of the per-example losses. The loss is their mean: divide the total by the number of rows m.',
      zh: '你返回的是各样本损失之和。损失应取平均：把总和除以行数 m。',
    },
    edits: [
      { find: 'return total / logits.length;', replace: 'return total;' },
    ],
  },
]);
