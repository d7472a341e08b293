// The scheduler's lanes with a stand-in pool: a job over the fast budget is graded again in the
// slow lane (full limits), which never takes more than its share of the workers.
import { describe, expect, it } from 'vitest';
import type { Report } from '../engine/types';
import type { GradeJob } from './grading-messages';
import type { GradingPool } from './pool';
import { SubmissionScheduler } from './submissions';

function fakePool(log: { lane: string; source: string }[], running: { slow: number; maxSlow: number }) {
  return {
    grade(job: GradeJob): Promise<Report> {
      log.push({ lane: job.lane ?? 'full', source: job.source });
      const loop = job.source === 'loop';
      const slow = job.lane !== 'fast';
      if (slow) running.maxSlow = Math.max(running.maxSlow, ++running.slow);
      const ms = loop ? (slow ? 80 : 10) : 2;
      const report = {
        exercise: job.exercise,
        status: loop ? 'fail' : 'pass',
        mode: job.mode,
        seed: job.seed,
        checks: [],
        timings: { totalMs: ms, sandboxMs: ms, setupMs: 0 },
        ...(loop && !slow ? { budgetExceeded: true } : {}),
      } as unknown as Report;
      return new Promise((r) =>
        setTimeout(() => {
          if (slow) running.slow--;
          r(report);
        }, ms),
      );
    },
    close: async () => {},
    probe: async () => 2,
  } as unknown as GradingPool;
}

const opts = { workers: 4, maxQueuedPerClient: 2, maxQueued: 100, rateBurst: 100, ratePerSecond: 100, addressBurst: 1000, addressPerSecond: 100 };

describe('fast and slow lanes', () => {
  it('moves loops to a capped slow lane; an honest job behind them is graded at once', async () => {
    const log: { lane: string; source: string }[] = [];
    const running = { slow: 0, maxSlow: 0 };
    const s = new SubmissionScheduler(opts, () => fakePool(log, running));
    const loops = Array.from({ length: 20 }, (_, i) => s.admit({ address: `10.0.0.${i}`, client: `10.0.0.${i}|` }, 'x', 'loop', 'submit').run(i));
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    const honest = await s.admit({ address: '10.0.1.1', client: '10.0.1.1|' }, 'x', 'good', 'submit').run(99);
    const honestMs = performance.now() - t0;
    expect(honest.status).toBe('pass');
    const reports = await Promise.all(loops);
    for (const r of reports) {
      expect(r.status).toBe('fail');
      expect(r).not.toHaveProperty('budgetExceeded');
    }
    expect(running.maxSlow).toBe(2); // half of 4 workers
    expect(log.filter((l) => l.source === 'loop' && l.lane === 'fast')).toHaveLength(20);
    expect(log.filter((l) => l.source === 'loop' && l.lane === 'full')).toHaveLength(20);
    expect(log.filter((l) => l.source === 'good')).toEqual([{ lane: 'fast', source: 'good' }]);
    expect(s.stats.movedToSlow).toBe(20);
    // 20 loops × 80 ms in a 2-worker slow lane take 800 ms; the honest job waited for none.
    expect(honestMs).toBeLessThan(200);
    await s.close();
  });

  it('NABLA_FAST_LANE=0: one run with the full limits', async () => {
    const log: { lane: string; source: string }[] = [];
    const s = new SubmissionScheduler({ ...opts, fastLane: false }, () => fakePool(log, { slow: 0, maxSlow: 0 }));
    await s.admit({ address: 'a', client: 'a|' }, 'x', 'loop', 'submit').run(1);
    expect(log).toEqual([{ lane: 'full', source: 'loop' }]);
    await s.close();
  });
});
