// Admission and fair scheduling of submissions in front of the grading pool.
//
// - Size: a submission over MAX_SOURCE_BYTES is refused (413) before anything else.
// - Rate: token buckets (429 with Retry-After): one per signed-in account, one per address for
//   guests (both NABLA_RATE_BURST, NABLA_RATE_PER_SECOND), and a much larger ceiling per address
//   shared by everyone behind it (NABLA_ADDRESS_RATE_BURST, NABLA_ADDRESS_RATE_PER_SECOND), so a
//   classroom behind one NAT is served while one account cannot flood it.
// - Fairness: every client (address + browser tab) has at most one grading running and a
//   short queue of its own; free workers take the next client in round-robin order. An
//   infinite loop submitted again and again occupies one worker at most, so another tab's
//   submission waits for at most one other job (a couple of seconds), never for the loop's
//   whole backlog.
// - Bound: at most MAX_QUEUED submissions wait in all (503 with Retry-After beyond).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newSeed } from '../engine/random';
import type { Report } from '../engine/types';
import { contentRoot, exerciseExists } from './exercises';
import { GradingPool } from './pool';

export const MAX_SOURCE_BYTES = 100 * 1024;

export class SubmissionRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 429 | 503,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface SchedulerOptions {
  workers: number;
  /** Waiting submissions per client (beyond its running one). */
  maxQueuedPerClient: number;
  /** Waiting submissions in all. */
  maxQueued: number;
  /** Token bucket per account (signed in) or per address (guests): burst size and tokens per second. */
  rateBurst: number;
  ratePerSecond: number;
  /** Token bucket per address, shared by every account and guest behind it. */
  addressBurst: number;
  addressPerSecond: number;
}

interface Ticket {
  client: string;
  exercise: string;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
  onStart?: () => void;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
}

/** Who is submitting: the address, the client (address|tab) and the account, if signed in. */
export interface Submitter {
  address: string;
  client: string;
  userId?: number;
}

/**
 * A submission admitted by `admit()`: its place in the queue is reserved until `run()` (which
 * queues it and resolves with its report) or `cancel()`.
 */
export interface Admission {
  run(seed: number, onStart?: () => void): Promise<Report>;
  cancel(): void;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SchedulerOptions {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    workers: Math.floor(num('NABLA_WORKERS', 2)),
    maxQueuedPerClient: Math.floor(num('NABLA_CLIENT_QUEUE', 2)),
    maxQueued: Math.floor(num('NABLA_MAX_QUEUE', 64)),
    rateBurst: num('NABLA_RATE_BURST', 20),
    ratePerSecond: num('NABLA_RATE_PER_SECOND', 1),
    addressBurst: num('NABLA_ADDRESS_RATE_BURST', 300),
    addressPerSecond: num('NABLA_ADDRESS_RATE_PER_SECOND', 10),
  };
}

export class SubmissionScheduler {
  private pool: GradingPool;
  private poolVersion: number;
  private retiring: { pool: GradingPool; running: number }[] = [];
  private queues = new Map<string, Ticket[]>();
  private running = new Map<string, number>();
  private lastServed = new Map<string, number>();
  private served = 0;
  private runningTotal = 0;
  private queuedTotal = 0;
  private buckets = new Map<string, { tokens: number; at: number; burst: number; rate: number }>();
  private lastSweep = Date.now();
  private reserved = new Map<string, number>();
  private reservedTotal = 0;
  private closed = false;

  constructor(
    readonly opts: SchedulerOptions,
    private readonly makePool: () => GradingPool,
    private readonly contentVersion: () => number = () => 0,
  ) {
    this.pool = makePool();
    this.poolVersion = contentVersion();
  }

  /** Refuse what can never be graded: too large (413), an unknown exercise (404). */
  async check(exercise: string, source: string): Promise<void> {
    checkSize(source);
    if (!(await exerciseExists(exercise))) throw new SubmissionRefused(404, `there is no exercise '${exercise}'`);
  }

