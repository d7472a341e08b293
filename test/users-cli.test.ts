// npm run users as an operator runs it, against an embedded data folder and a PostgreSQL server:
// the first instructor with a piped password signs in through the server; a generated password is
// printed once; a taken name, a locked folder and bad usage fail clearly with their exit codes.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn } from './support/accounts';
import { ensureBuilt, ROOT, startServer, type RunningServer } from './browser/server';
import { newPostgresUrl } from './support/databases';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the command; `input` is piped to stdin, without it stdin is empty (not a terminal). */
function users(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/users.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', NABLA_DATA_DIR: '', ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin!.end(input);
  });
}

async function role(server: RunningServer, cookie: string): Promise<string> {
  const html = await (await fetch(server.url + '/account', { headers: { cookie } })).text();
  return /Role<\/dt>\s*<dd[^>]*>([^<]*)<\/dd>/.exec(html)?.[1] ?? '(none)';
}

// Each run starts tsx, opens (and migrates) the database and may hash a password: seconds on 2 cores.
vi.setConfig({ testTimeout: 180_000 });

const scratch: string[] = [];
beforeAll(async () => {
  await ensureBuilt();
}, 600_000);
afterAll(async () => {
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

describe('against an embedded data folder', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nabla-users-'));
    scratch.push(dir);
    env = { NABLA_DATA_DIR: dir };
  });

  it('adds an instructor with a piped password, who then signs in through the server', async () => {
    const password = 'piped-instructor-secret';
    const r = await users(['add', 'Prof', '--instructor'], env, password + '\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created instructor Prof');
    expect(r.stdout).not.toContain(password);

    const list = await users(['list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Prof\s+instructor/);

    const server = await startServer(env);
    try {
      const a = await signIn(server.url, 'prof', password);
      expect(await role(server, a.cookie)).toBe('Instructor');
      expect(server.log()).not.toContain(password);

      // While the server owns the folder, the command says to stop it first.
      const locked = await users(['list'], env);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(/in use by a running Nabla server \(pid \d+\)/);
      expect(locked.stderr).toMatch(/Stop the server first/);
      expect(locked.stderr).toMatch(/DATABASE_URL/);
    } finally {
      await server.stop();
    }
  });

  it('generates a password when none is piped, prints it once, and it works', async () => {
    const r = await users(['add', 'helper'], env);
    expect(r.code).toBe(0);
    const shown = [...r.stdout.matchAll(/\(shown only this once\): (\S+)/g)].map((m) => m[1]);
    expect(shown).toHaveLength(1);
    const password = shown[0];
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(r.stdout.split(password).length).toBe(2); // exactly one occurrence
    expect(r.stderr).not.toContain(password);

    // A reset generates another one, and ends the account's sessions.
    const reset = await users(['password', 'HELPER'], env);
    expect(reset.code).toBe(0);
    const fresh = /\(shown only this once\): (\S+)/.exec(reset.stdout)![1];
    expect(fresh).not.toBe(password);

    const server = await startServer(env);
    try {
      await expect(signIn(server.url, 'helper', password)).rejects.toThrow(/sign-in of helper failed/);
      const a = await signIn(server.url, 'helper', fresh);
      expect(await role(server, a.cookie)).toBe('Learner');
    } finally {
      await server.stop();
    }
  });

  it('refuses a taken name (exit 1), unknown accounts (exit 1), bad passwords and bad usage (exit 2)', async () => {
    const dup = await users(['add', 'PROF'], env, 'another-password\n');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/the username 'PROF' is taken/);
    const empty = await users(['add', 'blank'], env, '\n');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/the password on stdin is empty/);
    const short = await users(['add', 'shorty'], env, 'short');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 8 characters/);
    const bad = await users(['add', '<script>'], env, 'a-fine-password');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/a username is 2 to 32/);
    const nobody = await users(['role', 'nobody', 'instructor'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/no account named 'nobody'/);

    // Usage is checked before the database is opened, so these can run side by side.
    const usage = [[], ['frob'], ['add'], ['role', 'Prof', 'admin'], ['list', '--instructor'], ['add', 'x', '--bogus']];
    const runs = await Promise.all(usage.map((args) => users(args, env)));
    runs.forEach((r, i) => {
      expect(r.code, usage[i].join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run users/);
    });
  });
});

describe('against a PostgreSQL server', () => {
  it('adds an instructor the running server sees, and changes roles while it runs', async () => {
    const env = { DATABASE_URL: await newPostgresUrl() };
    const password = 'postgres-instructor-secret';
    const r = await users(['add', 'PgProf', '--instructor'], env, password);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(password);
    expect(r.stdout).not.toMatch(/postgres:\/\/[^*\s]*:[^*\s]+@/); // no database password either
    const server = await startServer(env);
    try {
      const a = await signIn(server.url, 'pgprof', password);
      expect(await role(server, a.cookie)).toBe('Instructor');
      // A server in front of the data: the command runs beside the web server.
      const demote = await users(['role', 'PgProf', 'learner'], env);
      expect(demote.code).toBe(0);
      expect(await role(server, a.cookie)).toBe('Learner');
      const dup = await users(['add', 'pgprof'], env, 'another-password');
      expect(dup.code).toBe(1);
      expect(dup.stderr).toMatch(/is taken/);
    } finally {
      await server.stop();
    }
  });
});
