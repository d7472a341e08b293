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
// - Lanes: every job runs first in the fast lane, under a short budget derived from the
//   reference's own grading time (grade-exercise.ts, `fastBudgetMs`). A job that exceeds it
//   (an infinite loop, very slow code) moves to the slow lane and is graded again with the
//   exercise's full limits there; the slow lane uses at most NABLA_SLOW_LANE_WORKERS workers
//   (default half, at least one), so the others keep serving the fast lane, which goes first
//   (unless a slow job has waited SLOW_LANE_STARVED_MS). When the fast lane
//   is congested (its oldest job has waited over CONGESTED_MS), clients never served before are
//   taken newest first: a storm of one-job clients (every one of them a loop) is run
//   at the fast budget each while a submission arriving after it is graded at once.
// - Bound: at most MAX_QUEUED submissions wait in all (503 with Retry-After beyond).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newSeed } from '../engine/random';
import type { Report } from '../engine/types';
import { contentRoot, exerciseExists } from './exercises';
import { GradingPool } from './pool';

/** What the scheduler needs of a grading pool (tests give it a fake one). */
export type Pool = Pick<GradingPool, 'grade' | 'probe' | 'close'>;

/** Milliseconds on a monotonic clock (tests give it one they move by hand). */
export type Clock = () => number;

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
  /** Workers the slow lane may use at once (default: half the workers, at least one). */
  slowLaneWorkers?: number;
  /** false: no fast lane, every job runs once with the full limits. */
  fastLane?: boolean;
}

/** The fast lane is congested when its oldest job has waited this long: see the header. */
export const CONGESTED_MS = 200;
/** A slow-lane job waiting this long goes before the fast lane (no starvation under sustained load). */
export const SLOW_LANE_STARVED_MS = 10_000;

interface Ticket {
  client: string;
  exercise: string;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
  lane: 'fast' | 'slow';
  /** When it joined its current queue (the scheduler's clock). */
  at: number;
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
    ...(env.NABLA_SLOW_LANE_WORKERS ? { slowLaneWorkers: Math.floor(num('NABLA_SLOW_LANE_WORKERS', 1)) } : {}),
    fastLane: env.NABLA_FAST_LANE !== '0',
  };
}

export class SubmissionScheduler {
  private pool: Pool;
  private poolVersion: number;
  private retiring: { pool: Pool; running: number }[] = [];
  private queues = new Map<string, Ticket[]>();
  private slowQueues = new Map<string, Ticket[]>();
  private slowRunning = 0;
  /** Jobs moved to the slow lane since the start (stats). */
  private movedToSlow = 0;
  private running = new Map<string, number>();
  private lastServed = new Map<string, number>();
  private served = 0;
  private runningTotal = 0;
  private queuedTotal = 0;
  private buckets = new Map<string, { tokens: number; at: number; burst: number; rate: number }>();
  private lastSweep: number;
  private reserved = new Map<string, number>();
  private reservedTotal = 0;
  private closed = false;

