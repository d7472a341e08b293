import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'index-instead-of-one-hot',
    hint: {
      en: 'You return the index of each token. One-hot encoding turns index i into a whole row of |vocab| numbers: all 0 except a 1 in column i.',
      zh: '你返回的是每个词的下标。one-hot 编码要把下标 i 变成长度为 |vocab| 的一整行：除第 i 列为 1 外全是 0。',
    },
    edits: [
      { find: 'let i = index.get(token);', replace: 'let i = vocab.indexOf(token);' },
      { find: 'if (i === undefined) {', replace: 'if (i < 0) {' },
      {
        find: 'if (!index.has(\'<unk>\')) throw new Error(`unknown token "${token}" and the vocabulary has no "<unk>"`);',
        replace: "i = vocab.indexOf('<unk>');",
      },
      { find: "i = index.get('<unk>');", replace: 'if (i < 0) throw new Error(`unknown token ${token}`);' },
      {
        find: `const row = new Array(vocab.length).fill(0);
    row[i] = 1;
    return row;`,
        replace: 'return i;',
      },
    ],
  },
  {
    name: 'last-duplicate-wins',
    hint: {
      en: "When a word appears twice in the vocabulary you use its last position. The first occurrence wins: only record a word's index if it is not already known (vocab.indexOf gives the first one).",
      zh: '词表中重复出现的词，你用了它最后出现的位置。应以第一次出现为准：只有在尚未记录时才记录该词的下标（vocab.indexOf 返回的就是第一次出现的位置）。',
    },
    edits: [
      {
        find: `vocab.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });`,
        replace: 'vocab.forEach((word, i) => index.set(word, i));',
      },
    ],
  },
  {
    name: 'plain-object-index',
    hint: {
      en: 'You look words up in a plain object `{}`: it already has keys such as "constructor" and "toString" (inherited from Object.prototype), so those words get a function as their index. Use a Map (or vocab.indexOf), which holds only the words you put in.',
      zh: '你用普通对象 `{}` 查词：它本身已有 "constructor"、"toString" 等键（继承自 Object.prototype），这些词查到的“下标”是一个函数。请用 Map（或 vocab.indexOf），它只包含你放进去的词。',
    },
    edits: [
      { find: 'if (!index.has(word)) index.set(word, i);', replace: 'if (index[word] === undefined) index[word] = i;' },
      { find: 'let i = index.get(token);', replace: 'let i = index[token];' },
      {
        find: 'if (!index.has(\'<unk>\')) throw new Error(`unknown token "${token}" and the vocabulary has no "<unk>"`);',
        replace: 'if (index[\'<unk>\'] === undefined) throw new Error(`unknown token "${token}"`);',
      },
      { find: "i = index.get('<unk>');", replace: "i = index['<unk>'];" },
    ],
  },
  {
    name: 'unknown-as-zero-row',
    hint: {
      en: 'An unknown token gives a row of zeros in your encoding. Map it to the "<unk>" column when the vocabulary has "<unk>", and otherwise throw an Error that names the token.',
      zh: '你把未知词编码成了全零行。词表中有 "<unk>" 时应映射到 "<unk>" 那一列，否则要抛出一个包含该词的 Error。',
    },
    edits: [
      {
        find: `let i = index.get(token);
    if (i === undefined) {
      if (!index.has('<unk>')) throw new Error(\`unknown token "\${token}" and the vocabulary has no "<unk>"\`);
      i = index.get('<unk>');
    }`,
        replace: 'const i = vocab.indexOf(token);',
      },
    ],
  },
]);
