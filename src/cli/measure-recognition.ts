// npm run measure:recognition [-- --diagnosis] [--verbose]
// Named recognition on the realistic wrong solutions in test/fixtures/wrong-solutions/ (target:
// ≥ 85% named or diagnosed correctly, < 1% wrongly named); with --diagnosis also the generic
// diagnosis alone (named recognition off) on every known mistake of every exercise.
import { measureGenericDiagnosis, measureWrongSolutions } from '../lib/server/recognition-measure';
import { parseCli, runCommand } from './args';

const USAGE = 'usage: npm run measure:recognition [-- --diagnosis] [--verbose]';
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

await runCommand(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), { diagnosis: { type: 'boolean' }, verbose: { type: 'boolean' } });
  const results = await measureWrongSolutions();
  for (const r of results) {
    if (values.verbose || r.verdict === 'wrong-name' || r.verdict === 'missed' || r.verdict === 'passes') {
      console.log(
        `${r.verdict.padEnd(10)} ${r.exercise}/${r.name}: intended ${r.intended.kind} ${r.intended.name}${r.slip ? ` (+ ${r.slip})` : ''}; got ${r.got}`,
      );
    }
  }
  const n = results.length;
  const ok = results.filter((r) => r.verdict === 'named' || r.verdict === 'diagnosed').length;
  const wrong = results.filter((r) => r.verdict === 'wrong-name').length;
  const withSlip = results.filter((r) => r.slip);
  console.log(`\nwrong solutions: ${n} in ${new Set(results.map((r) => r.exercise)).size} exercises (${withSlip.length} with a second slip)`);
  console.log(`  named or diagnosed correctly: ${ok}/${n} = ${pct(ok, n)} (target ≥ 85%)`);
  console.log(`  wrongly named:                ${wrong}/${n} = ${pct(wrong, n)} (target < 1%)`);
  console.log(`  with a second slip, named:    ${withSlip.filter((r) => r.verdict === 'named').length}/${withSlip.length}`);
  if (values.diagnosis) {
    const all = await measureGenericDiagnosis();
    if (values.verbose) for (const d of all) console.log(`${d.exercise}/${d.mistake}: ${d.said.join(' | ') || '—'}`);
    const said = all.filter((d) => d.said.length);
    const full = all.filter((d) => d.said.length && d.covered === d.failing);
    console.log(`\nknown mistakes, named recognition off: ${all.length}`);
    console.log(`  with a generic diagnosis:                  ${said.length} = ${pct(said.length, all.length)}`);
    console.log(`  diagnosis covering every failing check:    ${full.length} = ${pct(full.length, all.length)}`);
    const byPattern = new Map<string, number>();
    for (const d of said) for (const p of new Set(d.said.map((s) => s.split(':')[0]))) byPattern.set(p, (byPattern.get(p) ?? 0) + 1);
    console.log(`  by pattern: ${[...byPattern].map(([p, k]) => `${p} ${k}`).join(', ')}`);
  }
  return 0;
});
