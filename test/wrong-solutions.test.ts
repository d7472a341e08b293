// Feedback on realistic wrong solutions (test/fixtures/wrong-solutions/, written independently
// of the catalog, each with its intended diagnosis on its first line): most are named or
// diagnosed correctly and almost none get a wrong name. The thresholds are looser than the
// targets (≥ 85%, < 1%) that `npm run measure:recognition` prints against.
import { describe, expect, it } from 'vitest';
import { judgeWrongSolution, measureWrongSolutions, wrongSolutions } from '../src/lib/server/recognition-measure';
import type { Report } from '../src/lib/engine/types';

describe('realistic wrong solutions', () => {
  it('are at least 40, across chapters, some with a second slip', () => {
    const all = wrongSolutions();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((w) => w.exercise)).size).toBeGreaterThanOrEqual(12);
    expect(all.filter((w) => w.slip).length).toBeGreaterThanOrEqual(4);
  });

  it('a wrong name counts as one, and nothing named counts as a miss', () => {
    const w = { exercise: 'x', name: 'y', file: 'y.js', source: '', intended: { kind: 'mistake' as const, name: 'a' } };
    const report = (extra: Partial<Report>) => ({ status: 'fail', checks: [], ...extra }) as unknown as Report;
    expect(judgeWrongSolution(w, report({ mistake: { id: 'a', hint: { en: '' }, agreement: 1 } })).verdict).toBe('named');
    expect(judgeWrongSolution(w, report({ mistake: { id: 'b', hint: { en: '' }, agreement: 1 } })).verdict).toBe('wrong-name');
    expect(judgeWrongSolution(w, report({})).verdict).toBe('missed');
  });

  it('are named or diagnosed correctly (≥ 80%), and wrongly named rarely (≤ 2%)', async () => {
    const results = await measureWrongSolutions();
    const ok = results.filter((r) => r.verdict === 'named' || r.verdict === 'diagnosed').length;
    const wrong = results.filter((r) => r.verdict === 'wrong-name');
    expect(results.filter((r) => r.verdict === 'passes').map((r) => `${r.exercise}/${r.name}`)).toEqual([]);
    expect(wrong.length / results.length, `wrongly named: ${wrong.map((r) => `${r.exercise}/${r.name} as ${r.got}`).join('; ')}`).toBeLessThanOrEqual(
      0.02,
    );
    expect(ok / results.length).toBeGreaterThanOrEqual(0.8);
  }, 300_000);
});
