// An exercise's content version: a hash of everything that decides a grade (statements, stub,
// grader, reference, known mistakes). Stored with every graded submission, so a regrade knows
// which submissions were graded against other content.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentRoot } from './exercises';

async function filesOf(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesOf(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** 16 hex digits of SHA-256 over the exercise's files (paths and contents, in a fixed order). */
export async function computeContentVersion(id: string, root = contentRoot()): Promise<string> {
  const files = [...(await filesOf(join(root, 'exercises', id))), join(root, 'graders', `${id}.ts`), ...(await filesOf(join(root, 'reference', id)))]
    .filter((f) => existsSync(f))
    .sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(root, f))
      .update('\0')
      .update(await readFile(f))
      .update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

const cache = new Map<string, Promise<string>>();

/**
 * The content version, cached for the process (content is read once in production). Under
 * `npm run dev` content changes on disk, so it is computed every time.
 */
export function contentVersion(id: string, root = contentRoot()): Promise<string> {
  if (process.env.NODE_ENV === 'development') return computeContentVersion(id, root);
  const key = `${root}\0${id}`;
  let v = cache.get(key);
  if (!v) {
    v = computeContentVersion(id, root);
    cache.set(key, v);
    v.catch(() => cache.delete(key));
  }
  return v;
}
