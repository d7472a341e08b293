// Every exercise's checks by id, kind and name (submit mode, seed 1), against a stored list: a
// grader refactor that drops, renames or re-kinds a check fails here. When the change is meant
// (a new check, a new exercise), update the list: npx vitest run test/case-names.test.ts -u
import { expect, it } from 'vitest';
import { caseSnapshot } from './support/case-snapshot';

it('keeps every check of every exercise: ids, kinds and names', async () => {
  await expect(await caseSnapshot(true)).toMatchFileSnapshot('./fixtures/case-names.txt');
});
