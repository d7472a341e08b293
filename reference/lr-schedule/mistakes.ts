import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'absolute-threshold',
    hint: {
      en: "Your threshold is absolute (loss < best − threshold). In the default 'rel' mode it is relative to the best loss: loss < best·(1 − threshold).",
      zh: "你的阈值是绝对的（loss < best − threshold）。默认的 'rel' 模式下阈值是相对于最优损失的：loss < best·(1 − threshold)。",
    },
    edits: [
      { find: 'if (loss < best * (1 - threshold)) {', replace: 'if (loss < best - threshold) {' },
    ],
  },
  {
    name: 'compares-with-last-loss',
    hint: {
      en: "You compare each loss with the previous epoch's loss. The scheduler compares with the best loss seen so far: an epoch is good only if loss < best·(1 − threshold), and then best = loss.",
      zh: '你把每个损失和上一轮的损失比较。调度器是和目前为止最好的损失比较：只有 loss < best·(1 − threshold) 才算好轮次，然后 best = loss。',
    },
    edits: [
      {
        find: `}
    if (numBadEpochs > patience) {`,
        replace: `}
    best = loss;
    if (numBadEpochs > patience) {`,
      },
    ],
  },
  {
    name: 'epochs-from-one',
    hint: {
      en: 'Your step decay drops one epoch early, as if epochs were counted from 1. Epochs start at 0: lr = lr0·factor^⌊epoch / dropEvery⌋, so epochs 0 … dropEvery − 1 use lr0.',
      zh: '你的阶梯衰减提前了一轮，好像轮次从 1 开始计数。轮次从 0 开始：lr = lr0·factor^⌊epoch / dropEvery⌋，所以第 0 … dropEvery − 1 轮都用 lr0。',
    },
    edits: [
      {
        find: 'return lr0 * factor ** Math.floor(epoch / dropEvery);',
        replace: 'return lr0 * factor ** Math.floor((epoch + 1) / dropEvery);',
      },
    ],
  },
  {
    name: 'ignores-min-lr',
    hint: {
      en: 'Your learning rate goes below minLr. Clamp every reduction: new lr = max(lr·factor, minLr).',
      zh: '你的学习率降到了 minLr 以下。每次降低都要截断：新 lr = max(lr·factor, minLr)。',
    },
    edits: [
      { find: 'const newLr = Math.max(lr * factor, minLr);', replace: 'const newLr = lr * factor;' },
    ],
  },
  {
    name: 'lr-after-step',
    hint: {
      en: "Your list is one epoch early: you record the learning rate after the scheduler has stepped with that epoch's loss. lrs[e] is the rate used during epoch e, recorded before stepping with valLosses[e], so lrs[0] is always lr0.",
      zh: '你的列表提前了一轮：你记录的是调度器用本轮损失 step 之后的学习率。lrs[e] 是第 e 轮训练时使用的学习率，应在用 valLosses[e] step 之前记录，所以 lrs[0] 总是 lr0。',
    },
    edits: [
      {
        find: `for (const loss of valLosses) {
    lrs.push(lr); // the rate used during this epoch; the scheduler steps after it`,
        replace: 'for (const loss of valLosses) {',
      },
      {
        find: `}
  }`,
        replace: `}
    lrs.push(lr);
  }`,
      },
    ],
  },
  {
    name: 'no-eps-check',
    hint: {
      en: 'You keep reducing tiny learning rates. PyTorch ignores a reduction smaller than eps = 1e-8: update only when old lr − new lr > 1e-8.',
      zh: '你在学习率已经极小时仍然继续降低。PyTorch 会忽略小于 eps = 1e-8 的降低：只有 旧 lr − 新 lr > 1e-8 时才更新。',
    },
    edits: [
      { find: 'if (lr - newLr > EPS) lr = newLr;', replace: 'lr = newLr;' },
    ],
  },
  {
    name: 'no-reset-after-reduce',
    hint: {
      en: 'After a reduction you keep counting bad epochs, so the rate drops again at every following bad epoch. Reset the count to 0 after each reduction (PyTorch sets num_bad_epochs = 0): the next reduction needs patience + 1 more bad epochs.',
      zh: '降低学习率之后你继续累计坏轮次，于是之后每个坏轮次都会再降一次。每次降低后把计数清零（PyTorch 设 num_bad_epochs = 0）：下一次降低还需要再有 patience + 1 个坏轮次。',
    },
    edits: [
      {
        find: `if (lr - newLr > EPS) lr = newLr;
      numBadEpochs = 0;`,
        replace: 'if (lr - newLr > EPS) lr = newLr;',
      },
    ],
  },
  {
    name: 'no-threshold',
    hint: {
      en: "Your plateau test counts any decrease as an improvement. With threshold_mode 'rel' a loss improves only when it beats the best by the relative threshold: loss < best·(1 − threshold). Smaller improvements count as bad epochs.",
      zh: "你的平台判断把任何下降都算作改进。threshold_mode 为 'rel' 时，只有损失比最优值低出相对阈值才算改进：loss < best·(1 − threshold)。更小的改进算作“坏”的轮次。",
    },
    edits: [
      { find: 'if (loss < best * (1 - threshold)) {', replace: 'if (loss < best) {' },
    ],
  },
  {
    name: 'patience-off-by-one',
    hint: {
      en: 'You reduce one epoch too early: PyTorch reduces when the number of bad epochs is greater than patience (num_bad_epochs > patience), not when it reaches it. With patience 2, the third bad epoch in a row triggers the reduction.',
      zh: '你提前了一轮降低学习率：PyTorch 在坏轮次数大于 patience 时才降低（num_bad_epochs > patience），而不是等于时。patience 为 2 时，连续第三个坏轮次才触发降低。',
    },
    edits: [
      { find: 'if (numBadEpochs > patience) {', replace: 'if (numBadEpochs >= patience) {' },
    ],
  },
]);
