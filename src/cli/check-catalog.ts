// npm run check:catalog -- <catalog.md>: every exercise's chapter and exports against a course
// catalog. The path is required: a missing file fails loudly instead of skipping the contract.
import { CatalogError, contractProblems, readCatalogFile } from '../lib/server/catalog';
import { contentRoot, listExerciseIds, loadPublic } from '../lib/server/exercises';
import { parseCli, runCommand, UsageError } from './args';

const USAGE = 'usage: npm run check:catalog -- <path/to/curriculum.md>';

await runCommand(USAGE, async () => {
  const { positionals } = parseCli(process.argv.slice(2), {});
  if (positionals.length !== 1) throw new UsageError('expected the path of the catalog');
  let catalog;
  try {
    catalog = readCatalogFile(positionals[0]);
  } catch (e) {
    if (e instanceof CatalogError) throw new UsageError(e.message);
    throw e;
  }
  const root = contentRoot();
  const ids = await listExerciseIds(root);
  const exercises = await Promise.all(ids.map(async (id) => (await loadPublic(id, root)).meta));
  const problems = contractProblems(catalog, exercises);
  for (const p of problems) process.stdout.write(`✗ ${p.id} ${p.problem}\n`);
  const authored = new Set(ids);
  const notYet = catalog.filter((e) => !authored.has(e.id)).map((e) => e.id);
  if (notYet.length) process.stdout.write(`catalog rows without an exercise yet (${notYet.length}): ${notYet.join(', ')}\n`);
  process.stdout.write(
    `${ids.length - new Set(problems.map((p) => p.id)).size} of ${ids.length} exercises match the catalog (${catalog.length} rows)\n`,
  );
  return problems.length ? 1 : 0;
});
