// The course catalog (../shared/curriculum.md): exercise ids, chapters and exported
// signatures, read from its tables. A public contract: tests compare every exercise's
// front matter with it, and `npm run new` scaffolds from it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitParams } from '../engine/exercise';

export interface CatalogExport {
  name: string;
  /** Parameter names in order, or null when the catalog names the function without a signature. */
  params: string[] | null;
  signature: string;
}

export interface CatalogEntry {
  id: string;
  chapter: number;
  chapterTitle: string;
  exports: CatalogExport[];
  semantics: string;
}

export function catalogPath(root: string): string {
  return resolve(process.env.NABLA_CATALOG ?? join(root, '..', 'shared', 'curriculum.md'));
}

export function readCatalog(root: string): CatalogEntry[] | null {
  const file = catalogPath(root);
  if (!existsSync(file)) return null;
  return parseCatalog(readFileSync(file, 'utf8'));
}

export function parseCatalog(text: string): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  let chapter = 0;
  let chapterTitle = '';
  for (const line of text.split('\n')) {
    const h = /^## Chapter (\d+)\s*[—-]\s*(.+)$/.exec(line);
    if (h) {
      chapter = Number(h[1]);
      chapterTitle = h[2].trim();
      continue;
    }
    const row = /^\| `([a-z0-9-]+)` \|/.exec(line);
    if (!row) continue;
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    // cells: ['', id, exports, semantics, '']
    out.push({ id: row[1], chapter, chapterTitle, exports: parseExportsCell(cells[2] ?? ''), semantics: (cells[3] ?? '').replace(/\\\|/g, '|') });
  }
  return out;
}

function parseExportsCell(cell: string): CatalogExport[] {
  const ticks = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\\\|/g, '|').trim());
  const cls = ticks.find((t) => t.startsWith('class '));
  if (cls) return [{ name: cls.slice(6).trim(), params: [], signature: cls }];
  const out: CatalogExport[] = [];
  for (const t of ticks) {
    const call = /^([A-Za-z_$][\w$]*)\((.*)\)$/.exec(t);
    if (call) {
      const params = splitParams(call[2]);
      out.push({ name: call[1], params, signature: t });
    } else if (/^[A-Za-z_$][\w$]*$/.test(t) && !out.some((e) => e.name === t)) {
      out.push({ name: t, params: null, signature: t });
    }
  }
  return out;
}
