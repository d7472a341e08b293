// What every exercise's grader asks, as text: for each exercise the cases `expandCases` makes
// (modes run and submit, seeds 1 and 7) with id, kind, name, target, tolerance, visibility and
// arguments (function arguments as their HostFn name), plus the check's other settings. A refactor
// of the graders that changes none of this prints the same text.
//
//   npx tsx test/support/case-snapshot.ts > before.txt      (full)
//   npx tsx test/support/case-snapshot.ts --names           (case ids and names only)
import { expandCases } from '../../src/lib/engine/cases';
import { HostFn } from '../../src/lib/engine/host-fn';
import { contentRoot, listExerciseIds, loadExercise } from '../../src/lib/server/exercises';

const replacer = (_key: string, v: unknown): unknown => {
  if (v instanceof HostFn) return `<fn ${v.name}>`;
  if (typeof v === 'number') {
    if (Object.is(v, -0)) return '-0';
    if (!Number.isFinite(v)) return String(v);
  }
  if (typeof v === 'function') return '<function>';
  if (ArrayBuffer.isView(v)) return { [v.constructor.name]: Array.from(v as unknown as ArrayLike<number>) };
  return v;
};
const json = (v: unknown): string => JSON.stringify(v, replacer);

/** The snapshot of one exercise: one line per case, full or only ids and names. */
export async function exerciseSnapshot(id: string, names = false, root = contentRoot()): Promise<string[]> {
  const { grader } = await loadExercise(id, root);
  const lines: string[] = [];
  if (!names) lines.push(`${id} grader ${json({ tolerance: grader.tolerance, limits: grader.limits, equivalentMutants: grader.equivalentMutants })}`);
  const modes = names ? (['submit'] as const) : (['run', 'submit'] as const);
  const seeds = names ? [1] : [1, 7];
  for (const mode of modes) {
    for (const seed of seeds) {
      for (const c of expandCases(grader, seed, mode)) {
        if (names) {
          lines.push(`${id} ${c.id} ${c.check.kind} ${json(c.check.name)}`);
          continue;
        }
        const k = c.check;
        lines.push(
          `${id} ${mode} ${seed} ${c.id} ${json({
            kind: k.kind,
            name: k.name,
            target: c.target,
            tolerance: c.tolerance,
            visible: c.visible,
            expect: k.expect,
            throws: k.throws,
            calls: typeof k.calls === 'function' ? '<function>' : k.calls,
            property: Boolean(k.property),
            compare: Boolean(k.compare),
            nonFiniteHint: k.nonFiniteHint,
          })} args ${json(c.args)}`,
        );
      }
    }
  }
  return lines;
}

/** Every exercise's snapshot, in id order. */
export async function caseSnapshot(names = false, root = contentRoot()): Promise<string> {
  const out: string[] = [];
  for (const id of await listExerciseIds(root)) out.push(...(await exerciseSnapshot(id, names, root)));
  return out.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(await caseSnapshot(process.argv.includes('--names')));
}
