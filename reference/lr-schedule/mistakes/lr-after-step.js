export const hint = {
  en: 'Your list is one epoch early: you record the learning rate after the scheduler has stepped with that epoch\'s loss. lrs[e] is the rate used during epoch e, recorded before stepping with valLosses[e], so lrs[0] is always lr0.',
  zh: '你的列表提前了一轮：你记录的是调度器用本轮损失 step 之后的学习率。lrs[e] 是第 e 轮训练时使用的学习率，应在用 valLosses[e] step 之前记录，所以 lrs[0] 总是 lr0。',
};

/**
 * Step decay: the learning rate of epoch `epoch` (counted from 0), multiplied by `factor`
 * every `dropEvery` epochs.
 *
 * @param {number} epoch
 * @param {number} lr0 - the learning rate of epoch 0
 * @param {number} dropEvery - epochs between two drops
 * @param {number} factor - multiplier at each drop
 * @returns {number}
 */
export function stepDecay(epoch, lr0, dropEvery, factor) {
  return lr0 * factor ** Math.floor(epoch / dropEvery);
}

/** PyTorch ReduceLROnPlateau's eps: a reduction smaller than this is ignored. */
const EPS = 1e-8;

/**
 * The learning rate used in each epoch under PyTorch's ReduceLROnPlateau (mode 'min',
 * threshold_mode 'rel', cooldown 0), the scheduler stepping with valLosses[e] after epoch e.
 *
 * @param {number[]} valLosses - validation loss measured at the end of each epoch
 * @param {number} lr0 - the learning rate of epoch 0
 * @param {{ factor?: number, patience?: number, threshold?: number, minLr?: number }} [options]
 * @returns {number[]} one learning rate per epoch
 */
export function reduceOnPlateau(valLosses, lr0, options = {}) {
  const { factor = 0.1, patience = 10, threshold = 1e-4, minLr = 0 } = options;
  let lr = lr0;
  let best = Infinity;
  let numBadEpochs = 0;
  const lrs = [];
  for (const loss of valLosses) {
    if (loss < best * (1 - threshold)) {
      best = loss;
      numBadEpochs = 0;
    } else {
      numBadEpochs++;
    }
    if (numBadEpochs > patience) {
      const newLr = Math.max(lr * factor, minLr);
      if (lr - newLr > EPS) lr = newLr;
      numBadEpochs = 0;
    }
    lrs.push(lr);
  }
  return lrs;
}
