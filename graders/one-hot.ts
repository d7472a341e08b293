import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const WORDS = ['the', 'cat', 'sat', 'on', 'mat', 'a', 'dog', 'ran', 'in', 'park', 'and', 'jumped', 'over', 'fence', 'is', 'happy'];

/** A vocabulary of k distinct words (optionally with "<unk>" somewhere) and, optionally, some repeated. */
function vocabulary(rng: Rng, k: number, withUnk: boolean, duplicates: number): string[] {
  const perm = rng.permutation(WORDS.length);
  const vocab = perm.slice(0, k).map((i) => WORDS[i]);
  if (withUnk) vocab.splice(rng.int(0, vocab.length), 0, '<unk>');
  for (let d = 0; d < duplicates; d++) vocab.splice(rng.int(0, vocab.length), 0, rng.pick(vocab));
  return vocab;
}

/** T tokens, mostly from the vocabulary; with probability `unknownRate` a word outside it. */
function sentence(rng: Rng, vocab: string[], T: number, unknownRate: number): string[] {
  const outside = WORDS.filter((w) => !vocab.includes(w));
  return Array.from({ length: T }, () =>
    outside.length && rng.random() < unknownRate ? rng.pick(outside) : rng.pick(vocab.filter((w) => w !== '<unk>')),
  );
}

