// Building the web app once (under a lock: test files run in parallel) and serving the
// build on a free loopback port, for the HTTP and browser tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from '../../src/lib/server/start';
import { hashString } from '../../src/lib/engine/random';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

function lockIsStale(lock: string): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false; // released meanwhile: just try again
  }
  if (age > 600_000) return true;
  let pid = 0;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    /* not written yet */
  }
  if (!pid) return age > 5_000; // a holder that died between creating the lock and writing its pid
  try {
    process.kill(pid, 0); // throws ESRCH when there is no such process
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Build when the build is missing or older than its sources; returns whether it built. */
export async function ensureBuilt({ force = false } = {}): Promise<boolean> {
  const lock = join(tmpdir(), `nabla-build-${hashString(ROOT)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Another test file is building. A lock whose process is gone (or older than 10 minutes) is
      // from a dead run: take it over.
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!force && !buildIsStale(ROOT)) return false;
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
    return true;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * An embedded database folder, created and migrated once per schema (keyed by the migrations
 * journal) under the temp folder, for servers to start from a copy.
 */
export async function pgliteTemplate(): Promise<string> {
  const journal = readFileSync(join(ROOT, 'src/lib/server/db/migrations/meta/_journal.json'), 'utf8');
  const dir = join(tmpdir(), `nabla-pglite-template-${hashString(journal + ROOT)}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  const lock = `${dir}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 300));
    }
  }
  try {
    if (!existsSync(join(dir, 'ready'))) {
      rmSync(dir, { recursive: true, force: true });
      const { openDatabase } = await import('../../src/lib/server/db');
      const db = await openDatabase({ dataDir: dir, appRoot: ROOT });
      await db.close();
      writeFileSync(join(dir, 'ready'), '');
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** The embedded database's folder, when it has one. */
  dataDir?: string;
  /** What the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Serve the build (node build/index.js) with extra environment, e.g. rate limits. Each server
 * gets a fresh embedded database folder unless `NABLA_DATA_DIR` or `DATABASE_URL` is given.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(ROOT, 'build/index.js'))) throw new Error('no build: call ensureBuilt() first');
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const ownDataDir = !env.NABLA_DATA_DIR && !env.DATABASE_URL ? mkdtempSync(join(tmpdir(), 'nabla-data-')) : undefined;
  if (ownDataDir) {
    // A copy of a migrated template: creating a PGlite database takes seconds, copying it does not.
    cpSync(await pgliteTemplate(), ownDataDir, { recursive: true });
    env = { ...env, NABLA_DATA_DIR: ownDataDir };
  }
  const child = spawn(process.execPath, [join(ROOT, 'build/index.js')], {
    cwd: ROOT,
    // ORIGIN: adapter-node assumes https without it, and form actions check the origin.
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: `http://127.0.0.1:${port}`,
      NABLA_APP_ROOT: ROOT,
      SHUTDOWN_TIMEOUT: '10',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000; // a loaded 2-core machine
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(url + '/healthz');
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the server did not start within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const cleanUp = () => {
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
  };
  return {
    url,
    process: child,
    dataDir: env.NABLA_DATA_DIR,
    log: () => log,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          cleanUp();
          return res();
        }
        child.once('exit', () => {
          cleanUp();
          res();
        });
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}
