/**
 * One-hot encode a sequence of tokens.
 *
 * @param {string[]} tokens - the T tokens of the sequence
 * @param {string[]} vocab - the vocabulary; a word's index is its first position in vocab
 * @returns {number[][]} T×|vocab|: row t has a single 1, in the column of token t
 */
export function oneHot(tokens, vocab) {
  // Index of every word: the first occurrence of a duplicate wins.
  const index = new Map();
  vocab.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });

  return tokens.map((token) => {
    let i = index.get(token);
    if (i === undefined) {
      if (!index.has('<unk>')) throw new Error(`unknown token "${token}" and the vocabulary has no "<unk>"`);
      i = index.get('<unk>');
    }
    const row = new Array(vocab.length).fill(0);
    row[i] = 1;
    return row;
  });
}
