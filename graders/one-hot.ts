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
      name: '"the cat sat" with a vocabulary of four words (the worked example)',
      call: 'oneHot',
      args: [['the', 'cat', 'sat'], ['a', 'cat', 'sat', 'the']],
    },
    {
      id: 'unknown-to-unk',
      kind: 'example',
      name: '"the dog sat": "dog" is not in the vocabulary, which has "<unk>"',
      call: 'oneHot',
      args: [['the', 'dog', 'sat'], ['<unk>', 'cat', 'sat', 'the']],
    },

    { id: 'empty-sequence', kind: 'edge', name: 'an empty sequence: no rows', call: 'oneHot', args: [[], ['a', 'cat', 'sat']] },
    { id: 'empty-sequence-empty-vocab', kind: 'edge', name: 'an empty sequence and an empty vocabulary', call: 'oneHot', args: [[], []] },
    {
      id: 'duplicate-words',
      kind: 'edge',
      name: 'a vocabulary with duplicates: the first occurrence wins',
      call: 'oneHot',
      args: [['the', 'cat', 'sat', 'cat'], ['cat', 'the', 'cat', 'sat', 'the']],
    },
    {
      id: 'duplicate-unk',
      kind: 'edge',
      name: '"<unk>" twice in the vocabulary: unknown tokens go to the first one',
      call: 'oneHot',
      args: [['bird', 'on', 'fence'], ['on', '<unk>', 'mat', '<unk>', 'on']],
    },
    {
      id: 'unk-token-itself',
      kind: 'edge',
      name: 'the token "<unk>" itself and an unknown word in the same sequence',
      call: 'oneHot',
      args: [['<unk>', 'a', 'zebra'], ['a', 'b', '<unk>']],
    },
    {
      id: 'all-unknown',
      kind: 'edge',
      name: 'every token unknown, "<unk>" last in the vocabulary',
      call: 'oneHot',
      args: [['x', 'y', 'z'], ['a', 'b', 'c', '<unk>']],
    },
    { id: 'single-word-vocab', kind: 'edge', name: 'a vocabulary of one word, the word repeated', call: 'oneHot', args: [['hi', 'hi', 'hi'], ['hi']] },
    { id: 'single-token', kind: 'edge', name: 'a sequence of one token', call: 'oneHot', args: [['mat'], ['the', 'cat', 'sat', 'on', 'mat']] },
    {
      id: 'case-sensitive',
      kind: 'hidden',
      name: 'tokens are matched exactly ("The" is not "the")',
      call: 'oneHot',
      args: [['The', 'the', 'CAT'], ['the', 'cat', '<unk>']],
    },
    {
      id: 'object-property-names',
      kind: 'hidden',
      name: 'words that are also JavaScript property names ("constructor" in the vocabulary, "toString" unknown)',
      call: 'oneHot',
      args: [['constructor', 'toString', 'the', 'constructor'], ['the', 'constructor', '<unk>']],
    },
    {
      id: 'longer-sentence',
      kind: 'hidden',
      name: 'a twelve-token sentence with repeated words',
      call: 'oneHot',
      generate: (rng) => {
        const vocab = vocabulary(rng, 10, true, 2);
        return [sentence(rng, vocab, 12, 0.2), vocab];
      },
    },

    { id: 'unknown-throws', kind: 'error', name: 'an unknown token ("zebra") and no "<unk>" in the vocabulary', call: 'oneHot', args: [['the', 'zebra'], ['the', 'cat', 'sat']], throws: 'zebra' },
    {
      id: 'unknown-throws-middle',
      kind: 'error',
      name: 'an unknown token ("dog") in the middle of the sequence, no "<unk>"',
      call: 'oneHot',
      args: [['the', 'cat', 'dog', 'sat', 'on'], ['on', 'the', 'sat', 'cat']],
      throws: 'dog',
    },
    {
      id: 'property-name-throws',
      kind: 'error',
      name: 'an unknown token that is a JavaScript property name ("hasOwnProperty"), no "<unk>"',
      call: 'oneHot',
      args: [['a', 'hasOwnProperty'], ['a', 'b']],
      throws: 'hasOwnProperty',
    },
    { id: 'empty-vocab-throws', kind: 'error', name: 'a token ("hello") and an empty vocabulary', call: 'oneHot', args: [['hello'], []], throws: 'hello' },

    {
      id: 'random-with-unk',
      kind: 'random',
      name: 'random sentences, vocabularies with "<unk>" and duplicates',
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
      name: 'random sentences, every token in the vocabulary',
      call: 'oneHot',
      count: 4,
      generate: (rng) => {
        const vocab = vocabulary(rng, rng.int(1, 9), false, rng.int(0, 2));
        return [sentence(rng, vocab, rng.int(1, 8), 0), vocab];
      },
    },
  ],
});
