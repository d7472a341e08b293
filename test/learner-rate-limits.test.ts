// Rate limits for a classroom behind one NAT: every signed-in learner has a token bucket of their
// own (burst 20, then 1/s) and the address a much larger one (burst 300, 10/s), so 25 learners
// on one address are all served while one account flooding is refused (429).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Account } from './support/accounts';
import { DATABASE_KINDS, newPostgresUrl, ROOT } from './support/databases';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';

const reference = readFileSync(join(ROOT, 'reference/linear-predict/solution.js'), 'utf8');
const noBias = readFileSync(join(ROOT, 'reference/linear-predict/mistakes/no-bias.js'), 'utf8');

async function grade(base: string, cookie: string | undefined, source: string, mode: 'run' | 'submit', tab: string) {
  const res = await fetch(`${base}/api/grade`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-nabla-tab': tab, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ exercise: 'linear-predict', source, mode }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  await ensureBuilt();
}, 600_000);

describe.each(DATABASE_KINDS)('on %s', (kind) => {
  let server: RunningServer;
  let learners: Account[];

  beforeAll(async () => {
    server = await startServer(kind === 'postgres' ? { DATABASE_URL: await newPostgresUrl() } : {});
    learners = [];
    for (let i = 0; i < 26; i++) learners.push(await signUp(server.url, `nat${i}`));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('25 signed-in learners behind one address each submit a few times quickly: no 429', async () => {
    const results = await Promise.all(
      learners.slice(0, 25).map(async (l, i) => {
        const statuses: number[] = [];
        for (let k = 0; k < 3; k++) {
          const r = await grade(server.url, l.cookie, k % 2 ? noBias : reference, 'submit', `tab-nat-${i}`);
          statuses.push(r.status);
          if (r.status === 200) expect(r.body.submissionId).toBeTruthy();
        }
        return statuses;
      }),
    );
    expect(results.flat().filter((s) => s !== 200)).toEqual([]);
  }, 180_000);

  it('one account bursting gets 429 while the others are served', async () => {
    const burster = learners[25];
    const burst = Array.from({ length: 30 }, (_, i) => grade(server.url, burster.cookie, reference, 'run', `tab-burst-${i}`));
    const others = learners.slice(0, 5).map((l, i) => grade(server.url, l.cookie, reference, 'run', `tab-other-${i}`));
    const [b, o] = await Promise.all([Promise.all(burst), Promise.all(others)]);
    const refused = b.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(refused[0].body.error).toMatch(/too many submissions/);
    expect(b.filter((r) => r.status === 200).length).toBeLessThanOrEqual(21);
    expect(o.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // …and still are, right after.
    expect((await grade(server.url, learners[6].cookie, reference, 'run', 'tab-after')).status).toBe(200);
  }, 120_000);
});

describe('the address ceiling', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ NABLA_ADDRESS_RATE_BURST: '4', NABLA_ADDRESS_RATE_PER_SECOND: '0.1' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('is shared by every account and guest behind an address', async () => {
    const a = await signUp(server.url, 'ceil-a');
    const b = await signUp(server.url, 'ceil-b');
    const statuses: number[] = [];
    for (const [i, who] of [a.cookie, b.cookie, undefined, a.cookie, b.cookie].entries()) {
      statuses.push((await grade(server.url, who, reference, 'run', `tab-ceil-${i}`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  }, 60_000);
});
