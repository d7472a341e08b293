// A pool of grading worker threads with a bounded queue. A worker that does not answer in
// time (a wedged QuickJS module, a host-side hang) is terminated and replaced.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../engine/types';
import type { FromWorker, GradeJob, ToWorker } from './grading-messages';

export interface PoolOptions {
  /** Worker threads (default: number of cores). */
  size?: number;
  /** Where exercises/, graders/, reference/ live. */
  root?: string;
  /** Jobs waiting beyond the running ones; more are refused with QueueFullError. */
  maxQueue?: number;
  /** A job not answered within this is abandoned and its worker replaced. */
  hardTimeoutMs?: number;
  /** Stack of each worker thread, MB: QuickJS recursion runs on it. */
  stackSizeMb?: number;
  /** The worker script (tests and the built server point elsewhere). */
  workerUrl?: URL;
}

export class QueueFullError extends Error {
  constructor() {
    super('the grading queue is full: try again in a few seconds');
    this.name = 'QueueFullError';
  }
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** The worker said it is ready and has not died since. */
  live: boolean;
  job?: { id: number; resolve: (r: Report) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
}

interface Waiting {
  job: GradeJob;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
}

const DEFAULT_WORKER = new URL('./grading-worker.ts', import.meta.url);
const TS_BOOTSTRAP = new URL('./ts-worker-bootstrap.mjs', import.meta.url);

export class GradingPool {
  private slots: Slot[] = [];
  private queue: Waiting[] = [];
  private nextId = 1;
  private closed = false;
  private readonly opts: Required<Omit<PoolOptions, 'workerUrl'>> & { workerUrl: URL };
  /** Workers replaced after a hard timeout or a crash. */
  replaced = 0;

  constructor(options: PoolOptions = {}) {
    this.opts = {
      size: options.size ?? Math.max(1, cpus().length),
      root: options.root ?? process.cwd(),
      maxQueue: options.maxQueue ?? 64,
      hardTimeoutMs: options.hardTimeoutMs ?? 60_000, // above the longest stretched submission (limits.ts, MAX_DEADLINE_STRETCH)
      stackSizeMb: options.stackSizeMb ?? 16,
      workerUrl: options.workerUrl ?? DEFAULT_WORKER,
    };
    for (let i = 0; i < this.opts.size; i++) this.slots.push(this.spawn());
  }

  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  /** Resolves when every worker has loaded (optional: jobs wait for readiness anyway). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  grade(job: GradeJob): Promise<Report> {
    if (this.closed) return Promise.reject(new Error('the grading pool is closed'));
    return new Promise((resolve, reject) => {
      const free = this.slots.find((s) => !s.job);
      if (free) this.start(free, { job, resolve, reject });
      else if (this.queue.length >= this.opts.maxQueue) reject(new QueueFullError());
      else this.queue.push({ job, resolve, reject });
    });
  }

  /** Workers loaded and alive (readiness). */
  get live(): number {
    return this.slots.filter((s) => s.live).length;
  }

  /** Resolves with the number of live workers once one is ready, or after `timeoutMs`. */
  async probe(timeoutMs = 2_000): Promise<number> {
    if (this.closed) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.any(this.slots.map((s) => s.ready)).catch(() => {}), new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
    return this.live;
  }

  /** Stop every worker, busy ones too: their jobs and the queued ones are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the grading pool is closed');
    for (const w of this.queue) w.reject(error);
    this.queue = [];
    for (const s of this.slots) {
      s.live = false;
      if (s.job) {
        clearTimeout(s.job.timer);
        s.job.reject(error);
        s.job = undefined;
      }
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const url = this.opts.workerUrl;
    // TypeScript sources (CLI, tests) load through tsx; loader hooks are not inherited by workers.
    const isTs = url.pathname.endsWith('.ts');
    const worker = new Worker(isTs ? TS_BOOTSTRAP : url, {
      workerData: { root: this.opts.root, entry: url.href },
      resourceLimits: { stackSizeMb: this.opts.stackSizeMb, maxOldGenerationSizeMb: 512 },
    });
    worker.unref();
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (markReady = r)), live: false };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        slot.live = !this.closed;
        return markReady();
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      if (m.type === 'report') job.resolve(m.report);
      else job.reject(new Error(m.message));
      this.next(slot);
    });
    const onDeath = (why: string) => {
      slot.live = false;
      if (this.closed) return;
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        clearTimeout(job.timer);
        job.reject(new Error(why));
      }
      this.replace(slot);
    };
    worker.on('error', (e) => onDeath(`the grading worker failed: ${e.message}`));
    worker.on('exit', (code) => onDeath(`the grading worker exited (${code})`));
    return slot;
  }

  private replace(slot: Slot) {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.replaced++;
    const fresh = this.spawn();
    this.slots[i] = fresh;
    this.next(fresh);
  }

  private start(slot: Slot, w: Waiting) {
    const id = this.nextId++;
    const timer = setTimeout(() => {
      const job = slot.job;
      slot.job = undefined;
      job?.reject(new Error(`grading did not finish within ${this.opts.hardTimeoutMs / 1000} s`));
      this.replace(slot);
    }, this.opts.hardTimeoutMs);
    slot.job = { id, resolve: w.resolve, reject: w.reject, timer };
    const msg: ToWorker = { type: 'grade', id, job: w.job };
    slot.worker.postMessage(msg);
  }

  private next(slot: Slot) {
    const w = this.queue.shift();
    if (w) this.start(slot, w);
  }
}
