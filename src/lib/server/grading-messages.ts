// Messages between the grading pool and its worker threads: a tagged union with an id.
import type { Report } from '../engine/types';

export interface GradeJob {
  exercise: string;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
}

export type ToWorker = { type: 'grade'; id: number; job: GradeJob };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'report'; id: number; report: Report }
  | { type: 'failed'; id: number; message: string; usage?: boolean };
