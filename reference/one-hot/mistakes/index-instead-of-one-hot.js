export const hint = {
  en: 'You return the index of each token. One-hot encoding turns index i into a whole row of |vocab| numbers: all 0 except a 1 in column i.',
  zh: '你返回的是每个词的下标。one-hot 编码要把下标 i 变成长度为 |vocab| 的一整行：除第 i 列为 1 外全是 0。',
};

export function oneHot(tokens, vocab) {
  return tokens.map((token) => {
    let i = vocab.indexOf(token);
    if (i < 0) {
      i = vocab.indexOf('<unk>');
      if (i < 0) throw new Error(`unknown token ${token}`);
    }
    return i;
  });
}
