// Messages between the page and the Run worker: a tagged union with an id.
import type { ExerciseMeta } from '../engine/exercise';
import type { Report } from '../engine/types';
import type { BrowserExamples } from './examples';

export type ToRunWorker = { type: 'warm'; id: number } | { type: 'run'; id: number; meta: ExerciseMeta; examples: BrowserExamples; source: string };

export type FromRunWorker =
  { type: 'ready'; id: number } | { type: 'report'; id: number; report: Report } | { type: 'failed'; id: number; message: string };
