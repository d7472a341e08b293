// Grade a submission for an exercise on disk: load (cached), then the engine's `grade`.
import { grade } from '../engine/grade';
import type { Report } from '../engine/types';
import { SandboxEngine } from '../sandbox/sandbox';
import { nodeWasmSource, threadCpuClock } from '../sandbox/node';
import { contentRoot, type LoadedExercise, loadExercise } from './exercises';
import type { GradeJob } from './grading-messages';

const cache = new Map<string, Promise<LoadedExercise>>();
let engine: SandboxEngine | undefined;

export function exerciseCached(id: string, root = contentRoot()): Promise<LoadedExercise> {
  const key = `${root}\0${id}`;
  let p = cache.get(key);
  if (!p) {
    p = loadExercise(id, root);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

export function sharedEngine(): SandboxEngine {
  return (engine ??= new SandboxEngine(nodeWasmSource, threadCpuClock()));
}

/** Fast-lane budget: max(FACTOR × the reference's grading time, MIN_MS), from the environment. */
export function fastLaneSettings(env: NodeJS.ProcessEnv = process.env): { factor: number; minMs: number } {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return { factor: num('NABLA_FAST_LANE_FACTOR', 10), minMs: num('NABLA_FAST_LANE_MIN_MS', 300) };
}

const referenceMs = new Map<string, Promise<number>>();

/**
 * The fast-lane budget of an exercise in this thread: the reference solution is graded (twice,
 * the faster counts; full limits, mode submit) the first time the exercise is seen and its wall-clock time scaled by the factor, never below the
 * minimum. It is not capped here: `grade` never lets a budget exceed the exercise's own limits.
 */
export async function fastBudgetMs(exerciseId: string, root = contentRoot()): Promise<number> {
  const key = `${root}\0${exerciseId}`;
  let p = referenceMs.get(key);
  if (!p) {
    p = (async () => {
      const ex = await exerciseCached(exerciseId, root);
      const once = async () =>
        (
          await grade({
            exercise: ex.meta,
            grader: ex.grader,
            oracle: ex.oracle(),
            source: ex.reference.source,
            mode: 'submit',
            seed: 1,
            engine: sharedEngine(),
          })
        ).timings.totalMs;
      // Twice: the first run also pays for warming up (sandbox creation, compilation).
      return Math.min(await once(), await once());
    })();
    p.catch(() => referenceMs.delete(key));
    referenceMs.set(key, p);
  }
  const { factor, minMs } = fastLaneSettings();
  return Math.max(minMs, Math.ceil(factor * (await p)));
}

export async function gradeJob(job: GradeJob, root = contentRoot()): Promise<Report> {
  const ex = await exerciseCached(job.exercise, root);
  const budgetMs = job.lane === 'fast' ? await fastBudgetMs(job.exercise, root) : undefined;
  return grade({
    budgetMs,
    exercise: ex.meta,
    grader: ex.grader,
    oracle: ex.oracle(),
    source: job.source,
    mode: job.mode,
    seed: job.seed,
    engine: sharedEngine(),
  });
}
