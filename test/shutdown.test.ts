// Clean shutdown with the real signals: the built server (SIGTERM) and `npm start` (SIGINT)
// exit 0 within 15 s while a submission is being graded (infinite loops, more than the grace
// period's worth) and an idle keep-alive connection is open.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort, pgliteTemplate, ROOT, startServer } from './browser/server';

const LOOP = 'export function predict(X, w, b) { while (true) {} }';

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
}

/** A GET over a keep-alive agent: afterwards its socket stays open, idle. */
function idleKeepAlive(url: string, agent: Agent): Promise<void> {
  return new Promise((res, rej) => {
    const req = request(`${url}/healthz`, { agent }, (r) => {
      r.resume();
      r.on('end', () => res());
    });
    req.on('error', rej);
    req.end();
  });
}

/** Loops from several tabs (more than the grace period's worth), a keep-alive socket, then `signal`. */
async function shutDownWhileGrading(url: string, child: ChildProcess, signal: NodeJS.Signals) {
  const agent = new Agent({ keepAlive: true });
  await idleKeepAlive(url, agent);
  const gradings = Array.from({ length: 6 }, (_, i) =>
    fetch(`${url}/api/grade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nabla-tab': `tab-shutdown-${i}` },
      body: JSON.stringify({ exercise: 'linear-predict', source: LOOP, mode: 'submit' }),
    }).then(
      (r) => r.status,
      () => 'reset',
    ),
  );
  await new Promise((r) => setTimeout(r, 1_000)); // the first loops are running
  const t0 = performance.now();
  child.kill(signal);
  const { code } = await exited(child);
  const ms = performance.now() - t0;
  agent.destroy();
  const statuses = await Promise.all(gradings);
  return { code, ms, statuses };
}

beforeAll(async () => {
  await ensureBuilt();
}, 600_000);

describe('shutdown', () => {
  it('node build/index.js exits 0 within 15 s of SIGTERM while grading', async () => {
    const server = await startServer({ NABLA_WORKERS: '2' });
    try {
      const { code, ms, statuses } = await shutDownWhileGrading(server.url, server.process, 'SIGTERM');
      console.log(`[shutdown] build/index.js, SIGTERM: exit ${code} after ${Math.round(ms)} ms; requests: ${statuses.join(' ')}`);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(15_000);
      // Every request was answered: graded (200) or told the server is restarting (503).
      for (const s of statuses) expect([200, 503]).toContain(s);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('npm start (start.ts) exits 0 within 15 s of SIGINT while grading', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'nabla-data-'));
    cpSync(await pgliteTemplate(), dataDir, { recursive: true });
    // start.ts's own default SHUTDOWN_TIMEOUT (10 s) applies.
    const { SHUTDOWN_TIMEOUT: _, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/lib/server/start.ts'], {
      cwd: ROOT,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', NABLA_DATA_DIR: dataDir, NABLA_WORKERS: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${log}`);
        const ok = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`npm start did not serve within 90 s:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(log).not.toMatch(/Building the web app/);
      const { code, ms, statuses } = await shutDownWhileGrading(url, child, 'SIGINT');
      console.log(`[shutdown] npm start, SIGINT: exit ${code} after ${Math.round(ms)} ms; requests: ${statuses.join(' ')}`);
      expect(code, log).toBe(0);
      expect(ms).toBeLessThan(15_000);
      for (const s of statuses) expect([200, 503]).toContain(s);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

afterAll(() => {});
