// Every exercise proven through the learners' grading path (what `npm run validate` does),
// and checked against the catalog contract (../shared/curriculum.md).
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../src/lib/server/catalog';
import { contentRoot, listExerciseIds, loadPublic } from '../src/lib/server/exercises';
import { GradingPool } from '../src/lib/server/pool';
import { strayContent, validateExercises } from '../src/lib/server/validate';

const root = contentRoot();
const ids = await listExerciseIds(root);
const catalog = readCatalog(root);
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

describe.runIf(catalog)('the catalog contract', () => {
  for (const id of ids) {
    it(id, async () => {
      const entry = catalog!.find((e) => e.id === id);
      expect(entry, `${id} is not in the catalog`).toBeDefined();
      const { meta } = await loadPublic(id, root);
      expect(meta.chapter).toBe(entry!.chapter);
      const mine = new Map(meta.exports.map((e) => [e.name, e]));
      expect([...mine.keys()].sort()).toEqual(entry!.exports.map((e) => e.name).sort());
      for (const want of entry!.exports) {
        if (want.params) expect(mine.get(want.name)!.params, `${id}: parameters of ${want.name}`).toEqual(want.params);
      }
    });
  }
});
