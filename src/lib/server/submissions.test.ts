// The submission scheduler on its own: a fake grading pool whose jobs finish when the test
// says so, and a clock the test moves by hand. (Over HTTP with real workers: test/web-api.test.ts,
// test/slow-lane.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Report } from '../engine/types';
import type { GradeJob } from './grading-messages';
import { CONGESTED_MS, type Pool, SLOW_LANE_STARVED_MS, type SchedulerOptions, SubmissionRefused, SubmissionScheduler } from './submissions';

/** A grading pool that records each job and lets the test finish it. */
class FakePool implements Pool {
  jobs: { job: GradeJob; finish: (r?: Partial<Report>) => void; fail: (e: Error) => void }[] = [];
  closed = false;
  grade(job: GradeJob): Promise<Report> {
    return new Promise((resolve, reject) => {
      this.jobs.push({
        job,
        finish: (r = {}) => resolve({ exercise: job.exercise, status: 'pass', seed: job.seed, ...r } as Report),
        fail: reject,
      });
    });
  }
  async probe(): Promise<number> {
    return this.closed ? 0 : 1;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  /** The sources of the jobs started so far, in order. */
  get started(): string[] {
    return this.jobs.map((j) => j.job.source);
  }
  /** Finish the job with this source (the first one not finished yet). */
  finish(source: string, r?: Partial<Report>) {
    const i = this.jobs.findIndex((j) => j.job.source === source && !(j as { done?: boolean }).done);
    if (i < 0) throw new Error(`no running job '${source}'`);
    (this.jobs[i] as { done?: boolean }).done = true;
    this.jobs[i].finish(r);
  }
}

const OPTIONS: SchedulerOptions = {
  workers: 1,
  maxQueuedPerClient: 3,
  maxQueued: 10,
  rateBurst: 100,
  ratePerSecond: 1,
  addressBurst: 100,
  addressPerSecond: 1,
};

function setup(opts: Partial<SchedulerOptions> = {}) {
  let t = 1_000;
  const pool = new FakePool();
  const s = new SubmissionScheduler(
    { ...OPTIONS, ...opts },
    () => pool,
    () => 0,
    () => t,
  );
  const submit = (client: string, source: string, address = 'addr-' + client) => s.admit({ address, client }, 'ex', source, 'submit').run(1);
  return { s, pool, submit, advance: (ms: number) => void (t += ms) };
}

/** Let settled promises run their callbacks (the scheduler starts the next job in one). */
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('submission scheduler', () => {
  it('takes the client served longest ago next, so one client cannot hold up another', async () => {
    const { pool, submit } = setup();
    const results = [submit('a', 'a1'), submit('a', 'a2'), submit('a', 'a3'), submit('b', 'b1')];
    expect(pool.started).toEqual(['a1']);
    pool.finish('a1');
    await tick();
    expect(pool.started).toEqual(['a1', 'b1']); // b before a's second job
    pool.finish('b1');
    await tick();
    pool.finish('a2');
    await tick();
    pool.finish('a3');
    const reports = await Promise.all(results);
    expect(reports.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('grades a job that hit the fast-lane budget again in the slow lane, with the full limits', async () => {
    const { s, pool, submit } = setup();
    const result = submit('a', 'loop');
    expect(pool.jobs[0].job.lane).toBe('fast');
    pool.finish('loop', { budgetExceeded: true });
    await tick();
    expect(pool.jobs).toHaveLength(2);
    expect(pool.jobs[1].job.lane).toBe('full');
    expect(s.stats.movedToSlow).toBe(1);
    pool.finish('loop', { status: 'error' });
    expect((await result).status).toBe('error');
  });

  it('in a congested fast lane takes clients never served before newest first', async () => {
    const { pool, submit, advance } = setup();
    void submit('busy', 'busy1');
    void submit('old', 'old1');
    advance(1);
    void submit('new', 'new1');
    advance(CONGESTED_MS + 1); // old1 has now waited past the congestion threshold
    pool.finish('busy1');
    await tick();
    expect(pool.started).toEqual(['busy1', 'new1']);
  });

  it('without congestion takes the earliest arrival among clients never served', async () => {
    const { pool, submit, advance } = setup();
    void submit('busy', 'busy1');
    void submit('old', 'old1');
    advance(1);
    void submit('new', 'new1');
    pool.finish('busy1');
    await tick();
    expect(pool.started).toEqual(['busy1', 'old1']);
  });

  it('lets a slow-lane job that waited too long go before the fast lane', async () => {
    const { pool, submit, advance } = setup({ workers: 2, slowLaneWorkers: 1 });
    void submit('a', 'slow-a');
    void submit('b', 'slow-b');
    pool.finish('slow-a', { budgetExceeded: true });
    pool.finish('slow-b', { budgetExceeded: true });
    await tick();
    // a's slow job runs (the slow lane's one worker); b's waits behind it.
    expect(pool.jobs.filter((j) => j.job.lane === 'full').map((j) => j.job.source)).toEqual(['slow-a']);
    void submit('c', 'c1');
    void submit('d', 'd1');
    void submit('e', 'e1');
    await tick();
    expect(pool.started.slice(-1)).toEqual(['c1']); // the fast lane takes the free worker
    advance(SLOW_LANE_STARVED_MS + 1);
    pool.finish('slow-a');
    pool.finish('c1');
    await tick();
    // Two workers free: b's starved slow job goes first, then the fast lane.
    expect(pool.jobs.slice(-2).map((j) => `${j.job.source}:${j.job.lane}`)).toEqual(['slow-b:full', 'd1:fast']);
  });

  it('refuses a client over its own queue (429) and everyone over the whole queue (503)', () => {
    const { submit } = setup({ maxQueuedPerClient: 2, maxQueued: 3 });
    void submit('a', 'a1'); // running
    void submit('a', 'a2'); // waiting: 1
    void submit('a', 'a3'); // waiting: 2
    expect(() => submit('a', 'a4')).toThrow(expect.objectContaining({ status: 429 }));
    void submit('b', 'b1'); // 3 waiting in all
    try {
      submit('c', 'c1');
      expect.unreachable('the queue is full');
    } catch (e) {
      expect(e).toBeInstanceOf(SubmissionRefused);
      expect((e as SubmissionRefused).status).toBe(503);
    }
  });

  it('refills rate-limit buckets with the clock, and says when to come back', async () => {
    const { pool, submit, advance } = setup({ rateBurst: 2, ratePerSecond: 0.5, maxQueuedPerClient: 10 });
    void submit('a', 'a1');
    void submit('a', 'a2');
    let refused: SubmissionRefused | undefined;
    try {
      submit('a', 'a3');
    } catch (e) {
      refused = e as SubmissionRefused;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfterSeconds).toBe(2); // one token at 0.5 per second
    advance(1_999);
    expect(() => submit('a', 'a3')).toThrow(expect.objectContaining({ status: 429 }));
    advance(1);
    void submit('a', 'a3');
    pool.finish('a1');
    await tick();
    expect(pool.started).toEqual(['a1', 'a2']);
  });
});
