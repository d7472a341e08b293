// A course catalog (a Markdown file of tables, one row per exercise: id, exports, semantics),
// read only when a command is given its path: `npm run check:catalog -- FILE` holds every
// exercise's front matter against it, and `npm run new -- <id> --catalog FILE` scaffolds from it.
// Nothing here looks outside the repository by itself.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

export class CatalogError extends Error {}

/** Read a catalog file; a missing or empty one is an error, never an empty catalog. */
export function readCatalogFile(path: string): CatalogEntry[] {
  const file = resolve(path);
  if (!existsSync(file)) throw new CatalogError(`no catalog at ${file}`);
  const entries = parseCatalog(readFileSync(file, 'utf8'));
  if (!entries.length) throw new CatalogError(`${file} has no catalog rows (| \`id\` | exports | semantics |) under "## Chapter N — title" headings`);
  return entries;
}

/** `--exports` as written on a command line: signatures separated by ';' (or top-level commas between calls). */
export function parseExportList(text: string): CatalogExport[] {
  const parts = text
    .split(/;|(?<=\))\s*,\s*(?=[A-Za-z_$])/)
    .map((t) => t.trim())
    .filter(Boolean);
  const out: CatalogExport[] = [];
  for (const t of parts) {
    if (/^class [A-Za-z_$][\w$]*$/.test(t)) out.push({ name: t.slice(6).trim(), params: [], signature: t });
    else {
      const call = /^([A-Za-z_$][\w$]*)\((.*)\)$/.exec(t);
      if (!call) return [];
      out.push({ name: call[1], params: splitParams(call[2]), signature: t });
    }
  }
  return out;
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

export interface ContractProblem {
  id: string;
  problem: string;
}

/** Differences between the exercises' metadata and the catalog: missing rows, chapters, export names and parameters. */
export function contractProblems(
  catalog: CatalogEntry[],
  exercises: { id: string; chapter: number; exports: { name: string; params: string[] }[] }[],
): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const rows = new Map(catalog.map((e) => [e.id, e]));
  for (const ex of exercises) {
    const entry = rows.get(ex.id);
    if (!entry) {
      problems.push({ id: ex.id, problem: 'is not in the catalog' });
      continue;
    }
    if (ex.chapter !== entry.chapter) problems.push({ id: ex.id, problem: `chapter ${ex.chapter}, the catalog says ${entry.chapter}` });
    const mine = new Map(ex.exports.map((e) => [e.name, e]));
    const names = (xs: string[]) => xs.sort().join(', ') || 'none';
    const want = entry.exports.map((e) => e.name);
    if (names([...mine.keys()]) !== names([...want])) {
      problems.push({ id: ex.id, problem: `exports ${names([...mine.keys()])}, the catalog says ${names([...want])}` });
    }
    for (const w of entry.exports) {
      const have = mine.get(w.name);
      if (have && w.params && have.params.join(', ') !== w.params.join(', ')) {
        problems.push({ id: ex.id, problem: `${w.name}(${have.params.join(', ')}), the catalog says ${w.name}(${w.params.join(', ')})` });
      }
    }
  }
  return problems;
}
