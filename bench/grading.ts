// npm run bench [-- <id>…] [--runs N]: grading speed per exercise.
//
// For each exercise: the reference graded as a submission through a warm worker of the
// grading pool (p50, p95 of the round trip, submissions arriving 10 ms apart as from real
// learners; `back2back` is the p50 with no pause, when the worker cannot prepare the next
// sandbox in advance), the QuickJS share of that time, and the overhead ratio = whole
// grading ÷ time inside QuickJS (learner code plus reading its values). Then the
// cost of a fresh sandbox (runtime + context + prelude) and of a fresh capped module.
// Numbers, not assertions: the machine is shared and noisy. Targets (issue 11, 2 cores), each
// printed beside its measurement: p50 ≤ 8 ms on every chapter-1 exercise, p50 ≤ 50 ms on every
// exercise, grading overhead ≤ 1.5× the time inside QuickJS; fresh sandbox ≤ 5 ms.
import { parseArgs } from 'node:util';
import { withLimits } from '../src/lib/protocol/limits';
import { nodeWasmSource } from '../src/lib/sandbox/node';
import { newQuickJSModule } from '../src/lib/sandbox/quickjs';
import { SandboxEngine } from '../src/lib/sandbox/sandbox';
import { contentRoot, listExerciseIds, loadExercise } from '../src/lib/server/exercises';
import { GradingPool } from '../src/lib/server/pool';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
const runs = Number(values.runs ?? 30);
const root = contentRoot();
const ids = positionals.length ? positionals : await listExerciseIds(root);

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const ms = (x: number) => x.toFixed(2).padStart(8);

const pool = new GradingPool({ root, size: 1 });
await pool.ready();
const rows: Record<string, unknown>[] = [];
console.log(`grading the reference as a submission, ${runs} runs per exercise after 3 warm-up runs (one warm worker)\n`);
console.log(`${'exercise'.padEnd(26)} ch  checks      p50      p95 back2back  quickjs   overhead`);
for (const id of ids) {
  const ex = await loadExercise(id, root);
  const job = { exercise: id, source: ex.reference.source, mode: 'submit' as const, seed: 1 };
  for (let i = 0; i < 3; i++) await pool.grade(job);
  const wall: number[] = [];
  const inside: number[] = [];
  const total: number[] = [];
  let checks = 0;
  const b2b: number[] = [];
  for (let i = 0; i < Math.ceil(runs / 2); i++) {
    const t0 = performance.now();
    await pool.grade({ ...job, seed: 1000 + i });
    b2b.push(performance.now() - t0);
  }
  for (let i = 0; i < runs; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const t0 = performance.now();
    const r = await pool.grade({ ...job, seed: i + 1 });
    wall.push(performance.now() - t0);
    inside.push(r.timings.sandboxMs);
    total.push(r.timings.totalMs);
    checks = r.total;
    if (r.status !== 'pass') console.warn(`  ! ${id}: the reference did not pass (seed ${i + 1})`);
  }
  const overhead = q(wall, 0.5) / q(inside, 0.5);
  rows.push({
    id,
    chapter: ex.meta.chapter,
    checks,
    p50: q(wall, 0.5),
    p95: q(wall, 0.95),
    backToBackP50: q(b2b, 0.5),
    quickjs: q(inside, 0.5),
    overhead,
  });
  console.log(
    `${id.padEnd(26)} ${String(ex.meta.chapter).padStart(2)} ${String(checks).padStart(7)} ${ms(q(wall, 0.5))} ${ms(q(wall, 0.95))} ${ms(q(b2b, 0.5)).padStart(9)} ${ms(q(inside, 0.5))} ${overhead.toFixed(2).padStart(9)}×`,
  );
}
await pool.close();

// Fresh sandboxes and modules, in this thread.
const engine = new SandboxEngine(nodeWasmSource);
const limits = withLimits();
(await engine.sandbox(limits, 1)).dispose();
const fresh: number[] = [];
for (let i = 0; i < 100; i++) {
  const t0 = performance.now();
  const sb = await engine.sandbox(limits, i);
  sb.dispose();
  fresh.push(performance.now() - t0);
}
const modules: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  await newQuickJSModule(nodeWasmSource, 160 * 2 ** 20);
  modules.push(performance.now() - t0);
}
console.log(
  `\nfresh sandbox (runtime + context + prelude, create + dispose): p50 ${q(fresh, 0.5).toFixed(2)} ms, p95 ${q(fresh, 0.95).toFixed(2)} ms  [target ≤ 5 ms]`,
);
console.log(`fresh capped QuickJS module: p50 ${q(modules, 0.5).toFixed(2)} ms`);
const ch1 = rows.filter((r) => r.chapter === 1).map((r) => r.p50 as number);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
if (ch1.length) {
  const worst = Math.max(...ch1);
  console.log(
    `chapter 1: worst p50 ${worst.toFixed(2)} ms, median ${q(ch1, 0.5).toFixed(2)} ms  [target ≤ 8 ms on every chapter-1 exercise: ${verdict(worst <= 8)}]`,
  );
}
const all = rows.map((r) => r.p50 as number);
const slowest = rows.reduce((a, b) => ((b.p50 as number) > (a.p50 as number) ? b : a), rows[0]);
console.log(
  `every exercise: median p50 ${q(all, 0.5).toFixed(2)} ms, worst ${(slowest.p50 as number).toFixed(2)} ms (${slowest.id}), ${all.filter((x) => x > 50).length} over 50 ms  [target p50 ≤ 50 ms on every exercise: ${verdict(all.every((x) => x <= 50))}]`,
);
const overhead = q(
  rows.map((r) => r.overhead as number),
  0.5,
);
console.log(
  `overhead (round trip ÷ time inside QuickJS), median over exercises: ${overhead.toFixed(2)}×  [target ≤ 1.5×: ${verdict(overhead <= 1.5)}]`,
);
if (values.json) console.log(JSON.stringify({ rows, freshSandboxP50: q(fresh, 0.5), freshModuleP50: q(modules, 0.5) }));
