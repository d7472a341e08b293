// Courses over HTTP against the built server on PostgreSQL: an instructor creates a course,
// learners join, submissions (inserted in the same database, with real reports) show in the
// gradebook, the CSVs, the learner's submissions and the statistics, and the regrade button
// works. Every access rule is a test: learners 403, guests to /signin, other instructors 404,
// bad ids 404, hostile titles escaped or refused.
import { request } from 'node:http';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/server/auth/password';
import { type Database, openDatabase } from '../src/lib/server/db';
import { courses, enrollments, users } from '../src/lib/server/db/schema';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';
import { addSubmission, gradeSources, ROOT, type Graded } from './support/course-data';
import { signIn, signUp, type Account } from './support/accounts';
import { newPostgresUrl } from './support/databases';
import { GradingPool } from '../src/lib/server/pool';

const EX = 'linear-predict';
let server: RunningServer;
let database: Database;
let base: string;
let graded: Record<string, Graded>;
let teach1: Account;
let teach2: Account;
let ann: Account;
let bob: Account;
let courseId: number;
let joinCode: string;
let annId: number;

async function instructor(name: string): Promise<Account> {
  const password = `pw-${name}-secret`;
  await database.db.insert(users).values({ username: name, role: 'instructor', passwordHash: await hashPassword(password) });
  return signIn(base, name, password);
}

async function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const r = await fetch(base + path, { headers: { ...(cookie ? { cookie } : {}), ...headers }, redirect: 'manual' });
  return { status: r.status, location: r.headers.get('location'), type: r.headers.get('content-type') ?? '', text: await r.text() };
}

/** A form POST as a browser sends it (Origin, Accept: text/html), the body exactly as given. */
function postRaw(path: string, body: Buffer | string, cookie?: string): Promise<{ status: number; location?: string; text: string }> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, base),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': bytes.length,
          accept: 'text/html',
          origin: base,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, text }));
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

/** A form (fields in order; repeated names allowed) posted as a browser does. */
function post(path: string, fields: Record<string, string> | [string, string][], cookie?: string) {
  return postRaw(path, new URLSearchParams(fields).toString(), cookie);
}

beforeAll(async () => {
  await ensureBuilt(); // first: a build beside grading starves both on a small machine
  const pool = new GradingPool({ size: 1, root: ROOT });
  try {
    graded = await gradeSources(pool, EX, ['no-bias']);
  } finally {
    await pool.close();
  }
  const url = await newPostgresUrl();
  server = await startServer({ DATABASE_URL: url });
  base = server.url;
  database = await openDatabase({ url, appRoot: ROOT });
  teach1 = await instructor('teach1');
  teach2 = await instructor('teach2');
  ann = await signUp(base, 'ann');
  bob = await signUp(base, 'bob');
  annId = (await database.db.select().from(users).where(eq(users.username, 'ann')))[0].id;
}, 600_000);

afterAll(async () => {
  await database?.close();
  await server?.stop();
});

