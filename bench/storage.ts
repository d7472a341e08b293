// npm run bench:storage (also the last part of npm run bench:web) — what storing submissions
// costs: Submit p50/p95 over HTTP (60 sequential, warm) and graded submissions per second
// (8 clients for 10 s, at most 5000), for guests (nothing stored) and for 8 signed-in learners
// (every Submit written before grading and updated after) on PGlite and on a PostgreSQL server
// started here from Debian's package. Loopback only; bounded in time and count.
// Targets (2 cores): storage adds at most 5 ms to the p50, and keeps ≥ 80 graded submissions/s.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ensureBuilt, ROOT, startServer, type RunningServer } from '../test/browser/server';
import { signUp } from '../test/support/accounts';
import { startPostgres } from '../test/support/postgres';

const reference = readFileSync(join(ROOT, 'reference/linear-predict/solution.js'), 'utf8');
const LIMITS = {
  NABLA_RATE_BURST: '100000',
  NABLA_RATE_PER_SECOND: '100000',
  NABLA_ADDRESS_RATE_BURST: '100000',
  NABLA_ADDRESS_RATE_PER_SECOND: '100000',
  NABLA_CLIENT_QUEUE: '1000',
  NABLA_MAX_QUEUE: '1000',
};
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface Measured {
  p50: number;
  p95: number;
  perSecond: number;
}

async function measure(server: RunningServer, cookies: (string | undefined)[]): Promise<Measured> {
  const submit = async (k: number, tab: string) => {
    const res = await fetch(`${server.url}/api/grade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nabla-tab': tab, ...(cookies[k] ? { cookie: cookies[k]! } : {}) },
      body: JSON.stringify({ exercise: 'linear-predict', source: reference, mode: 'submit' }),
    });
    if (!res.ok) throw new Error(`submit: ${res.status} ${await res.text()}`);
    const r = (await res.json()) as { status: string; submissionId?: string };
    if (r.status !== 'pass') throw new Error('the reference did not pass');
    if (cookies[k] && !r.submissionId) throw new Error('a signed-in Submit was not stored');
  };
  for (let i = 0; i < 20; i++) await submit(i % cookies.length, `warm-${i % 2}`);
  const lat: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    await submit(0, 'seq');
    lat.push(performance.now() - t0);
  }
  const deadline = Date.now() + 10_000;
  let done = 0;
  const t0 = performance.now();
  await Promise.all(
    cookies.map(async (_, k) => {
      while (Date.now() < deadline && done < 5000) {
        await submit(k, `load-${k}`);
        done++;
      }
    }),
  );
  return { p50: quantile(lat, 0.5), p95: quantile(lat, 0.95), perSecond: done / ((performance.now() - t0) / 1000) };
}

async function run(label: string, env: Record<string, string>, signedIn: boolean): Promise<Measured> {
  const server = await startServer({ ...LIMITS, ...env });
  try {
    const cookies = signedIn
      ? await Promise.all(Array.from({ length: 8 }, async (_, k) => (await signUp(server.url, `bench${k}`)).cookie))
      : Array.from({ length: 8 }, () => undefined);
    const m = await measure(server, cookies);
    console.log(
      `${label.padEnd(34)} p50 ${m.p50.toFixed(1).padStart(5)} ms  p95 ${m.p95.toFixed(1).padStart(5)} ms  ${m.perSecond.toFixed(1).padStart(6)} graded/s`,
    );
    return m;
  } finally {
    await server.stop();
  }
}

await ensureBuilt();
const postgres = await startPostgres();
try {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const pgUrl = postgres.url.replace(/\/postgres$/, '/bench');

  console.log('Submit with storage (linear-predict reference, 60 sequential warm; 8 clients for 10 s; 2 grading workers)');
  const guests = await run('guests, nothing stored', {}, false);
  const pglite = await run('8 signed-in learners, PGlite', {}, true);
  const server = await run('8 signed-in learners, PostgreSQL', { DATABASE_URL: pgUrl }, true);
  const verdict = (m: Measured) =>
    `p50 ${m.p50 >= guests.p50 ? '+' : '−'}${Math.abs(m.p50 - guests.p50).toFixed(1)} ms [target ≤ +5 ms], ${m.perSecond.toFixed(1)} graded/s [target ≥ 80]`;
  console.log(`storage on PGlite:     ${verdict(pglite)}`);
  console.log(`storage on PostgreSQL: ${verdict(server)}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'storage.json'), JSON.stringify({ guests, pglite, postgres: server }, null, 2) + '\n');
} finally {
  postgres.stop();
}
