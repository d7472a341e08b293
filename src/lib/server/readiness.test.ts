import { describe, expect, it } from 'vitest';
import { readiness } from './readiness';

describe('readiness', () => {
  it('is ready when the database answers and a worker is live', async () => {
    expect(await readiness({ database: async () => 1, workers: async () => 2 })).toEqual({ ok: true, database: 'ok', liveWorkers: 2 });
  });

  it('is not ready when the database fails or hangs, or no worker is live', async () => {
    const down = await readiness({ database: () => Promise.reject(new Error('connect ECONNREFUSED')), workers: async () => 2 });
    expect(down.ok).toBe(false);
    expect(down.reason).toMatch(/database unreachable: connect ECONNREFUSED/);
    const hung = await readiness({ database: () => new Promise(() => {}), workers: async () => 1 }, 50);
    expect(hung).toMatchObject({ ok: false, database: 'unreachable' });
    expect(hung.reason).toMatch(/did not answer within 50 ms/);
    const noWorker = await readiness({ database: async () => 1, workers: async () => 0 });
    expect(noWorker).toMatchObject({ ok: false, reason: 'no live grading worker', liveWorkers: 0 });
  });
});
