/**
 * Step decay: lr0·factor^⌊epoch / dropEvery⌋.
 *
 * @param {number} epoch - the epoch, counted from 0
 * @param {number} lr0 - the learning rate of epoch 0
 * @param {number} dropEvery - the number of epochs between two drops
 * @param {number} factor - what the learning rate is multiplied by at each drop
 * @returns {number} the learning rate of that epoch
 */
export function stepDecay(epoch, lr0, dropEvery, factor) {
  throw new Error('not implemented');
}

/**
 * The learning rate of every epoch under PyTorch's ReduceLROnPlateau (mode 'min',
 * threshold_mode 'rel', cooldown 0, eps 1e-8).
 *
 * @param {number[]} valLosses - the validation loss measured after each epoch
 * @param {number} lr0 - the learning rate of epoch 0
 * @param {{ factor?: number, patience?: number, threshold?: number, minLr?: number }} [options] -
 *   defaults factor = 0.1, patience = 10, threshold = 1e-4, minLr = 0
 * @returns {number[]} one learning rate per epoch: the one used during that epoch
 */
export function reduceOnPlateau(valLosses, lr0, options) {
  throw new Error('not implemented');
}