  /**
   * Admission, synchronous: rate limits (429) and queue bounds (429 per client, 503 in all). The
   * place in the queue is reserved, so the caller may write to the database before `run()`.
   */
  admit(who: Submitter, exercise: string, source: string, mode: 'run' | 'submit'): Admission {
    checkSize(source);
    const reservedHere = this.reserved.get(who.client) ?? 0;
    const waiting = (this.queues.get(who.client)?.length ?? 0) + reservedHere;
    this.takeTokens(who);
    if (waiting >= this.opts.maxQueuedPerClient) {
      throw new SubmissionRefused(429, 'your earlier submissions are still being graded: wait for their results', 2);
    }
    if (this.queuedTotal + this.reservedTotal >= this.opts.maxQueued) {
      throw new SubmissionRefused(503, 'the grading queue is full: try again in a few seconds', 5);
    }
    this.reserve(who.client, +1);
    let settled = false;
    const release = () => {
      if (settled) return false;
      settled = true;
      this.reserve(who.client, -1);
      return true;
    };
    return {
      run: (seed, onStart) => {
        if (!release()) return Promise.reject(new Error('this admission was already used'));
        return this.enqueue(who.client, exercise, source, mode, seed, onStart);
      },
      cancel: () => void release(),
    };
  }

  /** Grade a submission for `client` (address|tab) from `address`; rejects with SubmissionRefused. */
  async grade(address: string, client: string, exercise: string, source: string, mode: 'run' | 'submit', userId?: number): Promise<Report> {
    await this.check(exercise, source);
    return this.admit({ address, client, userId }, exercise, source, mode).run(newSeed());
  }

  /**
   * Work of the server itself (submissions left ungraded by an earlier process): no rate limit
   * and no queue bound, but the same fair queue as learners' submissions (one at a time per
   * `client`).
   */
  gradeSystem(client: string, exercise: string, source: string, seed: number, onStart?: () => void): Promise<Report> {
    return this.enqueue(client, exercise, source, 'submit', seed, onStart);
  }

  private enqueue(client: string, exercise: string, source: string, mode: 'run' | 'submit', seed: number, onStart?: () => void): Promise<Report> {
    if (this.closed) return Promise.reject(new SchedulerClosed());
    return new Promise<Report>((resolve, reject) => {
      const q = this.queues.get(client) ?? [];
      q.push({ client, exercise, source, mode, seed, onStart, resolve, reject });
      this.queues.set(client, q);
      this.queuedTotal++;
      this.pump();
    });
  }

  private reserve(client: string, d: number) {
    const n = (this.reserved.get(client) ?? 0) + d;
    if (n > 0) this.reserved.set(client, n);
    else this.reserved.delete(client);
    this.reservedTotal += d;
  }

  get stats() {
    return { running: this.runningTotal, queued: this.queuedTotal, clients: this.queues.size };
  }

  async close() {
    this.closed = true;
    for (const q of this.queues.values()) for (const t of q) t.reject(new SchedulerClosed());
    this.queues.clear();
    this.queuedTotal = 0;
    await Promise.all([this.pool.close(), ...this.retiring.map((r) => r.pool.close())]);
  }

  /** Take one token from each of the submitter's buckets, or none when one of them is empty. */
  private takeTokens(who: Submitter) {
    const now = Date.now();
    const { rateBurst, ratePerSecond, addressBurst, addressPerSecond } = this.opts;
    const wanted: [string, number, number][] = [
      who.userId !== undefined ? [`user:${who.userId}`, rateBurst, ratePerSecond] : [`guest:${who.address}`, rateBurst, ratePerSecond],
      [`address:${who.address}`, addressBurst, addressPerSecond],
    ];
    const buckets = wanted.map(([key, burst, rate]) => {
      const b = this.buckets.get(key) ?? { tokens: burst, at: now, burst, rate };
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
      b.at = now;
      this.buckets.set(key, b);
      return b;
    });
    const empty = buckets.find((b) => b.tokens < 1);
    if (empty) {
      const wait = Math.max(1, Math.ceil((1 - empty.tokens) / empty.rate));
      throw new SubmissionRefused(429, `too many submissions: try again in ${wait} s`, wait);
    }
    for (const b of buckets) b.tokens -= 1;
    if (now - this.lastSweep > 60_000) {
      this.lastSweep = now;
      for (const [k, v] of this.buckets) if (v.tokens + ((now - v.at) / 1000) * v.rate >= v.burst) this.buckets.delete(k);
    }
  }

  /** Start queued tickets while workers are free, one client after another. */
  private pump() {
    this.refreshPool();
    while (this.runningTotal < this.opts.workers) {
      const ticket = this.nextTicket();
      if (!ticket) return;
      this.start(ticket);
    }
  }

