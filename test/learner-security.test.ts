// The learner's stored work over HTTP, attacked: another learner's submission ids and drafts
// (404, nothing revealed), guests (401), hostile code (stored and returned intact, or refused
// with a clear 4xx, never a 500); drafts with optimistic versions and conflicts; guest import.
// On PGlite and on PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Account } from './support/accounts';
import { DATABASE_KINDS, newPostgresUrl, ROOT } from './support/databases';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';

const reference = readFileSync(join(ROOT, 'reference/linear-predict/solution.js'), 'utf8');

interface Res {
  status: number;
  body: any;
  text: string;
}

async function call(base: string, method: string, path: string, cookie?: string, body?: unknown, raw?: Uint8Array | string): Promise<Res> {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
      'x-nabla-tab': 'tab-sec',
    },
    body: (raw as BodyInit | undefined) ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

beforeAll(async () => {
  await ensureBuilt();
}, 600_000);

describe.each(DATABASE_KINDS)('on %s', (kind) => {
  let server: RunningServer;
  let a: Account;
  let b: Account;
  let base: string;
  const submit = (who: Account | undefined, source: string, raw?: Uint8Array) =>
    call(base, 'POST', '/api/grade', who?.cookie, raw ? undefined : { exercise: 'linear-predict', source, mode: 'submit' }, raw);

  beforeAll(async () => {
    server = await startServer({
      NABLA_RATE_BURST: '1000',
      NABLA_RATE_PER_SECOND: '1000',
      ...(kind === 'postgres' ? { DATABASE_URL: await newPostgresUrl() } : {}),
    });
    base = server.url;
    a = await signUp(base, 'alice');
    b = await signUp(base, 'bob');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it("learners cannot see each other's submissions (404, the same as none)", async () => {
    const mine = await submit(a, reference);
    expect(mine.status).toBe(200);
    const id = mine.body.submissionId as string;
    const own = await call(base, 'GET', `/api/submissions/${id}`, a.cookie);
    expect(own.status).toBe(200);
    expect(own.body.source).toBe(reference);
    expect(own.body.verdict).toBe('pass');
    expect(own.body.score).toBe(1);
    const theirs = await call(base, 'GET', `/api/submissions/${id}`, b.cookie);
    const none = await call(base, 'GET', `/api/submissions/${randomUUID()}`, b.cookie);
    const junk = await call(base, 'GET', `/api/submissions/${encodeURIComponent("1' or '1'='1")}`, b.cookie);
    expect([theirs.status, none.status, junk.status]).toEqual([404, 404, 404]);
    expect(theirs.body).toEqual(none.body);
    expect(theirs.text).not.toContain('predict');
    const list = await call(base, 'GET', '/api/submissions?exercise=linear-predict', b.cookie);
    expect(list.status).toBe(200);
    expect(list.body.submissions.map((s: { id: string }) => s.id)).not.toContain(id);
    const aList = await call(base, 'GET', '/api/submissions?exercise=linear-predict', a.cookie);
    expect(aList.body.submissions[0]).toMatchObject({ id, status: 'graded', verdict: 'pass', score: 1 });
    expect(aList.body.submissions[0]).not.toHaveProperty('source');
  });

  it('a stored report is redacted like the graded one', async () => {
    const noBias = readFileSync(join(ROOT, 'reference/linear-predict/mistakes/no-bias.js'), 'utf8');
    const r = await submit(a, noBias);
    const s = await call(base, 'GET', `/api/submissions/${r.body.submissionId}`, a.cookie);
    expect(s.body.report.mistake.id).toBe('no-bias');
    expect(s.body.mistake).toBe('no-bias');
    for (const c of s.body.report.checks) if (c.kind !== 'example') expect(c).not.toHaveProperty('expected');
  });

  it("drafts are each learner's own", async () => {
    const put = await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source: '// alice was here', baseVersion: null });
    expect(put.status).toBe(200);
    const bobs = await call(base, 'GET', '/api/drafts/linear-predict', b.cookie);
    expect(bobs.status).toBe(200);
    expect(bobs.body.draft).toBeNull();
    expect(bobs.text).not.toContain('alice');
    expect((await call(base, 'GET', '/api/drafts/no-such-exercise', b.cookie)).status).toBe(404);
    expect((await call(base, 'GET', '/api/drafts/..%2F..%2Fetc', b.cookie)).status).toBe(404);
  });

  it('guests get 401 from the JSON APIs', async () => {
    const id = randomUUID();
    const statuses = await Promise.all([
      call(base, 'GET', '/api/submissions?exercise=linear-predict'),
      call(base, 'GET', `/api/submissions/${id}`),
      call(base, 'GET', '/api/drafts/linear-predict'),
      call(base, 'PUT', '/api/drafts/linear-predict', undefined, { source: 'x', baseVersion: null }),
      call(base, 'GET', '/api/progress'),
      call(base, 'POST', '/api/import', undefined, { progress: {}, drafts: {} }),
    ]);
    expect(statuses.map((s) => s.status)).toEqual([401, 401, 401, 401, 401, 401]);
    for (const s of statuses) expect(s.body.error).toMatch(/sign in/);
    // Guests still grade (nothing stored).
    const g = await submit(undefined, reference);
    expect(g.status).toBe(200);
    expect(g.body.submissionId).toBeUndefined();
  });

  it('hostile code is stored and returned intact, or refused with a clear 4xx', async () => {
    const hostile = [
      "export function predict(X, w, b) { return []; } // '); DROP TABLE submissions; --",
      'export function predict(X, w, b) { return []; } /* <script>alert(1)</script> */ const s = "</script><img src=x onerror=alert(1)>";',
      'export function predict(X, w, b) { console.log("nul: \\u0000 and a lone \\ud800"); return []; }',
      'export function predict(X, w, b) { return []; } // ☃ 𝛁 中文',
    ];
    for (const source of hostile) {
      const r = await submit(a, source);
      expect(r.status, r.text).toBe(200);
      const s = await call(base, 'GET', `/api/submissions/${r.body.submissionId}`, a.cookie);
      expect(s.status).toBe(200);
      expect(s.body.source).toBe(source);
      expect(s.body.status).toBe('graded');
      const d = await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source, baseVersion: null });
      expect([200, 409]).toContain(d.status);
    }
    // NUL cannot be stored by PostgreSQL: a clear 400 (for the draft too).
    const nul = await submit(a, 'export function predict() {}\0');
    expect(nul.status).toBe(400);
    expect(nul.body.error).toMatch(/NUL/);
    const nulDraft = await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source: 'x\0y', baseVersion: null });
    expect(nulDraft.status).toBe(400);
    // Bytes that are not UTF-8 arrive as U+FFFD, stored as such.
    const bytes = Buffer.concat([
      Buffer.from('{"exercise":"linear-predict","mode":"submit","source":"export function predict(X, w, b) { return []; } // '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}'),
    ]);
    const bad = await submit(a, '', new Uint8Array(bytes));
    expect(bad.status, bad.text).toBe(200);
    const badStored = await call(base, 'GET', `/api/submissions/${bad.body.submissionId}`, a.cookie);
    expect(badStored.body.source).toMatch(/\/\/ \uFFFD+$/);
    // Just over 100 KB: 413 for a submission and a draft.
    const big = reference + '\n//' + 'x'.repeat(100 * 1024 - reference.length);
    const tooBig = await submit(a, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toMatch(/100 KB/);
    const tooBigDraft = await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source: big, baseVersion: null });
    expect(tooBigDraft.status).toBe(413);
    // Bodies that are not what the API takes.
    expect((await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, undefined, '{nope')).status).toBe(400);
    expect((await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source: 3 })).status).toBe(400);
    expect((await call(base, 'PUT', '/api/drafts/linear-predict', a.cookie, { source: 'x', baseVersion: 'one' })).status).toBe(400);
    expect((await call(base, 'GET', '/api/submissions?exercise=' + encodeURIComponent("x' or 1=1 --"), a.cookie)).status).toBe(400);
  });

  it('drafts: optimistic versions, a conflict keeps both copies', async () => {
    const c = await signUp(base, 'carol');
    const first = await call(base, 'PUT', '/api/drafts/adam', c.cookie, { source: 'v1', baseVersion: null });
    expect(first.status).toBe(200);
    expect(first.body.draft.version).toBe(1);
    const second = await call(base, 'PUT', '/api/drafts/adam', c.cookie, { source: 'v2 laptop', baseVersion: 1 });
    expect(second.body.draft.version).toBe(2);
    // Another device still on version 1.
    const stale = await call(base, 'PUT', '/api/drafts/adam', c.cookie, { source: 'v2 desktop', baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.draft).toMatchObject({ source: 'v2 laptop', version: 2 });
    const got = await call(base, 'GET', '/api/drafts/adam', c.cookie);
    expect(got.body.draft.source).toBe('v2 laptop');
    expect(got.body.conflicts.map((x: { source: string }) => x.source)).toContain('v2 desktop');
    // The learner keeps theirs: saved over the version they now know; conflicts resolved.
    const keep = await call(base, 'PUT', '/api/drafts/adam', c.cookie, { source: 'v2 desktop', baseVersion: 2, resolved: true });
    expect(keep.body.draft).toMatchObject({ source: 'v2 desktop', version: 3 });
    expect((await call(base, 'GET', '/api/drafts/adam', c.cookie)).body.conflicts).toEqual([]);
  });

  it('guest import: progress never downgraded, a different server draft kept, bad input 400', async () => {
    const d = await signUp(base, 'dave');
    await call(base, 'PUT', '/api/drafts/adam', d.cookie, { source: 'server copy', baseVersion: null });
    const imp = await call(base, 'POST', '/api/import', d.cookie, {
      progress: { 'linear-predict': 'solved', adam: 'attempted' },
      drafts: { adam: 'guest copy', 'linear-predict': '// guest draft' },
    });
    expect(imp.status, imp.text).toBe(200);
    expect(imp.body.imported).toEqual({ progress: 2, drafts: 1, conflicts: 1 });
    const again = await call(base, 'POST', '/api/import', d.cookie, { progress: { 'linear-predict': 'attempted' }, drafts: {} });
    expect(again.status).toBe(200);
    const p = await call(base, 'GET', '/api/progress', d.cookie);
    expect(p.body.progress).toEqual({ 'linear-predict': 'solved', adam: 'attempted' });
    const adam = await call(base, 'GET', '/api/drafts/adam', d.cookie);
    expect(adam.body.draft.source).toBe('server copy');
    expect(adam.body.conflicts.map((x: { source: string }) => x.source)).toEqual(['guest copy']);
    expect((await call(base, 'GET', '/api/drafts/linear-predict', d.cookie)).body.draft.source).toBe('// guest draft');

    const bad = [
      { progress: { 'no-such': 'solved' }, drafts: {} },
      { progress: { 'linear-predict': 'mastered' }, drafts: {} },
      { progress: {}, drafts: { 'linear-predict': 42 } },
      { progress: [], drafts: {} },
      { progress: { '../x': 'solved' } },
    ];
    for (const body of bad) {
      const r = await call(base, 'POST', '/api/import', d.cookie, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error).toBeTruthy();
    }
    const huge = await call(base, 'POST', '/api/import', d.cookie, { progress: {}, drafts: { adam: 'x'.repeat(101 * 1024) } });
    expect(huge.status).toBe(413);
  });

  it('progress comes from submissions: solved by a pass, attempted by any', async () => {
    const p = await call(base, 'GET', '/api/progress', a.cookie);
    expect(p.body.progress['linear-predict']).toBe('solved');
    const e = await signUp(base, 'erin');
    await submit(e, 'export function predict() { return []; }');
    expect((await call(base, 'GET', '/api/progress', e.cookie)).body.progress).toEqual({ 'linear-predict': 'attempted' });
  });

  it('the server logged no failure', () => {
    expect(server.log()).not.toMatch(/API failure|grading failed/);
  });
});
