// Starts a TypeScript worker entry (CLI and tests run from source): tsx's loader hooks are
// not inherited by worker threads, so the worker registers them itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
