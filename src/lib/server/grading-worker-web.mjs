// Entry of the web server's grading workers. The built server is bundled, so the pool's own
// TypeScript bootstrap (found next to pool.ts at run time) is not where the bundle looks;
// this plain-JavaScript entry is passed as the pool's worker instead: it registers tsx in
// the worker and runs the engine's grading worker from source.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./grading-worker.ts', import.meta.url).href);
