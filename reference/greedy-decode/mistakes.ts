import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'feeds-probabilities',
    hint: {
      en: 'You feed the probability vector ŷ back as the next input. Greedy decoding feeds the one-hot vector of the chosen word: x⟨t+1⟩ has a 1 at argmax ŷ⟨t⟩ and 0 elsewhere.',
      zh: '你把概率向量 ŷ 作为下一步的输入。贪心解码应输入所选词的 one-hot 向量：x⟨t+1⟩ 在 argmax ŷ⟨t⟩ 处为 1，其余为 0。',
    },
    edits: [
      {
        find: `const next = argmax(step.yHat);
    chosen.push(next);
    x = oneHot(next, vocabSize);`,
        replace: `chosen.push(argmax(step.yHat));
    x = step.yHat;`,
      },
    ],
  },
  {
    name: 'includes-start',
    hint: {
      en: 'Your result starts with the start token. Return only the `steps` generated indices: the start token is the input of the first step, not one of the outputs.',
      zh: '你的结果以起始词开头。只返回生成的 `steps` 个下标：起始词是第一步的输入，不是输出。',
    },
    edits: [
      { find: 'const chosen = [];', replace: 'const chosen = [startIndex];' },
    ],
  },
  {
    name: 'softmax-unstable',
    hint: {
      en: 'Your softmax exponentiates the logits directly: with logits near 1000, Math.exp gives Infinity, the probabilities become NaN and the argmax is meaningless. Subtract the largest logit before exponentiating (softmax(z) = softmax(z − max z)), or take the argmax of the logits themselves.',
      zh: '你的 softmax 直接对 logits 取指数：logits 接近 1000 时 Math.exp 得到 Infinity，概率变成 NaN，argmax 也就没有意义了。取指数前先减去最大的 logit（softmax(z) = softmax(z − max z)），或者直接对 logits 取 argmax。',
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
      en: 'Every step of your decoder starts again from a0: only the fed-back word changes. Carry the activation: step t uses the a computed at step t − 1, a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba).',
      zh: '你的解码器每一步都从 a0 重新开始：只有反馈的词在变化。要传递激活值：第 t 步使用第 t − 1 步算出的 a，a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba)。',
    },
    edits: [
      {
        find: `const step = rnnCellForward(x, a, p);
    a = step.a;`,
        replace: 'const step = rnnCellForward(x, a0, p);',
      },
    ],
  },
  {
    name: 'tie-to-higher-index',
    hint: {
      en: 'On a tie your argmax picks the higher index. Ties go to the lower index: replace a candidate only when it is strictly larger (>, not >=), as Math.max with indexOf or numpy’s argmax do.',
      zh: '出现并列时你的 argmax 选了较大的下标。并列时应取较小的下标：只有严格更大（用 >，不是 >=）时才替换，和 indexOf(Math.max(...)) 或 numpy 的 argmax 一样。',
    },
    edits: [
      {
        find: 'const next = argmax(step.yHat);',
        replace: `let next = 0;
    for (let i = 1; i < step.yHat.length; i++) if (step.yHat[i] >= step.yHat[next]) next = i;`,
      },
    ],
  },
]);