export default defineGrader({
  checks: [
    {
      id: 'the-cat-sat',
      kind: 'example',
      name: { en: '"the cat sat" with a vocabulary of four words (the worked example)', zh: '"the cat sat"，词表有四个词（题中例子）' },
      call: 'oneHot',
      args: [['the', 'cat', 'sat'], ['a', 'cat', 'sat', 'the']],
    },
    {
      id: 'unknown-to-unk',
      kind: 'example',
      name: { en: '"the dog sat": "dog" is not in the vocabulary, which has "<unk>"', zh: '"the dog sat"："dog" 不在词表中，词表里有 "<unk>"' },
      call: 'oneHot',
      args: [['the', 'dog', 'sat'], ['<unk>', 'cat', 'sat', 'the']],
    },

    { id: 'empty-sequence', kind: 'edge', name: { en: 'an empty sequence: no rows', zh: '空序列：没有行' }, call: 'oneHot', args: [[], ['a', 'cat', 'sat']] },
    { id: 'empty-sequence-empty-vocab', kind: 'edge', name: { en: 'an empty sequence and an empty vocabulary', zh: '空序列与空词表' }, call: 'oneHot', args: [[], []] },
    {
      id: 'duplicate-words',
      kind: 'edge',
      name: { en: 'a vocabulary with duplicates: the first occurrence wins', zh: '有重复的词表：以第一次出现为准' },
      call: 'oneHot',
      args: [['the', 'cat', 'sat', 'cat'], ['cat', 'the', 'cat', 'sat', 'the']],
    },
    {
      id: 'duplicate-unk',
      kind: 'edge',
      name: { en: '"<unk>" twice in the vocabulary: unknown tokens go to the first one', zh: '词表中有两个 "<unk>"：未知词对应第一个' },
      call: 'oneHot',
      args: [['bird', 'on', 'fence'], ['on', '<unk>', 'mat', '<unk>', 'on']],
    },
    {
      id: 'unk-token-itself',
      kind: 'edge',
      name: { en: 'the token "<unk>" itself and an unknown word in the same sequence', zh: '同一序列中既有 "<unk>" 这个词本身，又有未知词' },
      call: 'oneHot',
      args: [['<unk>', 'a', 'zebra'], ['a', 'b', '<unk>']],
    },
    {
      id: 'all-unknown',
      kind: 'edge',
      name: { en: 'every token unknown, "<unk>" last in the vocabulary', zh: '每个词都未知，"<unk>" 在词表末尾' },
      call: 'oneHot',
      args: [['x', 'y', 'z'], ['a', 'b', 'c', '<unk>']],
    },
    { id: 'single-word-vocab', kind: 'edge', name: { en: 'a vocabulary of one word, the word repeated', zh: '只有一个词的词表，这个词重复出现' }, call: 'oneHot', args: [['hi', 'hi', 'hi'], ['hi']] },
    { id: 'single-token', kind: 'edge', name: { en: 'a sequence of one token', zh: '只有一个词的序列' }, call: 'oneHot', args: [['mat'], ['the', 'cat', 'sat', 'on', 'mat']] },
    {
      id: 'case-sensitive',
      kind: 'hidden',
      name: { en: 'tokens are matched exactly ("The" is not "the")', zh: '词要精确匹配（"The" 不是 "the"）' },
      call: 'oneHot',
      args: [['The', 'the', 'CAT'], ['the', 'cat', '<unk>']],
    },
    {
      id: 'object-property-names',
      kind: 'hidden',
      name: { en: 'words that are also JavaScript property names ("constructor" in the vocabulary, "toString" unknown)', zh: '同时也是 JavaScript 属性名的词（词表里有 "constructor"，"toString" 未知）' },
      call: 'oneHot',
      args: [['constructor', 'toString', 'the', 'constructor'], ['the', 'constructor', '<unk>']],
    },
    {
      id: 'longer-sentence',
      kind: 'hidden',
      name: { en: 'a twelve-token sentence with repeated words', zh: '有重复词的十二个词的句子' },
      call: 'oneHot',
      generate: (rng) => {
        const vocab = vocabulary(rng, 10, true, 2);
        return [sentence(rng, vocab, 12, 0.2), vocab];
      },
    },

    { id: 'unknown-throws', kind: 'error', name: { en: 'an unknown token ("zebra") and no "<unk>" in the vocabulary', zh: '未知词（"zebra"），词表中没有 "<unk>"' }, call: 'oneHot', args: [['the', 'zebra'], ['the', 'cat', 'sat']], throws: 'zebra' },
    {
      id: 'unknown-throws-middle',
      kind: 'error',
      name: { en: 'an unknown token ("dog") in the middle of the sequence, no "<unk>"', zh: '序列中间的未知词（"dog"），没有 "<unk>"' },
      call: 'oneHot',
      args: [['the', 'cat', 'dog', 'sat', 'on'], ['on', 'the', 'sat', 'cat']],
      throws: 'dog',
    },
    {
      id: 'property-name-throws',
      kind: 'error',
      name: { en: 'an unknown token that is a JavaScript property name ("hasOwnProperty"), no "<unk>"', zh: '是 JavaScript 属性名的未知词（"hasOwnProperty"），没有 "<unk>"' },
      call: 'oneHot',
      args: [['a', 'hasOwnProperty'], ['a', 'b']],
      throws: 'hasOwnProperty',
    },
    { id: 'empty-vocab-throws', kind: 'error', name: { en: 'a token ("hello") and an empty vocabulary', zh: '一个词（"hello"）与空词表' }, call: 'oneHot', args: [['hello'], []], throws: 'hello' },

    {
      id: 'random-with-unk',
      kind: 'random',
      name: { en: 'random sentences, vocabularies with "<unk>" and duplicates', zh: '随机的句子，词表含 "<unk>" 和重复词' },
      call: 'oneHot',
      count: 6,
      generate: (rng) => {
        const vocab = vocabulary(rng, rng.int(2, 9), true, rng.int(0, 3));
        return [sentence(rng, vocab, rng.int(1, 8), 0.3), vocab];
      },
    },
    {
      id: 'random-known',
      kind: 'random',
      name: { en: 'random sentences, every token in the vocabulary', zh: '随机的句子，每个词都在词表中' },
      call: 'oneHot',
      count: 4,
      generate: (rng) => {
        const vocab = vocabulary(rng, rng.int(1, 9), false, rng.int(0, 2));
        return [sentence(rng, vocab, rng.int(1, 8), 0), vocab];
      },
    },
  ],
});
