// Messages between the grading pool and its worker threads: a tagged union with an id.
import type { Report } from '../engine/types';

export interface GradeJob {
  exercise: string;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
  /**
   * 'fast': grade under the exercise's fast-lane budget (see `fastBudgetMs`); a report with
   * `budgetExceeded` means the job must be graded again in the slow lane. Default: full limits.
   */
  lane?: 'fast' | 'full';
}

export type ToWorker = { type: 'grade'; id: number; job: GradeJob };

export type FromWorker =
  { type: 'ready' } | { type: 'report'; id: number; report: Report } | { type: 'failed'; id: number; message: string; usage?: boolean };
