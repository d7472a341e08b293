// Nothing lost: signed-in learners' submissions are stored `queued` before grading; a server
// killed (SIGKILL) while grading them grades what was left at its next start, on the same data.
// Every submission the client saw an id for, and every row in the database, ends `graded` with
// a report. On PGlite (the embedded database must survive SIGKILL) and on PostgreSQL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { submissions } from '../src/lib/server/db/schema';
import { loadExercise } from '../src/lib/server/exercises';
import { signUp } from './support/accounts';
import { DATABASE_KINDS, newPostgresUrl, ROOT } from './support/databases';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
// Every known mistake as a learner's whole file (edits of the solution rebuilt by the loader).
const mistakesOf = async (id: string) => (await loadExercise(id, ROOT)).mistakes.map((m) => m.source);

const SOURCES: { exercise: string; source: string }[] = [
  { exercise: 'linear-predict', source: read('reference/linear-predict/solution.js') },
  ...(await mistakesOf('linear-predict')).map((source) => ({ exercise: 'linear-predict', source })),
  { exercise: 'linear-predict', source: 'export function predict(X, w, b) { return X.map(() => 0); }' },
  { exercise: 'adam', source: read('reference/adam/solution.js') },
  ...(await mistakesOf('adam')).map((source) => ({ exercise: 'adam', source })),
];

interface Sent {
  status: number;
  body: any;
}

function submit(base: string, cookie: string, exercise: string, source: string, tab: string): Promise<Sent> {
  return fetch(`${base}/api/grade`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-nabla-tab': tab },
    body: JSON.stringify({ exercise, source, mode: 'submit' }),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

beforeAll(async () => {
  await ensureBuilt();
}, 600_000);

const CASES = DATABASE_KINDS.flatMap((kind) => (['SIGKILL', 'SIGTERM'] as const).map((signal) => ({ kind, signal })));

describe.each(CASES)('on $kind, $signal', ({ kind, signal }) => {
  let env: Record<string, string>;
  let dataDir: string | undefined;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    if (kind === 'postgres') env = { DATABASE_URL: await newPostgresUrl() };
    else {
      dataDir = mkdtempSync(join(tmpdir(), 'nabla-durable-'));
      env = { NABLA_DATA_DIR: dataDir };
    }
    // SIGTERM: in-flight requests get 2 s, then what is not done stays queued for the next start.
    if (signal === 'SIGTERM') env.SHUTDOWN_TIMEOUT = '2';
  });

  afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a server stopped while grading grades every stored submission at its next start', async () => {
    server = await startServer(env);
    const learners = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(server!.url, `durable${i}`)));
    const seen = new Map<string, { exercise: string; status: string }>();
    let answered = 0;
    let killed = false;
    const first = server;
    const sends = Array.from({ length: 20 }, (_, i) => {
      const { exercise, source } = SOURCES[i % SOURCES.length];
      return submit(first.url, learners[i % learners.length].cookie, exercise, source, `tab-durable-${i}`).then(
        (r) => {
          if (signal === 'SIGTERM' && r.status === 503) return; // refused while shutting down
          expect(r.status, JSON.stringify(r.body)).toBe(200);
          expect(typeof r.body.submissionId).toBe('string');
          seen.set(r.body.submissionId, { exercise, status: r.body.status });
          if (++answered >= 3 && !killed) {
            killed = true;
            first.process.kill(signal);
          }
        },
        () => undefined, // the connection died with the server
      );
    });
    await Promise.all(sends);
    expect(killed).toBe(true);
    await new Promise<void>((r) =>
      first.process.exitCode !== null || first.process.signalCode !== null ? r() : first.process.once('exit', () => r()),
    );
    if (signal === 'SIGKILL') expect(first.process.signalCode).toBe('SIGKILL');
    expect(seen.size).toBeGreaterThanOrEqual(3);

    // Same data, new process: the rows left queued/grading are graded in the background.
    server = await startServer(env);
    const base = server.url;
    const deadline = Date.now() + 90_000;
    let pending = Infinity;
    let rowsSeen = 0;
    while (Date.now() < deadline) {
      pending = 0;
      rowsSeen = 0;
      for (const l of learners) {
        for (const ex of ['linear-predict', 'adam']) {
          const r = await fetch(`${base}/api/submissions?exercise=${ex}`, { headers: { cookie: l.cookie } });
          expect(r.status).toBe(200);
          const { submissions: list } = (await r.json()) as { submissions: { status: string }[] };
          rowsSeen += list.length;
          pending += list.filter((s) => s.status !== 'graded').length;
        }
      }
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(pending).toBe(0);
    if (signal === 'SIGKILL') {
      // Some submissions were stored but not answered when the server died.
      expect(rowsSeen).toBeGreaterThan(seen.size);
      expect(server.log()).toMatch(/graded \d+ submission\(s\) left ungraded/);
    }

    // Every id the client saw is graded with a report, as answered (same seed: same verdict).
    const owner = new Map<string, string>();
    for (const l of learners) {
      for (const ex of ['linear-predict', 'adam']) {
        const { submissions: list } = (await (await fetch(`${base}/api/submissions?exercise=${ex}`, { headers: { cookie: l.cookie } })).json()) as {
          submissions: { id: string }[];
        };
        for (const s of list) owner.set(s.id, l.cookie);
      }
    }
    for (const [id, sent] of seen) {
      const cookie = owner.get(id);
      expect(cookie, `submission ${id} is stored`).toBeDefined();
      const r = await fetch(`${base}/api/submissions/${id}`, { headers: { cookie: cookie! } });
      const s = await r.json();
      expect(s.status).toBe('graded');
      expect(s.verdict).toBe(sent.status);
      expect(s.report.checks.length).toBeGreaterThan(0);
    }

    // Every row in the database.
    await server.stop();
    server = undefined;
    const db = await openDatabase(kind === 'postgres' ? { url: env.DATABASE_URL, appRoot: ROOT } : { dataDir, appRoot: ROOT });
    try {
      const rows = await db.db.select().from(submissions);
      expect(rows.length).toBe(rowsSeen);
      for (const row of rows) {
        expect(row.status).toBe('graded');
        expect(row.verdict).toMatch(/^(pass|fail|error)$/);
        expect(row.report).toBeTruthy();
        expect(row.gradedAt).toBeTruthy();
        expect(row.contentVersion).toMatch(/^[0-9a-f]{16}$/);
        expect((row.report as { seed: number }).seed).toBe(row.seed);
      }
      expect(rows.some((r) => r.verdict === 'pass')).toBe(true);
      expect(rows.some((r) => r.verdict === 'fail')).toBe(true);
    } finally {
      await db.close();
    }
  }, 240_000);
});
