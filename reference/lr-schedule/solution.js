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
    lrs.push(lr); // the rate used during this epoch; the scheduler steps after it
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
  }
  return lrs;
}
