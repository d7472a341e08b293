// Graders tested by mutation: every mutant of an exercise's reference (./mutants.ts) is graded
// as a learner submission — same pool, sandbox and grader — and must fail. A mutant that does
// not load, throws or times out counts as killed; one that passes every check survives, and is
// a grader gap unless the grader declares it equivalent (`equivalentMutants`, with a reason).
import { contentRoot, listExerciseIds, loadExercise } from './exercises';
import { generateMutants, type Mutant, staleDeclarations } from './mutants';
import { GradingPool } from './pool';

/** The seed mutants are graded with: fixed, so a run is reproducible. */
export const MUTATION_SEED = 1;

export interface MutationOptions {
  /** Grade at most this many mutants per exercise, chosen by a hash of their ids (see `sampleMutants`). */
  sample?: number;
}

export interface ExerciseMutation {
  id: string;
  chapter: number;
  /** Mutants generated, and graded (fewer when sampled). */
  generated: number;
  graded: number;
  killed: number;
  /** Passed every check and not declared equivalent: grader gaps. */
  survivors: Mutant[];
  /** Declared equivalent (whether graded in this run or not), with the grader's reason. */
  equivalent: { mutant: Mutant; reason: string; survived: boolean | undefined }[];
  /** Content problems: the exercise does not load, the reference does not parse, stale declarations. */
  problems: string[];
}

export async function mutateExercises(
  ids: string[] | undefined,
  options: MutationOptions = {},
  root = contentRoot(),
  pool?: GradingPool,
): Promise<ExerciseMutation[]> {
  const all = await listExerciseIds(root);
  const wanted = ids && ids.length ? ids : all;
  const own = pool ?? new GradingPool({ root, size: 2, maxQueue: 100_000 });
  try {
    return await Promise.all(wanted.map((id) => mutateOne(id, all.includes(id), options, root, own)));
  } finally {
    if (!pool) await own.close();
  }
}

async function mutateOne(id: string, exists: boolean, options: MutationOptions, root: string, pool: GradingPool): Promise<ExerciseMutation> {
  const out: ExerciseMutation = { id, chapter: 0, generated: 0, graded: 0, killed: 0, survivors: [], equivalent: [], problems: [] };
  if (!exists) return { ...out, problems: [`no exercise '${id}' (no exercises/${id}/statement.md)`] };
  let ex;
  let mutants: Mutant[];
  try {
    ex = await loadExercise(id, root);
    mutants = generateMutants(ex.reference.source);
  } catch (e) {
    return { ...out, problems: [(e as Error).message] };
  }
  out.chapter = ex.meta.chapter;
  out.generated = mutants.length;
  const declared = ex.grader.equivalentMutants ?? {};
  for (const stale of staleDeclarations(declared, mutants)) {
    out.problems.push(
      `graders/${id}.ts: equivalentMutants['${stale}'] matches no mutant of the reference (stale? run --mutants ${id} for the current ids)`,
    );
  }
  const chosen = options.sample ? sampleMutants(id, mutants, options.sample) : mutants;
  out.graded = chosen.length;
  const survived = new Map<string, boolean>();
  await Promise.all(
    chosen.map(async (m) => {
      let passed = false;
      try {
        const r = await pool.grade({ exercise: id, source: m.source, mode: 'submit', seed: MUTATION_SEED, lane: 'fast' });
        passed = r.status === 'pass';
      } catch {
        passed = false; // the worker gave up on it (hard timeout, crash): killed
      }
      survived.set(m.id, passed);
    }),
  );
  for (const m of chosen) {
    if (!survived.get(m.id)) {
      out.killed++;
      if (m.id in declared)
        out.problems.push(`graders/${id}.ts: equivalentMutants['${m.id}'] is declared equivalent, but the checks reject it: remove the declaration`);
    } else if (!(m.id in declared)) out.survivors.push(m);
  }
  for (const m of mutants) if (m.id in declared) out.equivalent.push({ mutant: m, reason: declared[m.id], survived: survived.get(m.id) });
  return out;
}

/**
 * A deterministic sample: the `n` mutants whose ids hash lowest (FNV-1a of `<exercise> <id>`).
 * The same mutants are chosen on every run while the reference does not change, and a change
 * to one line of the reference moves only that line's mutants in or out of the sample.
 */
export function sampleMutants(exercise: string, mutants: Mutant[], n: number): Mutant[] {
  if (mutants.length <= n) return mutants;
  const hash = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  const keep = new Set(
    mutants
      .map((m) => ({ m, h: hash(`${exercise} ${m.id}`) }))
      .sort((a, b) => a.h - b.h || (a.m.id < b.m.id ? -1 : 1))
      .slice(0, n)
      .map((x) => x.m),
  );
  return mutants.filter((m) => keep.has(m));
}

/** The share of graded, non-equivalent mutants that were killed (1 when there are none). */
export function mutationScore(rows: Pick<ExerciseMutation, 'killed' | 'survivors'>[]): { killed: number; of: number; score: number } {
  const killed = rows.reduce((s, r) => s + r.killed, 0);
  const of = killed + rows.reduce((s, r) => s + r.survivors.length, 0);
  return { killed, of, score: of ? killed / of : 1 };
}
