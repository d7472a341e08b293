/**
 * One-hot encode a sequence of tokens.
 *
 * @param {string[]} tokens - the T tokens of the sequence
 * @param {string[]} vocab - the vocabulary; a word's index is its first position in vocab
 * @returns {number[][]} T×|vocab|: row t has a single 1, in the column of token t
 */
export function oneHot(tokens, vocab) {
  throw new Error('not implemented');
}
