// Every exercise proven through the learners' grading path (what `npm run validate` does).
// The contract with an external course catalog is `npm run check:catalog -- FILE` (CI runs it).
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, listExerciseIds } from '../src/lib/server/exercises';
import { GradingPool } from '../src/lib/server/pool';
import { strayContent, validateExercises } from '../src/lib/server/validate';

const root = contentRoot();
const ids = await listExerciseIds(root);
const pool = new GradingPool({ root, size: 2, maxQueue: 100_000 });
afterAll(() => pool.close());

it('has exercises', () => {
  expect(ids.length).toBeGreaterThan(0);
});

it('has no half-authored content (folders or graders without an exercise)', async () => {
  expect(await strayContent(root)).toEqual([]);
});

describe.concurrent('validate', () => {
  for (const id of ids) {
    it(id, async () => {
      const [result] = await validateExercises([id], root, pool);
      expect(result.problems).toEqual([]);
    });
  }
});
