// Grader text of chapters 4–10 in Chinese too: every check's name and non-finite hint is
// { en, zh } (issue 13, "Feedback in Chinese too"). Findings that properties and compare
// functions build at grading time are exercised by `npm run validate`.
import { describe, expect, it } from 'vitest';
import { contentRoot, loadExercise } from '../src/lib/server/exercises';
import type { GraderText } from '../src/lib/engine/grader';

const CHAPTERS: Record<number, string[]> = {
  4: ['activations', 'autodiff', 'dense-forward', 'gradient-check', 'mlp-backward', 'mlp-forward'],
  5: ['init-depth-experiment', 'weight-init'],
  6: ['adam', 'ewa', 'lr-schedule', 'mini-batches', 'momentum', 'optimizer-paths', 'rmsprop', 'sgd-linear-fit'],
  7: ['augmentation', 'batch-norm', 'dropout', 'max-norm', 'preprocessing'],
  8: ['conv2d', 'detection', 'pointwise-conv', 'pooling', 'residual-block', 'style-transfer', 'triplet-loss'],
  9: ['attention', 'deep-birnn', 'greedy-decode', 'gru', 'lstm', 'one-hot', 'rnn-forward', 'rnn-loss'],
  10: ['bias-variance', 'data-split', 'ensembles', 'learning-curves'],
};

const root = contentRoot();

/** Why `text` is not bilingual, or null. */
function missingZh(text: GraderText): string | null {
  if (typeof text === 'string') return `English only: "${text}"`;
  if (!/[\u4e00-\u9fff]/.test(text.zh) && text.zh === text.en && /[a-z]{3,} [a-z]{3,}/i.test(text.en)) return `zh is the English text: "${text.en}"`;
  return null;
}

describe.each(Object.entries(CHAPTERS))('chapter %s', (chapter, ids) => {
  it.each(ids)('%s: every check name and non-finite hint has a Chinese form', async (id) => {
    const { grader } = await loadExercise(id, root);
    const problems: string[] = [];
    for (const check of grader.checks) {
      const name = missingZh(check.name);
      if (name) problems.push(`${check.id} name: ${name}`);
      const hint = check.nonFiniteHint === undefined ? null : missingZh(check.nonFiniteHint);
      if (hint) problems.push(`${check.id} nonFiniteHint: ${hint}`);
    }
    expect(problems, `chapter ${chapter}`).toEqual([]);
  });
});
