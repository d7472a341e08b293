// The Run worker: the engine's own `grade()` and QuickJS sandbox, on the visible examples,
// with expected outcomes the server computed from the reference. Runs off the main thread;
// the page terminates and replaces it if it ever stops answering.
import { grade } from '../engine/grade';
import { SandboxEngine } from '../sandbox/sandbox';
import { DEFAULT_LIMITS } from '../protocol/limits';
import { browserWasmSource } from '../sandbox/browser';
import { exampleGrader } from './examples';
import type { FromRunWorker, ToRunWorker } from './run-messages';

const engine = new SandboxEngine(browserWasmSource);
const post = (m: FromRunWorker) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<ToRunWorker>) => {
  const msg = e.data;
  try {
    if (msg.type === 'warm') {
      // Compile the WebAssembly and build one sandbox so the first Run is quick.
      const sb = await engine.sandbox(DEFAULT_LIMITS, 0);
      sb.dispose();
      post({ type: 'ready', id: msg.id });
      return;
    }
    const { grader, oracle } = exampleGrader(msg.examples);
    const report = await grade({ exercise: msg.meta, grader, oracle, source: msg.source, mode: 'run', seed: 0, engine });
    post({ type: 'report', id: msg.id, report });
  } catch (err) {
    post({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
};
