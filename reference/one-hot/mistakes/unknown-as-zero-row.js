export const hint = {
  en: 'An unknown token gives a row of zeros in your encoding. Map it to the "<unk>" column when the vocabulary has "<unk>", and otherwise throw an Error that names the token.',
  zh: '你把未知词编码成了全零行。词表中有 "<unk>" 时应映射到 "<unk>" 那一列，否则要抛出一个包含该词的 Error。',
};

export function oneHot(tokens, vocab) {
  return tokens.map((token) => {
    const i = vocab.indexOf(token);
    const row = new Array(vocab.length).fill(0);
    if (i >= 0) row[i] = 1;
    return row;
  });
}
