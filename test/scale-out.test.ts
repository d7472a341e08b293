// Scale-out for real (queue mode, NABLA_GRADING=queue): a PostgreSQL server (vitest's global
// setup), two web processes (the build) and two grading worker processes (npm run worker's
// script). 20 clients send 300 submissions spread over both web processes — correct, wrong,
// infinite loops, memory bombs — and mid-run one worker and one web process are killed with
// SIGKILL. At the end every submission a client saw accepted has exactly one final report in the
// database (none lost, none graded twice into the record: grade_writes = 1), every stored row is
// graded (also those whose web process died before answering), the correct ones pass, and the
// survivors stop with exit 0 on SIGTERM. Prints how long the run took (no timed assertions).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercise } from '../src/lib/server/exercises';
import { signUp, type Account } from './support/accounts';
import { newPostgresUrl, ROOT } from './support/databases';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const mistakesOf = async (id: string) => (await loadExercise(id, ROOT)).mistakes.map((m) => m.source);

type Kind = 'correct' | 'wrong' | 'loop' | 'bomb';
const LOOP = 'export function predict(X, w, b) { while (true) {} }';
// Allocates without end at load: refused by the heap limit once (a bomb inside `predict` would
// be retried by every check, tens of seconds of a thread each on a busy machine).
const BOMB = 'const keep = [];\nfor (;;) keep.push(new Array(100000).fill(1.5));\nexport function predict(X, w, b) { return []; }';
const correct = [
  { exercise: 'linear-predict', source: read('reference/linear-predict/solution.js') },
  { exercise: 'adam', source: read('reference/adam/solution.js') },
];
const wrong = [
  ...(await mistakesOf('linear-predict')).map((source) => ({ exercise: 'linear-predict', source })),
  ...(await mistakesOf('adam')).map((source) => ({ exercise: 'adam', source })),
];

/** The i-th submission: 60 % correct, 25 % wrong, 10 % memory bombs, 5 % infinite loops (2 s of a thread each). */
function nth(i: number): { kind: Kind; exercise: string; source: string } {
  const r = i % 20;
  if (r < 12) return { kind: 'correct', ...correct[i % correct.length] };
  if (r < 17) return { kind: 'wrong', ...wrong[i % wrong.length] };
  if (r < 19) return { kind: 'bomb', exercise: 'linear-predict', source: BOMB };
  return { kind: 'loop', exercise: 'linear-predict', source: LOOP };
}

const kinds = new Map<string, Kind>();
for (let k = 0; k < 1_000; k++) kinds.set(nth(k).source, nth(k).kind);
const kindOf = (source: string) => kinds.get(source);

const CLIENTS = 20;
const SUBMISSIONS = 300;

interface Worker {
  process: ChildProcess;
  log(): string;
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, NABLA_APP_ROOT: ROOT, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  return { process: child, log: () => log };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
}

/** SIGTERM, and SIGKILL if it is still there after 20 s (then the exit is not 0). */
async function terminate(child: ChildProcess) {
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const r = await done;
  clearTimeout(timer);
  return r;
}

let url: string;
const webs: RunningServer[] = [];
const workers: Worker[] = [];

beforeAll(async () => {
  await ensureBuilt();
  url = await newPostgresUrl();
}, 600_000);

afterAll(async () => {
  for (const w of workers) if (w.process.exitCode === null && w.process.signalCode === null) w.process.kill('SIGKILL');
  for (const s of webs) await s.stop();
});

