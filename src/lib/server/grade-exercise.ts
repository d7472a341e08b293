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

export async function gradeJob(job: GradeJob, root = contentRoot()): Promise<Report> {
  const ex = await exerciseCached(job.exercise, root);
  return grade({
    exercise: ex.meta,
    grader: ex.grader,
    oracle: ex.oracle(),
    source: job.source,
    mode: job.mode,
    seed: job.seed,
    engine: sharedEngine(),
  });
}
