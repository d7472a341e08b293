// Accounts over HTTP against the built server, on PGlite and on PostgreSQL: sign-up, sign-in
// (one answer for every failure, rate limits in the database), sessions (cookie flags, a new id
// at sign-in, sign-out, sign-out everywhere, password change), ?next=, cross-site forms, hostile
// input, and a log that never holds a password.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, signIn, signUp } from './support/accounts';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';
import { newPostgresUrl } from './support/databases';

const GENERIC = 'Wrong username or password.';

interface Page {
  status: number;
  location?: string;
  setCookie: string[];
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request as a browser on this site makes it, without following redirects. */
function send(
  base: string,
  path: string,
  opts: { method?: string; cookie?: string; body?: Buffer; type?: string; origin?: string } = {},
): Promise<Page> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: opts.method ?? 'GET',
        headers: {
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          // A browser posting a form without JavaScript: it asks for HTML (without Accept,
          // SvelteKit answers a form action in JSON, status inside).
          accept: 'text/html,application/xhtml+xml',
          ...(opts.body
            ? { 'content-type': opts.type ?? 'application/x-www-form-urlencoded', 'content-length': opts.body.length, origin: opts.origin ?? base }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            setCookie: res.headers['set-cookie'] ?? [],
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** POST a form as a browser without JavaScript does, from this site unless `origin` says otherwise. */
function postForm(base: string, path: string, fields: Record<string, string>, cookie?: string, origin?: string): Promise<Page> {
  return send(base, path, { method: 'POST', body: Buffer.from(new URLSearchParams(fields).toString()), cookie, origin });
}

const sessionOf = (r: { setCookie: string[] }) => r.setCookie.map((c) => /^(nabla_session=[^;]+)/.exec(c)?.[1]).find((c) => c && !c.endsWith('='));

describe.each(['pglite', 'postgres'] as const)('accounts on %s', (kind) => {
  let server: RunningServer;
  let base: string;
  /** Every password sent to the server, to look for in its log at the end. */
  const passwords = new Set<string>();
  const up = async (name: string, password = `pw-${name}-${kind}-secret`) => {
    passwords.add(password);
    return signUp(base, name, password);
  };
  const inAs = async (name: string, password: string) => {
    passwords.add(password);
    return signIn(base, name, password);
  };
  const trySignIn = (username: string, password: string, cookie?: string, path = '/signin') => {
    passwords.add(password);
    return postForm(base, path, { username, password }, cookie);
  };
  const alive = async (a: Pick<Account, 'cookie'>) => (await send(base, '/account', { cookie: a.cookie })).status === 200;

  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer(kind === 'postgres' ? { DATABASE_URL: await newPostgresUrl() } : {});
    base = server.url;
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('signs up with an HttpOnly, SameSite=Lax session cookie, and shows the account', async () => {
    const res = await postForm(base, '/signup', { username: 'Ada', password: 'pw-Ada-secret' });
    passwords.add('pw-Ada-secret');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/');
    const cookie = res.setCookie.find((c) => c.startsWith('nabla_session='))!;
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    const page = await send(base, '/account', { cookie: sessionOf(res) });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ada');
    // The header links the name to the account page.
    expect(page.text).toMatch(/<a class="who[^"]*" href="\/account"[^>]*>Ada<\/a>/);
    // A taken name (in any case) is refused with a message.
    const again = await postForm(base, '/signup', { username: 'ADA', password: 'another-password' });
    passwords.add('another-password');
    expect(again.status).toBe(400);
    expect(again.text).toContain("The username 'ADA' is taken.");
  });

  it('signs in without regard to the case of the name', async () => {
    const grace = await up('Grace');
    const a = await inAs('grace', grace.password);
    const page = await send(base, '/account', { cookie: a.cookie });
    expect(page.text).toContain('Grace');
    expect(await alive(await inAs('GRACE', grace.password))).toBe(true);
  });

  it('answers a wrong password and an unknown name identically', async () => {
    await up('Known1');
    const wrong = await trySignIn('Known1', 'not-the-password');
    const unknown = await trySignIn('Nobody1', 'not-the-password');
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(wrong.text).toContain(GENERIC);
    expect(wrong.setCookie).toEqual(unknown.setCookie);
    expect(wrong.text.replaceAll('Known1', 'NAME')).toBe(unknown.text.replaceAll('Nobody1', 'NAME'));
  });

  it('limits failed sign-ins per name (429, same text, no password check), while another name still works', async () => {
    const target = await up('Target');
    const other = await up('Other');
    for (let i = 0; i < 5; i++) expect((await trySignIn('target', `guess-${i}-wrong`)).status).toBe(400);
    const limited = await trySignIn('Target', 'guess-5-wrong');
    expect(limited.status).toBe(429);
    expect(limited.text).toContain(GENERIC);
    // One token every 30 s; the five failures took a moment (a scrypt each), so a little less.
    const wait = Number(/try again in (\d+) s/.exec(limited.text)?.[1]);
    expect(wait).toBeGreaterThanOrEqual(15);
    expect(wait).toBeLessThanOrEqual(30);
    expect(limited.headers['retry-after']).toBe(String(wait));
    // Not even the right password is checked while the name is limited.
    const right = await trySignIn('Target', target.password);
    expect(right.status).toBe(429);
    expect(sessionOf(right)).toBeUndefined();
    // An unknown name is limited the same way: a 429 says nothing about whether a name exists.
    for (let i = 0; i < 5; i++) await trySignIn('Ghost', `guess-${i}-wrong`);
    const ghost = await trySignIn('Ghost', 'guess-5-wrong');
    expect(ghost.status).toBe(429);
    // (The seconds to wait may have ticked on meanwhile.)
    const same = (text: string, name: string) => text.replaceAll(name, 'NAME').replace(/\d+( s|\s*秒)/g, 'N$1');
    expect(same(ghost.text, 'Ghost')).toBe(same(limited.text, 'Target'));
    // Another name is not affected, and successful sign-ins cost nothing.
    for (let i = 0; i < 7; i++) expect(await alive(await inAs('Other', other.password))).toBe(true);
  });

  it('signs out: the session is gone from the server', async () => {
    const a = await up('Leaver');
    const res = await postForm(base, '/signout', {}, a.cookie);
    expect(res.status).toBe(303);
    expect(res.setCookie.some((c) => /^nabla_session=;/.test(c))).toBe(true);
    const after = await send(base, '/account', { cookie: a.cookie });
    expect(after.status).toBe(303);
    expect(after.location).toBe('/signin?next=%2Faccount');
  });

  it('signs out everywhere: every session of the user ends', async () => {
    const u = await up('Everywhere');
    const a = await inAs('Everywhere', u.password);
    const b = await inAs('Everywhere', u.password);
    const other = await up('Bystander');
    expect((await alive(a)) && (await alive(b))).toBe(true);
    const res = await postForm(base, '/account?/everywhere', {}, a.cookie);
    expect(res.status).toBe(303);
    expect(await alive(a)).toBe(false);
    expect(await alive(b)).toBe(false);
    expect(await alive(u)).toBe(false);
    expect(await alive(other)).toBe(true);
  });

  it('changes the password: the old one fails, other sessions end, this browser gets a fresh session', async () => {
    const u = await up('Changer');
    const other = await inAs('Changer', u.password);
    const fresh = 'a-brand-new-password';
    passwords.add(fresh);
    const mismatch = await postForm(base, '/account?/password', { current: u.password, password: fresh, confirm: fresh + 'x' }, u.cookie);
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('The new password and its confirmation differ.');
    const wrong = await postForm(base, '/account?/password', { current: 'not-my-password', password: fresh, confirm: fresh }, u.cookie);
    passwords.add('not-my-password');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('The current password is wrong.');
    const short = await postForm(base, '/account?/password', { current: u.password, password: 'short', confirm: 'short' }, u.cookie);
    expect(short.status).toBe(400);
    expect(short.text).toContain('A password needs at least 8 characters.');
    expect(await alive(other)).toBe(true);

    const res = await postForm(base, '/account?/password', { current: u.password, password: fresh, confirm: fresh }, u.cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Password changed.');
    const next = sessionOf(res)!;
    expect(next).toBeDefined();
    expect(next).not.toBe(u.cookie);
    expect(await alive({ cookie: next })).toBe(true);
    expect(await alive(u)).toBe(false);
    expect(await alive(other)).toBe(false);
    expect((await trySignIn('Changer', u.password)).status).toBe(400);
    expect(await alive(await inAs('Changer', fresh))).toBe(true);
  });

  it('gives a new session id at sign-in and deletes the one the browser had', async () => {
    const u = await up('Fixation');
    const res = await trySignIn('Fixation', u.password, u.cookie);
    expect(res.status).toBe(303);
    const next = sessionOf(res)!;
    expect(next).toBeDefined();
    expect(next).not.toBe(u.cookie);
    expect(await alive(u)).toBe(false);
    expect(await alive({ cookie: next })).toBe(true);
  });

  it('keeps ?next= through the forms, never to another site', async () => {
    const form = await send(base, '/signin?next=%2Faccount');
    expect(form.text).toMatch(/<form[^>]*action="\?next=%2Faccount"/);
    expect(form.text).toContain('href="/signup?next=%2Faccount"');
    expect(form.text).toMatch(/<label[^>]*>\s*Username\s*<input[^>]*name="username"/);
    const u = await up('Traveller');
    const go = async (next: string) =>
      (await postForm(base, `/signin?next=${encodeURIComponent(next)}`, { username: 'Traveller', password: u.password })).location;
    expect(await go('/account')).toBe('/account');
    for (const evil of ['//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example/', '/..//evil.example']) {
      expect(await go(evil)).toBe('/');
    }
    // Unencoded, as typed into a link.
    const raw = await postForm(base, '/signin?next=//evil.example', { username: 'Traveller', password: u.password });
    expect(raw.location).toBe('/');
    // Signing up keeps it too; a signed-in visitor of /signin goes straight there.
    const signUpNext = await postForm(base, '/signup?next=%2Faccount', { username: 'Newcomer', password: 'pw-Newcomer-secret' });
    passwords.add('pw-Newcomer-secret');
    expect(signUpNext.location).toBe('/account');
    const visit = await send(base, '/signin?next=%2F%2Fevil.example', { cookie: sessionOf(signUpNext) });
    expect(visit.status).toBe(303);
    expect(visit.location).toBe('/');
  });

  it('refuses a cross-site form post (403), and the session survives it', async () => {
    const u = await up('Victim');
    const res = await postForm(base, '/account?/everywhere', {}, u.cookie, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(await alive(u)).toBe(true);
    const signin = await postForm(base, '/signin', { username: 'Victim', password: u.password }, undefined, 'https://evil.example');
    expect(signin.status).toBe(403);
    expect(sessionOf(signin)).toBeUndefined();
  });

  describe('hostile input', () => {
    const names = [
      "' OR '1'='1",
      "robert'); DROP TABLE users;--",
      'admin" --',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'ab\0cd',
      'x'.repeat(100_000),
      '名字',
    ];
    const ok = (r: Page) => {
      expect(r.status).not.toBe(500);
      expect([400, 413]).toContain(r.status);
      expect(r.text).not.toContain('<script>alert(1)</script>');
      expect(r.text).not.toContain('<img src=x');
      expect(sessionOf(r)).toBeUndefined();
    };

    it('answers hostile usernames with a clear 400, escaped', async () => {
      for (const username of names) {
        const up = await postForm(base, '/signup', { username, password: 'a-fine-password' });
        ok(up);
        expect(up.text).toMatch(/A username is 2 to 32 letters|A username is required/);
        const inn = await postForm(base, '/signin', { username, password: 'a-fine-password' });
        ok(inn);
        expect(inn.text).toContain(GENERIC);
      }
      passwords.add('a-fine-password');
      // The tables are intact.
      const u = await up('StillHere');
      expect(await alive(await inAs('stillhere', u.password))).toBe(true);
    });

    it('answers 1 MB fields with 413 and long passwords with 400, never 500', async () => {
      const mb = 'p'.repeat(1 << 20);
      for (const path of ['/signup', '/signin']) {
        const bigName = await postForm(base, path, { username: 'y'.repeat(1 << 20), password: 'a-fine-password' });
        ok(bigName);
        expect(bigName.status).toBe(413);
        expect(bigName.text).toContain('The form is too large.');
        ok(await postForm(base, path, { username: 'BigPassword', password: mb }));
      }
      const long = 'q'.repeat(300_000);
      const upLong = await postForm(base, '/signup', { username: 'LongPassword', password: long });
      ok(upLong);
      expect(upLong.text).toContain('A password has at most 256 characters.');
      const inLong = await postForm(base, '/signin', { username: 'Ada', password: long });
      ok(inLong);
      expect(inLong.text).toContain(GENERIC);
      // A NUL in a password is refused at sign-up.
      const nul = await postForm(base, '/signup', { username: 'NulPassword', password: 'abc\0defghij' });
      ok(nul);
      expect(nul.text).toContain('A password cannot contain a NUL character.');
    });

    it('answers raw invalid UTF-8 and malformed bodies with 400', async () => {
      const bytes = Buffer.concat([Buffer.from('username=ab'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('&password=a-fine-password')]);
      for (const path of ['/signup', '/signin']) {
        const r = await send(base, path, { method: 'POST', body: bytes });
        ok(r);
        const pct = await send(base, path, { method: 'POST', body: Buffer.from('username=ab%FF%FE%C3%28&password=%FF%FE%FD%FC%FB%FA%F9%F8') });
        ok(pct);
        const multipart = await send(base, path, {
          method: 'POST',
          body: Buffer.from('--x\r\nContent-Disposition: form-data; name="username"\r\n\r\nab\xff\r\n--broken'),
          type: 'multipart/form-data; boundary=x',
        });
        ok(multipart);
      }
    });
  });

  it('never writes a password to the log', async () => {
    expect(passwords.size).toBeGreaterThan(10);
    const log = server.log();
    for (const p of passwords) expect(log.includes(p), `the log holds a password (${p.slice(0, 12)}…)`).toBe(false);
  });
});

describe('the per-address limit', () => {
  let server: RunningServer;
  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer({ NABLA_SIGNIN_ADDRESS_BURST: '4', NABLA_SIGNUP_ADDRESS_BURST: '3' });
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('limits failures from one address across names, and successes cost nothing', async () => {
    const u = await signUp(server.url, 'Legit');
    for (let i = 0; i < 6; i++) expect((await signIn(server.url, 'Legit', u.password)).cookie).toBeTruthy();
    for (let i = 0; i < 4; i++)
      expect((await postForm(server.url, '/signin', { username: `name${i}`, password: 'wrong-password' })).status).toBe(400);
    const limited = await postForm(server.url, '/signin', { username: 'Legit', password: u.password });
    expect(limited.status).toBe(429);
    expect(limited.text).toContain(GENERIC);
  });

  it('limits account creation per address', async () => {
    // 'Legit' above used one of the three.
    for (const name of ['second', 'third']) expect((await signUp(server.url, name)).cookie).toBeTruthy();
    const limited = await postForm(server.url, '/signup', { username: 'fourth', password: 'a-fine-password' });
    expect(limited.status).toBe(429);
    expect(limited.text).toContain('Too many accounts were created from your network');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });
});
