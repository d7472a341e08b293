export const hint = {
  en: 'When a word appears twice in the vocabulary you use its last position. The first occurrence wins: only record a word\'s index if it is not already known (vocab.indexOf gives the first one).',
  zh: '词表中重复出现的词，你用了它最后出现的位置。应以第一次出现为准：只有在尚未记录时才记录该词的下标（vocab.indexOf 返回的就是第一次出现的位置）。',
};

export function oneHot(tokens, vocab) {
  const index = new Map();
  vocab.forEach((word, i) => index.set(word, i));
  return tokens.map((token) => {
    let i = index.get(token);
    if (i === undefined) {
      if (!index.has('<unk>')) throw new Error(`unknown token ${token}`);
      i = index.get('<unk>');
    }
    const row = new Array(vocab.length).fill(0);
    row[i] = 1;
    return row;
  });
}
