export const hint = {
  en: 'You look words up in a plain object `{}`: it already has keys such as "constructor" and "toString" (inherited from Object.prototype), so those words get a function as their index. Use a Map (or vocab.indexOf), which holds only the words you put in.',
  zh: '你用普通对象 `{}` 查词：它本身已有 "constructor"、"toString" 等键（继承自 Object.prototype），这些词查到的“下标”是一个函数。请用 Map（或 vocab.indexOf），它只包含你放进去的词。',
};

export function oneHot(tokens, vocab) {
  const index = {};
  vocab.forEach((word, i) => {
    if (index[word] === undefined) index[word] = i;
  });
  return tokens.map((token) => {
    let i = index[token];
    if (i === undefined) {
      if (index['<unk>'] === undefined) throw new Error(`unknown token "${token}"`);
      i = index['<unk>'];
    }
    const row = new Array(vocab.length).fill(0);
    row[i] = 1;
    return row;
  });
}