  /** The waiting client served longest ago (never served first), whose previous job is done. */
  private nextTicket(): Ticket | undefined {
    let pick: string | undefined;
    let oldest = Infinity;
    for (const client of this.queues.keys()) {
      if ((this.running.get(client) ?? 0) > 0) continue;
      const at = this.lastServed.get(client) ?? 0;
      if (at < oldest) {
        oldest = at;
        pick = client;
      }
    }
    if (pick === undefined) return undefined;
    const q = this.queues.get(pick)!;
    const t = q.shift()!;
    this.queuedTotal--;
    if (!q.length) this.queues.delete(pick);
    this.lastServed.set(pick, ++this.served);
    if (this.lastServed.size > 10_000) {
      for (const k of this.lastServed.keys()) if (!this.queues.has(k) && !this.running.has(k)) this.lastServed.delete(k);
    }
    return t;
  }

  private start(t: Ticket) {
    this.running.set(t.client, (this.running.get(t.client) ?? 0) + 1);
    this.runningTotal++;
    const pool = this.pool;
    const done = () => {
      const n = (this.running.get(t.client) ?? 1) - 1;
      if (n > 0) this.running.set(t.client, n);
      else this.running.delete(t.client);
      this.runningTotal--;
      this.release(pool);
      this.pump();
    };
    this.track(pool, +1);
    try {
      t.onStart?.();
    } catch {
      /* a progress note only */
    }
    pool.grade({ exercise: t.exercise, source: t.source, mode: t.mode, seed: t.seed }).then(
      (r) => {
        done();
        t.resolve(r);
      },
      (e: Error) => {
        done();
        t.reject(this.closed ? new SchedulerClosed() : e);
      },
    );
  }

  // Development: content changed on disk → new workers (they cache loaded exercises); the old
  // pool is closed once its running jobs are done.
  private refreshPool() {
    const v = this.contentVersion();
    if (v === this.poolVersion) return;
    this.poolVersion = v;
    this.retiring.push({ pool: this.pool, running: 0 });
    this.pool = this.makePool();
    this.release(undefined);
  }

  private inFlight = new Map<GradingPool, number>();

  private track(pool: GradingPool, d: number) {
    this.inFlight.set(pool, (this.inFlight.get(pool) ?? 0) + d);
  }

  private release(pool: GradingPool | undefined) {
    if (pool) this.track(pool, -1);
    this.retiring = this.retiring.filter((r) => {
      if ((this.inFlight.get(r.pool) ?? 0) > 0) return true;
      this.inFlight.delete(r.pool);
      void r.pool.close();
      return false;
    });
  }
}

/** The scheduler is closing (shutdown): the work was not done. */
export class SchedulerClosed extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'SchedulerClosed';
  }
}

/** 413 for code over MAX_SOURCE_BYTES. */
export function checkSize(source: string) {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) throw tooLarge(bytes);
}

function tooLarge(bytes: number): SubmissionRefused {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return new SubmissionRefused(413, `your code is ${kb(bytes)}; submissions are limited to ${kb(MAX_SOURCE_BYTES)}`);
}

export { tooLarge };

/** The server's scheduler: one per process (kept across development reloads of this module). */
export function scheduler(): SubmissionScheduler {
  const g = globalThis as { __nablaScheduler?: SubmissionScheduler; __nablaContentVersion?: number };
  if (!g.__nablaScheduler) {
    const opts = optionsFromEnv();
    const appRoot = process.env.NABLA_APP_ROOT ?? process.cwd();
    g.__nablaScheduler = new SubmissionScheduler(
      opts,
      () =>
        new GradingPool({
          size: opts.workers,
          root: contentRoot(),
          maxQueue: opts.workers,
          workerUrl: pathToFileURL(join(appRoot, 'src/lib/server/grading-worker-web.mjs')),
        }),
      () => g.__nablaContentVersion ?? 0,
    );
  }
  return g.__nablaScheduler;
}

/** Close the process's grading workers, if they were started. */
export async function closeScheduler(): Promise<void> {
  const g = globalThis as { __nablaScheduler?: SubmissionScheduler };
  const s = g.__nablaScheduler;
  g.__nablaScheduler = undefined;
  await s?.close();
}