describe('scale-out: two web processes, two workers, one of each killed mid-run', () => {
  it('every accepted submission has exactly one final report; the survivors stop cleanly', async () => {
    const env = {
      DATABASE_URL: url,
      NABLA_GRADING: 'queue',
      // A killed worker's jobs are retried 20 s after they started (plus up to one maintenance period).
      NABLA_QUEUE_EXPIRE_SECONDS: '20',
      NABLA_QUEUE_MAINTENANCE_SECONDS: '2',
      NABLA_HEARTBEAT_SECONDS: '1',
      NABLA_WORKERS: '1',
      // Every client comes from 127.0.0.1: the per-address bucket must hold them all.
      NABLA_ADDRESS_RATE_BURST: '10000',
    };
    // The first web process migrates the database; then the others.
    webs.push(await startServer(env));
    const [second] = await Promise.all([startServer(env), (async () => workers.push(startWorker(env), startWorker(env)))()]);
    webs.push(second);
    for (const w of webs) {
      let status = 0;
      for (let i = 0; i < 240 && status !== 200; i++) {
        status = (await fetch(`${w.url}/readyz`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status, `${workers.map((x) => x.log()).join('\n')}`).toBe(200);
    }

    const accounts: Account[] = [];
    for (let c = 0; c < CLIENTS; c++) accounts.push(await signUp(webs[c % 2].url, `scale${c}`));

    const t0 = performance.now();
    const alive = [true, true];
    const accepted = new Map<string, { kind: Kind; status?: string }>();
    const refused: number[] = [];
    let lost = 0;
    let answered = 0;
    let killed = false;
    const killMidRun = () => {
      if (killed) return;
      killed = true;
      workers[0].process.kill('SIGKILL');
      webs[1].process.kill('SIGKILL');
      alive[1] = false;
    };
    const client = async (c: number) => {
      for (let k = c; k < SUBMISSIONS; k += CLIENTS) {
        const { kind, exercise, source } = nth(k);
        // Alternating between the web processes (a load balancer), only live ones once one died.
        const live = alive.flatMap((a, i) => (a ? [i] : []));
        const web = webs[live[(c + (k - c) / CLIENTS) % live.length]];
        try {
          const r = await fetch(`${web.url}/api/grade`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: accounts[c].cookie, 'x-nabla-tab': `tab-scale-${c}` },
            body: JSON.stringify({ exercise, source, mode: 'submit' }),
          });
          const body = await r.json();
          if (r.status === 200 || r.status === 202) {
            expect(typeof body.submissionId).toBe('string');
            accepted.set(body.submissionId, { kind, status: r.status === 200 ? body.status : undefined });
          } else refused.push(r.status);
        } catch {
          lost++; // the web process died with the request: not accepted (its row may exist: checked below)
        }
        if (++answered === 100) killMidRun();
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    expect(killed).toBe(true);
    expect(refused, 'no refusals: the limits are set for the test').toEqual([]);

    // Wait until every stored row is graded (the killed worker's jobs are retried by the other).
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      let pending = -1;
      for (let i = 0; i < 240; i++) {
        pending = Number((await db.query(`select count(*) from submissions where status <> 'graded'`)).rows[0].count);
        if (pending === 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const seconds = (performance.now() - t0) / 1000;
      const rows = (
        await db.query<{
          id: string;
          source: string;
          status: string;
          verdict: string;
          report: any;
          grade_writes: number;
          grading_attempts: number;
          seed: string;
        }>('select id, source, status, verdict, report, grade_writes, grading_attempts, seed from submissions')
      ).rows;
      // Started more often than its lanes explain: taken again after the killed worker's expiry.
      const retried = rows.filter((r) => r.grading_attempts > (kindOf(r.source) === 'loop' ? 2 : 1)).length;
      console.log(
        `[scale-out] ${SUBMISSIONS} submissions from ${CLIENTS} clients over 2 web processes and 2 workers (one of each SIGKILLed mid-run): ` +
          `${accepted.size} accepted, ${lost} lost with the killed web process, ${rows.length} rows, ${retried} retried after the worker's death; ` +
          `all graded after ${seconds.toFixed(1)} s`,
      );
      // Nothing is left ungraded: whatever the killed worker held when it died (usually a job —
      // `retried` counts them — but the kill can land between two jobs) was taken again and
      // finished by the other worker, or its row would still be queued or grading here.
      expect(pending).toBe(0);

      const byId = new Map(rows.map((r) => [r.id, r]));
      // Every accepted submission: one row, graded once, as answered.
      for (const [id, a] of accepted) {
        const row = byId.get(id);
        expect(row, `accepted submission ${id} is stored`).toBeDefined();
        expect(row!.status).toBe('graded');
        if (a.status) expect(row!.verdict).toBe(a.status);
      }
      expect(accepted.size + lost).toBe(SUBMISSIONS);
      // Every row (also those whose web process died before answering): graded exactly once.
      for (const row of rows) {
        expect(row.status).toBe('graded');
        expect(row.grade_writes, `submission ${row.id} graded into the record once`).toBe(1);
        expect(row.report).toBeTruthy();
        expect(String(row.report.seed)).toBe(String(row.seed));
        const kind = kindOf(row.source);
        if (kind === 'correct') expect(row.verdict, `a correct submission passes (${row.id})`).toBe('pass');
        if (kind === 'wrong') expect(row.verdict).not.toBe('pass');
        if (kind === 'loop') {
          expect(row.verdict).not.toBe('pass');
          expect(JSON.stringify(row.report)).toMatch(/time limit/);
        }
        if (kind === 'bomb') expect(row.verdict).toBe('error');
      }
      expect(rows.length).toBeGreaterThanOrEqual(accepted.size);
      expect(rows.length).toBeLessThanOrEqual(SUBMISSIONS);
    } finally {
      await db.end();
    }

    // Unstored gradings (a guest's Run) come back through the queue too; refusals are as in-process.
    const guest = await fetch(`${webs[0].url}/api/grade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nabla-tab': 'tab-scale-guest' },
      body: JSON.stringify({ exercise: 'linear-predict', source: correct[0].source, mode: 'run' }),
    });
    expect(guest.status).toBe(200);
    expect((await guest.json()).status).toBe('pass');
    const big = await fetch(`${webs[0].url}/api/grade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: accounts[0].cookie },
      body: JSON.stringify({ exercise: 'linear-predict', source: 'x'.repeat(101 * 1024), mode: 'submit' }),
    });
    expect(big.status).toBe(413);

    // The survivors stop cleanly.
    const [web, worker] = await Promise.all([terminate(webs[0].process), terminate(workers[1].process)]);
    expect(web, webs[0].log()).toEqual({ code: 0, signal: null });
    expect(worker, workers[1].log()).toEqual({ code: 0, signal: null });
  }, 600_000);
});