  constructor(
    readonly opts: SchedulerOptions,
    private readonly makePool: () => Pool,
    private readonly contentVersion: () => number = () => 0,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.lastSweep = now();
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
    const waiting = (this.queues.get(who.client)?.length ?? 0) + (this.slowQueues.get(who.client)?.length ?? 0) + reservedHere;
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
      const lane = this.opts.fastLane === false ? 'slow' : 'fast';
      this.push({ client, exercise, source, mode, seed, lane, at: this.now(), onStart, resolve, reject });
      this.pump();
    });
  }

  private push(t: Ticket) {
    const queues = t.lane === 'fast' ? this.queues : this.slowQueues;
    const q = queues.get(t.client) ?? [];
    q.push(t);
    queues.set(t.client, q);
    this.queuedTotal++;
  }

  /** Workers the slow lane may use at once. */
  get slowLaneWorkers(): number {
    if (this.opts.fastLane === false) return this.opts.workers;
    return Math.max(1, Math.min(this.opts.workers, this.opts.slowLaneWorkers ?? Math.floor(this.opts.workers / 2)));
  }

  private reserve(client: string, d: number) {
    const n = (this.reserved.get(client) ?? 0) + d;
    if (n > 0) this.reserved.set(client, n);
    else this.reserved.delete(client);
    this.reservedTotal += d;
  }

  get stats() {
    return {
      running: this.runningTotal,
      queued: this.queuedTotal,
      clients: this.queues.size,
      slowRunning: this.slowRunning,
      slowQueued: [...this.slowQueues.values()].reduce((n, q) => n + q.length, 0),
      movedToSlow: this.movedToSlow,
    };
  }

  /** Readiness: open, and the grading pool has a live worker (waits up to `timeoutMs` for one). */
  async probe(timeoutMs = 2_000): Promise<{ ok: boolean; liveWorkers: number }> {
    if (this.closed) return { ok: false, liveWorkers: 0 };
    this.refreshPool();
    const liveWorkers = await this.pool.probe(timeoutMs);
    return { ok: liveWorkers > 0, liveWorkers };
  }

  async close() {
    this.closed = true;
    for (const queues of [this.queues, this.slowQueues]) {
      for (const q of queues.values()) for (const t of q) t.reject(new SchedulerClosed());
      queues.clear();
    }
    this.queuedTotal = 0;
    await Promise.all([this.pool.close(), ...this.retiring.map((r) => r.pool.close())]);
  }

  /** Take one token from each of the submitter's buckets, or none when one of them is empty. */
  private takeTokens(who: Submitter) {
    const now = this.now();
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

  /**
   * Start queued tickets while workers are free, one client after another. The fast lane goes
   * first; the slow lane takes a free worker while it is under its share, and goes first when
   * its oldest job has waited SLOW_LANE_STARVED_MS.
   */
  private pump() {
    if (this.closed) return;
    this.refreshPool();
    while (this.runningTotal < this.opts.workers) {
      const slowMay = this.slowRunning < this.slowLaneWorkers;
      const slowFirst = this.opts.fastLane === false || (slowMay && this.oldestWait(this.slowQueues) > SLOW_LANE_STARVED_MS);
      let ticket: Ticket | undefined;
      if (slowFirst) ticket = this.nextTicket(this.slowQueues, false);
      ticket ??= this.nextTicket(this.queues, true);
      if (!ticket && slowMay) ticket = this.nextTicket(this.slowQueues, false);
      if (!ticket) return;
      this.start(ticket);
    }
  }

  private oldestWait(queues: Map<string, Ticket[]>): number {
    let oldest = Infinity;
    for (const q of queues.values()) oldest = Math.min(oldest, q[0].at);
    return oldest === Infinity ? 0 : this.now() - oldest;
  }

  /**
   * The waiting client served longest ago (never served first), whose previous job is done.
   * Among clients served equally long ago, the earliest arrival, or in a congested fast lane
   * the latest (see the header).
   */
  private nextTicket(queues: Map<string, Ticket[]>, adaptive: boolean): Ticket | undefined {
    let first: { client: string; served: number; at: number } | undefined;
    let last: typeof first;
    let oldestAt = Infinity;
    for (const [client, q] of queues) {
      oldestAt = Math.min(oldestAt, q[0].at);
      if ((this.running.get(client) ?? 0) > 0) continue;
      const served = this.lastServed.get(client) ?? 0;
      const at = q[0].at;
      if (!first || served < first.served || (served === first.served && at < first.at)) first = { client, served, at };
      if (!last || served < last.served || (served === last.served && at > last.at)) last = { client, served, at };
    }
    if (!first) return undefined;
    const congested = adaptive && this.now() - oldestAt > CONGESTED_MS;
    const pick = (congested ? last! : first).client;
    const q = queues.get(pick)!;
    const t = q.shift()!;
    this.queuedTotal--;
    if (!q.length) queues.delete(pick);
    this.lastServed.set(pick, ++this.served);
    if (this.lastServed.size > 10_000) {
      for (const k of this.lastServed.keys()) if (!this.queues.has(k) && !this.slowQueues.has(k) && !this.running.has(k)) this.lastServed.delete(k);
    }
    return t;
  }

  /** The one path of a taken job, in either lane: only the limits differ (`lane`). */
  private start(t: Ticket) {
    this.running.set(t.client, (this.running.get(t.client) ?? 0) + 1);
    this.runningTotal++;
    if (t.lane === 'slow') this.slowRunning++;
    const pool = this.pool;
    const done = (moved = false) => {
      const n = (this.running.get(t.client) ?? 1) - 1;
      if (n > 0) this.running.set(t.client, n);
      else this.running.delete(t.client);
      this.runningTotal--;
      if (t.lane === 'slow') this.slowRunning--;
      this.release(pool);
      if (moved) {
        // Over the fast budget: graded again with the full limits, in the slow lane.
        this.movedToSlow++;
        this.push({ ...t, lane: 'slow', at: this.now(), onStart: undefined });
      }
      this.pump();
    };
    this.track(pool, +1);
    try {
      t.onStart?.();
    } catch {
      /* a progress note only */
    }
    pool.grade({ exercise: t.exercise, source: t.source, mode: t.mode, seed: t.seed, lane: t.lane === 'fast' ? 'fast' : 'full' }).then(
      (r) => {
        if (r.budgetExceeded) {
          if (!this.closed) return done(true);
          done();
          return t.reject(new SchedulerClosed());
        }
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

  private inFlight = new Map<Pool, number>();

  private track(pool: Pool, d: number) {
    this.inFlight.set(pool, (this.inFlight.get(pool) ?? 0) + d);
  }

  private release(pool: Pool | undefined) {
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
  const g = globalThis as { __nablaScheduler?: SubmissionScheduler; __nablaContentVersion?: number; __nablaSchedulerClosed?: boolean };
  if (g.__nablaSchedulerClosed) throw new SchedulerClosed();
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
  const g = globalThis as { __nablaScheduler?: SubmissionScheduler; __nablaSchedulerClosed?: boolean };
  g.__nablaSchedulerClosed = true;
  const s = g.__nablaScheduler;
  g.__nablaScheduler = undefined;
  await s?.close();
}