describe('a course from creation to regrade', () => {
  it('the instructor creates a course with chapter 1 and a deadline; the links are in the header', async () => {
    const due = '2026-03-01T12:00:00.000Z';
    const r = await post('/teach/new', { title: 'ML 101', chapter: '1', due_1: due }, teach1.cookie);
    expect(r.status).toBe(303);
    const m = /^\/teach\/courses\/(\d+)$/.exec(r.location ?? '');
    expect(m).not.toBeNull();
    courseId = Number(m![1]);
    const [c] = await database.db.select().from(courses).where(eq(courses.id, courseId));
    joinCode = c.joinCode;
    const page = await get(`/teach/courses/${courseId}`, teach1.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain(joinCode);
    expect(page.text).toContain(`/join/${joinCode}`);
    expect(page.text).toContain(`datetime="${due}"`);
    expect(page.text).toContain('href="/teach"');
    expect((await get('/teach', teach1.cookie)).text).toContain('ML 101');
    expect((await get('/', ann.cookie)).text).toContain('href="/courses"');
    expect((await get('/', ann.cookie)).text).not.toContain('href="/teach"');
  });

  it('the instructor edits it: single exercises in catalog order, the deadline kept', async () => {
    const body = new URLSearchParams([
      ['title', 'ML 101 (spring)'],
      ['exercise', 'mse-cost'],
      ['exercise', EX],
      ['exercise', 'not-an-exercise'],
      ['due_1', '2026-03-01T12:00:00.000Z'],
    ]);
    const r = await postRaw(`/teach/courses/${courseId}/edit`, body.toString(), teach1.cookie);
    expect(r.status).toBe(303);
    const page = await get(`/teach/courses/${courseId}`, teach1.cookie);
    expect(page.text).toContain('ML 101 (spring)');
    const cols = [...page.text.matchAll(/href="\/teach\/courses\/\d+\/exercises\/([a-z0-9-]+)"/g)].map((x) => x[1]);
    expect(cols).toEqual([EX, 'mse-cost']);
  });

  it('learners join by link and by code; several courses; their course page', async () => {
    const other = await post('/teach/new', { title: 'Other course', chapter: '2' }, teach1.cookie);
    const otherId = Number(/(\d+)$/.exec(other.location!)![1]);
    const [oc] = await database.db.select().from(courses).where(eq(courses.id, otherId));

    const join = await get(`/join/${joinCode}`, ann.cookie);
    expect(join.status).toBe(200);
    expect(join.text).toContain('ML 101 (spring)');
    const j = await post(`/join/${joinCode}`, {}, ann.cookie);
    expect(j).toMatchObject({ status: 303, location: `/courses/${courseId}` });
    const typed = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`;
    expect(await post('/courses?/join', { code: typed }, bob.cookie)).toMatchObject({ status: 303, location: `/courses/${courseId}` });
    expect((await post('/courses?/join', { code: 'ZZZZZZZZ' }, bob.cookie)).status).toBe(404);
    expect((await post('/courses?/join', { code: "'; drop table courses;--" }, bob.cookie)).status).toBe(400);
    await post(`/join/${oc.joinCode}`, {}, ann.cookie);
    const list = await get('/courses', ann.cookie);
    expect(list.text).toContain('ML 101 (spring)');
    expect(list.text).toContain('Other course');
    const mine = await get(`/courses/${courseId}`, ann.cookie);
    expect(mine.status).toBe(200);
    expect(mine.text).toContain(`href="/exercise/${EX}"`);
    expect(mine.text).toContain('Not started');
    // bob did not join the other course: it does not exist for him.
    expect((await get(`/courses/${otherId}`, bob.cookie)).status).toBe(404);
    // Guests are asked to sign in first.
    expect(await get(`/join/${joinCode}`)).toMatchObject({ status: 303, location: `/signin?next=${encodeURIComponent(`/join/${joinCode}`)}` });
  });

  it('submissions show in the gradebook, the learner page, the CSVs and the statistics', async () => {
    const bobId = (await database.db.select().from(users).where(eq(users.username, 'bob')))[0].id;
    // A learner whose name a spreadsheet would read as a formula (inserted: sign-up refuses it).
    const [evil] = await database.db.insert(users).values({ username: '=HYPERLINK("http://x","y")', passwordHash: 'x' }).returning();
    await database.db.insert(enrollments).values({ courseId, userId: evil.id });
    const t = (h: number) => new Date(Date.UTC(2026, 2, 1, 12) + h * 3_600_000);
    await addSubmission(database.db, { userId: annId, exercise: EX, graded: graded['no-bias'], at: t(-2), contentVersion: 'old' });
    await addSubmission(database.db, { userId: annId, exercise: EX, graded: graded.solution, at: t(-1), contentVersion: 'old' });
    await addSubmission(database.db, { userId: bobId, exercise: EX, graded: graded['no-bias'], at: t(1), contentVersion: 'old' });
    await addSubmission(database.db, { userId: evil.id, exercise: EX, graded: graded.solution, at: t(3), contentVersion: 'old' });

    const book = await get(`/teach/courses/${courseId}`, teach1.cookie);
    expect(book.text).toMatch(/<th scope="row"[^>]*>ann<\/th>/);
    expect(book.text).toMatch(/<th scope="col"[^>]*>Learner<\/th>/);
    expect(book.text).toMatch(/<caption[^>]*>Gradebook:/);
    expect(book.text).toContain(`href="/teach/courses/${courseId}/learners/${annId}/${EX}"`);
    expect(book.text).toContain('100%');
    expect(book.text).toContain('late');

    const sub = await get(`/teach/courses/${courseId}/learners/${annId}/${EX}`, teach1.cookie);
    expect(sub.status).toBe(200);
    expect((sub.text.match(/data-testid="submission"/g) ?? []).length).toBe(2);
    expect(sub.text).toContain('no-bias');
    expect(sub.text).toContain('graded against older content');

    const csv = await get(`/teach/courses/${courseId}/gradebook.csv`, teach1.cookie);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(`learner,${EX},mse-cost,solved`);
    expect(lines).toContain(`ann,1,,1`);
    expect(lines).toContain(`"'=HYPERLINK(""http://x"",""y"")",1,,1`);

    const long = await get(`/teach/courses/${courseId}/submissions.csv`, teach1.cookie);
    const rows = long.text.trim().split('\r\n');
    expect(rows[0]).toBe('learner,exercise,time,verdict,score,passed,total,mistake,late,content_version');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatch(new RegExp(`^ann,${EX},2026-03-01T10:00:00.000Z,fail,[0-9.]+,\\d+,\\d+,no-bias,false,old$`));
    expect(rows.find((r) => r.startsWith('bob'))).toMatch(/,true,old$/);

    const stats = await get(`/teach/courses/${courseId}/exercises/${EX}`, teach1.cookie);
    expect(stats.status).toBe(200);
    expect(stats.text).toMatch(/data-testid="attempted"[^>]*>3 \/ 3</);
    expect(stats.text).toMatch(/data-testid="pass-rate"[^>]*>67%</);
    expect(stats.text).toContain('<code>no-bias</code>');
    expect(stats.text).toContain(graded['no-bias'].report.mistake!.hint.en.slice(0, 30));
    expect(stats.text).toContain('data-testid="outdated"');
    const zh = await get(`/teach/courses/${courseId}/exercises/${EX}`, `${teach1.cookie}; nabla_lang=zh`);
    expect(zh.text).toContain(graded['no-bias'].report.mistake!.hint.zh!.slice(0, 10));
  });

  it('the regrade button regrades the course in the server and shows the summary; earlier reports stay viewable', async () => {
    const r = await post(`/teach/courses/${courseId}/exercises/${EX}?/regrade`, {}, teach1.cookie);
    expect(r.status).toBe(200);
    expect(r.text).toContain('data-testid="regrade-summary"');
    expect(r.text).toMatch(/data-testid="regraded"[^>]*>4</);
    const stats = await get(`/teach/courses/${courseId}/exercises/${EX}`, teach1.cookie);
    expect(stats.text).not.toContain('data-testid="outdated"');
    expect(stats.text).toContain('Past regrades');
    expect(stats.text).toContain('teach1');
    const sub = await get(`/teach/courses/${courseId}/learners/${annId}/${EX}`, teach1.cookie);
    expect(sub.text).toContain('Earlier report');
    // A learner cannot start one.
    expect((await post(`/teach/courses/${courseId}/exercises/${EX}?/regrade`, {}, ann.cookie)).status).toBe(403);
  });
});

describe('access', () => {
  const pages = () => [
    '/teach',
    '/teach/new',
    `/teach/courses/${courseId}`,
    `/teach/courses/${courseId}/edit`,
    `/teach/courses/${courseId}/gradebook.csv`,
    `/teach/courses/${courseId}/submissions.csv`,
    `/teach/courses/${courseId}/learners/${annId}/${EX}`,
    `/teach/courses/${courseId}/exercises/${EX}`,
  ];

  it('instructor pages and CSVs: 403 for learners, sign-in for guests', async () => {
    for (const p of pages()) {
      expect((await get(p, ann.cookie)).status, p).toBe(403);
      const guest = await get(p);
      expect(guest.status, p).toBe(303);
      expect(guest.location, p).toBe(`/signin?next=${encodeURIComponent(p)}`);
    }
    expect((await post('/teach/new', { title: 'x', chapter: '1' }, ann.cookie)).status).toBe(403);
  });

  it("another instructor's course is 404, pages, CSVs and actions alike", async () => {
    for (const p of pages().slice(2)) expect((await get(p, teach2.cookie)).status, p).toBe(404);
    expect((await post(`/teach/courses/${courseId}/edit`, { title: 'mine now', chapter: '1' }, teach2.cookie)).status).toBe(404);
    expect((await post(`/teach/courses/${courseId}/exercises/${EX}?/regrade`, {}, teach2.cookie)).status).toBe(404);
    expect((await get('/teach', teach2.cookie)).text).not.toContain('ML 101');
    // …and for a learner it is not theirs either unless they joined.
    expect((await get(`/courses/${courseId}`, teach2.cookie)).status).toBe(404);
  });

  it('unknown or invalid ids are 404, not 500', async () => {
    const bad = [
      '/teach/courses/999999',
      '/teach/courses/abc',
      '/teach/courses/0',
      '/teach/courses/99999999999999999999',
      '/teach/courses/-1/gradebook.csv',
      `/teach/courses/${courseId}/learners/abc/${EX}`,
      `/teach/courses/${courseId}/learners/999999/${EX}`,
      `/teach/courses/${courseId}/learners/${annId}/no-such-exercise`,
      `/teach/courses/${courseId}/learners/${annId}/sigmoid`,
      `/teach/courses/${courseId}/learners/${annId}/..%2f..%2fetc`,
      `/teach/courses/${courseId}/exercises/no-such-exercise`,
      `/teach/courses/${courseId}/exercises/${encodeURIComponent("x' or 1=1")}`,
      '/courses/abc',
      '/courses/999999',
      '/join/ABC',
      '/join/ZZZZZZZZ',
    ];
    for (const p of bad) expect((await get(p, teach1.cookie)).status, p).toBe(404);
    expect((await get('/courses/999999', ann.cookie)).status).toBe(404);
  });

  it('hostile titles are stored and shown escaped, or refused with a clear 400', async () => {
    const sqlTitle = "Robert'); DROP TABLE courses; --";
    const script = '<script>alert("pwned")</script>';
    for (const title of [sqlTitle, script]) {
      const r = await post('/teach/new', { title, chapter: '1' }, teach1.cookie);
      expect(r.status).toBe(303);
      const page = await get(r.location!, teach1.cookie);
      expect(page.status).toBe(200);
      if (title === script) {
        expect(page.text).not.toContain(script);
        expect(page.text).toContain('&lt;script>alert("pwned")&lt;/script>');
      } else expect(page.text).toContain(`<h1>${sqlTitle}</h1>`);
    }
    const nul = await post('/teach/new', { title: 'a\u0000b', chapter: '1' }, teach1.cookie);
    expect(nul.status).toBe(400);
    expect(nul.text).toContain('control characters');
    const invalid = await postRaw('/teach/new', Buffer.from('title=caf%C3%28%FF&chapter=1'), teach1.cookie);
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('not valid UTF-8');
    const long = await post('/teach/new', { title: 'x'.repeat(300), chapter: '1' }, teach1.cookie);
    expect(long.status).toBe(400);
    expect(long.text).toContain('too long');
    // 1 MB: over the server's body size limit, refused with 400 and a clear word (not echoed back).
    const huge = await post('/teach/new', { title: 'x'.repeat(1 << 20), chapter: '1' }, teach1.cookie);
    expect(huge.status).toBe(400);
    expect(huge.text).toContain('too large');
    expect(huge.text.length).toBeLessThan(200_000);
    const hugeEdit = await post(`/teach/courses/${courseId}/edit`, { title: 'x'.repeat(1 << 20), chapter: '1' }, teach1.cookie);
    expect(hugeEdit.status).toBe(400);
    const titles = (await database.db.select({ title: courses.title }).from(courses)).map((c) => c.title);
    expect(titles).toContain(sqlTitle);
    expect(titles.some((t) => t.includes('\u0000') || t.length > 200)).toBe(false);
    expect((await get('/healthz')).status).toBe(200);
  });
});
