// npm start: build the web app when the build is missing or older than its sources, then
// serve it (PORT, default 3000). Runs under tsx, so graders (TypeScript) load in-process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.env.NABLA_APP_ROOT ?? process.cwd());
const stamp = join(root, 'build', 'index.js');

export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) visit(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Sources of the client and server bundles (content is read at run time and needs no build). */
export const BUILD_INPUTS = ['src', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

export function buildIsStale(dir = root): boolean {
  const out = join(dir, 'build', 'index.js');
  if (!existsSync(out)) return true;
  return newestMtime(BUILD_INPUTS.map((p) => join(dir, p))) > statSync(out).mtimeMs;
}

export function build(dir = root) {
  process.stdout.write('Building the web app (vite build)…\n');
  const r = spawnSync(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  if (buildIsStale()) build();
  process.env.PORT ??= '3000';
  // The address learners use: form actions (sign-in…) accept only requests from it. adapter-node
  // assumes https without it. Behind a proxy, set ORIGIN=https://nabla.example.edu.
  process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
  process.env.NABLA_APP_ROOT ??= root;
  // adapter-node waits this long for requests at SIGTERM (its default, 30 s, is beyond the 15 s
  // within which the process exits: lifecycle.ts).
  if (!process.env.SHUTDOWN_TIMEOUT) process.env.SHUTDOWN_TIMEOUT = '10';
  await import(pathToFileURL(stamp).href);
  process.stdout.write(`Nabla is running at ${process.env.ORIGIN}\n`);
}
