import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'a0-included',
    hint: {
      en: 'Your `as` starts with a0, so it has T + 1 rows. Return only the T activations computed from the inputs: a<1>, …, a<T> (a0 is an input, not an output).',
      zh: '你的 `as` 以 a0 开头，共有 T + 1 行。只返回由输入算出的 T 个激活值 a<1>, …, a<T>（a0 是输入，不是输出）。',
    },
    edits: [
      { find: 'const as = [];', replace: 'const as = [a0];' },
    ],
  },
  {
    name: 'no-tanh',
    hint: {
      en: 'Your activation leaves out the tanh: a = tanh(Waa·aPrev + Wax·x + ba), not the linear combination itself.',
      zh: '你的激活值漏掉了 tanh：a = tanh(Waa·aPrev + Wax·x + ba)，而不是线性组合本身。',
    },
    edits: [
      {
        find: 'const a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));',
        replace: 'const a = fromA.map((v, i) => v + fromX[i] + p.ba[i]);',
      },
    ],
  },
  {
    name: 'softmax-over-time',
    hint: {
      en: 'Your rnnForward normalizes the softmax over the time steps (down each column of the T×n_y logits) instead of over the classes. ŷ<t> = softmax(Wya·a<t> + by) is a distribution over the n_y classes of step t: each row of yHats must sum to 1.',
      zh: '你的 rnnForward 在时间步上做 softmax（沿 T×n_y logits 的每一列归一化），而不是在类别上。ŷ<t> = softmax(Wya·a<t> + by) 是第 t 步 n_y 个类别上的分布：yHats 的每一行之和都应为 1。',
    },
    edits: [
      {
        find: `const as = [];
  const yHats = [];`,
        replace: 'const as = [];',
      },
      {
        find: `const step = rnnCellForward(x, a, p);
    a = step.a;
    as.push(step.a);
    yHats.push(step.yHat);`,
        replace: `const fromA = matVec(p.Waa, a);
    const fromX = matVec(p.Wax, x);
    a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
    as.push(a);
  }
  const Z = as.map((at) => matVec(p.Wya, at).map((v, k) => v + p.by[k]));
  const T = Z.length;
  const ny = p.by.length;
  const yHats = Z.map(() => new Array(ny).fill(0));
  for (let k = 0; k < ny; k++) {
    const column = Z.map((row) => row[k]);
    const probs = softmax(column);
    for (let t = 0; t < T; t++) yHats[t][k] = probs[t];`,
      },
    ],
  },
  {
    name: 'softmax-unstable',
    hint: {
      en: 'Your softmax exponentiates the logits directly, so e^1000 overflows to Infinity and you get NaN. Subtract the largest logit before exponentiating: softmax(z) = softmax(z − max z).',
      zh: '你的 softmax 直接对 logits 取指数，e^1000 溢出为 Infinity，结果是 NaN。取指数前先减去最大的 logit：softmax(z) = softmax(z − max z)。',
    },
    edits: [
      {
        find: `const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));`,
        replace: 'const e = z.map((v) => Math.exp(v));',
      },
    ],
  },
  {
    name: 'state-not-carried',
    hint: {
      en: 'Every step of your rnnForward starts again from a0. The state must be carried: step t uses the activation of step t − 1, a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba).',
      zh: '你的 rnnForward 每一步都从 a0 重新开始。状态必须传递下去：第 t 步使用第 t − 1 步的激活值，a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba)。',
    },
    edits: [
      {
        find: `const step = rnnCellForward(x, a, p);
    a = step.a;`,
        replace: 'const step = rnnCellForward(x, a0, p);',
      },
    ],
  },
]);
