// The page's side of the Run worker: one worker, started early and warmed up; a run that
// does not answer in time (the sandbox's own limits failed to stop it) gets the worker
// terminated and replaced, and the page gets an error report. The page never waits on
// learner code.
import type { ExerciseMeta } from '../engine/exercise';
import type { Report } from '../engine/types';
import { withLimits } from '../protocol/limits';
import { asMessage, runner as say } from '../protocol/messages';
import type { BrowserExamples } from './examples';
import type { FromRunWorker, ToRunWorker } from './run-messages';
import RunWorker from './run-worker?worker';

/** Beyond the submission's own time limit, how long the worker may take before it is killed. */
const GRACE_MS = 3000;

type Pending = { resolve: (m: FromRunWorker) => void; timer?: ReturnType<typeof setTimeout> };

export class BrowserRunner {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  restarts = 0;

  /** Start the worker and compile QuickJS ahead of the first Run. */
  warm(): Promise<void> {
    return this.send({ type: 'warm', id: this.nextId++ }, 60_000).then(() => undefined);
  }

  async run(meta: ExerciseMeta, examples: BrowserExamples, source: string): Promise<Report> {
    const limits = withLimits(examples.limits);
    const budget = limits.timeMs + GRACE_MS;
    const m = await this.send({ type: 'run', id: this.nextId++, meta: plainCopy(meta), examples: plainCopy(examples), source }, budget);
    if (m.type === 'report') return m.report;
    if (m.type === 'failed' && m.message === 'timeout') return killedReport(meta.id, examples, budget);
    throw new Error(m.type === 'failed' ? m.message : 'unexpected reply from the Run worker');
  }

  dispose() {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new RunWorker();
    w.onmessage = (e: MessageEvent<FromRunWorker>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(e.data.id);
      p.resolve(e.data);
    };
    w.onerror = (e) => this.fail(`the Run worker failed: ${e.message}`);
    this.worker = w;
    return w;
  }

  private send(msg: ToRunWorker, timeoutMs: number): Promise<FromRunWorker> {
    const w = this.ensure();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(msg.id);
        this.restart();
        resolve({ type: 'failed', id: msg.id, message: 'timeout' });
      }, timeoutMs);
      this.pending.set(msg.id, { resolve, timer });
      w.postMessage(msg);
    });
  }

  private fail(message: string) {
    const all = [...this.pending.entries()];
    this.restart();
    for (const [id, p] of all) {
      clearTimeout(p.timer);
      p.resolve({ type: 'failed', id, message });
    }
  }

  private restart() {
    this.worker?.terminate();
    this.worker = undefined;
    this.restarts++;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    const stranded = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, p] of stranded) p.resolve({ type: 'failed', id, message: 'the Run worker was restarted' });
    void this.warm();
  }
}

/** Page data may be a reactive proxy, which cannot be posted to a worker; it is plain JSON. */
const plainCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function killedReport(exercise: string, examples: BrowserExamples, budgetMs: number): Report {
  return {
    exercise,
    status: 'error',
    score: 0,
    passed: 0,
    total: examples.checks.length,
    mode: 'run',
    seed: 0,
    error: { kind: 'timeout', ...asMessage(say.killed(Math.round(budgetMs / 1000))) },
    checks: examples.checks.map((c) => ({
      id: c.id,
      ...(typeof c.name === 'string' ? { name: c.name } : { name: c.name.en, nameZh: c.name.zh }),
      kind: 'example',
      status: 'error',
      fn: c.call ?? 'run',
      ...asMessage(say.notRun),
    })),
    console: { lines: [], dropped: 0 },
    timings: { totalMs: budgetMs, sandboxMs: budgetMs, setupMs: 0 },
  };
}
