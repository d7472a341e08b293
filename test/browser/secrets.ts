// What must never reach a browser, computed with the engine from the files on disk: the
// distinctive source lines and string literals of every reference solution and known
// mistake, and the distinctive numbers (inputs and expected values) of every check that is
// not a visible example.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandCases } from '../../src/lib/engine/cases';
import { toWire } from '../../src/lib/protocol/codec';
import { runOnHost } from '../../src/lib/engine/oracle';
import { listExerciseIds, loadExercise, loadMistakes } from '../../src/lib/server/exercises';

/** Source text with all whitespace removed: survives reformatting, not renaming. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Every needle that occurs in a haystack, in one pass over each haystack: needles are indexed
 * by their first characters (checking each needle against each file with `includes` took
 * minutes on the Monaco-sized client build).
 */
export function findAll(needles: string[], haystacks: { name: string; text: string }[]): { needle: string; in: string }[] {
  const usable = [...new Set(needles.filter((n) => n.length > 0))];
  if (!usable.length) return [];
  const k = Math.min(12, ...usable.map((n) => n.length));
  const byPrefix = new Map<string, string[]>();
  for (const n of usable) {
    const key = n.slice(0, k);
    const list = byPrefix.get(key);
    if (list) list.push(n);
    else byPrefix.set(key, [n]);
  }
  const found: { needle: string; in: string }[] = [];
  for (const h of haystacks) {
    const seen = new Set<string>();
    for (let i = 0; i + k <= h.text.length; i++) {
      const candidates = byPrefix.get(h.text.slice(i, i + k));
      if (!candidates) continue;
      for (const n of candidates) {
        if (!seen.has(n) && h.text.startsWith(n, i)) {
          seen.add(n);
          found.push({ needle: n, in: h.name });
        }
      }
    }
  }
  return found;
}

export interface SecretLine {
  file: string;
  line: string;
}

/**
 * Lines of reference solutions and known mistakes long and specific enough that no public file
 * or library has them. Mistakes written as edits (mistakes.ts) are scanned as rebuilt sources.
 */
export async function referenceLines(root: string, publicText: string): Promise<SecretLine[]> {
  const pub = squash(publicText);
  const out: SecretLine[] = [];
  const dir = join(root, 'reference');
  if (!existsSync(dir)) return out;
  const sources: { file: string; text: string }[] = [];
  for (const id of readdirSync(dir)) {
    const sol = join(dir, id, 'solution.js');
    if (!existsSync(sol)) continue;
    const solution = readFileSync(sol, 'utf8');
    sources.push({ file: sol, text: solution });
    try {
      for (const m of await loadMistakes(join(dir, id), solution)) {
        // an edited mistake's hint is in mistakes.ts, not in its rebuilt source
        const hint = m.file.endsWith('.js') ? '' : `\n${JSON.stringify(m.hint.en)}\n${JSON.stringify(m.hint.zh ?? '')}`;
        sources.push({ file: m.file, text: m.source + hint });
      }
    } catch {
      // a mistakes.ts that does not load (validate reports it): scan the files as they are
      const m = join(dir, id, 'mistakes');
      if (existsSync(m))
        for (const f of readdirSync(m)) if (f.endsWith('.js')) sources.push({ file: join(m, f), text: readFileSync(join(m, f), 'utf8') });
      const edits = join(dir, id, 'mistakes.ts');
      if (existsSync(edits)) sources.push({ file: edits, text: readFileSync(edits, 'utf8') });
    }
  }
  for (const { file, text } of sources) {
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (/^(\/\/|\*|\/\*)/.test(line)) continue;
      const s = squash(line);
      if (s.length < 24 || pub.includes(s)) continue;
      out.push({ file, line });
    }
    // String literals (hints, error messages) survive minification verbatim.
    for (const m of text.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n]){16,})\1/g)) {
      if (!publicText.includes(m[2])) out.push({ file, line: m[2] });
    }
  }
  return out;
}

export interface HiddenNumber {
  exercise: string;
  check: string;
  value: string;
}

const distinctive = (x: number) =>
  Number.isFinite(x) &&
  !Number.isInteger(x) &&
  String(Math.abs(x))
    .replace(/^0\.0*/, '')
    .replace(/e.*$/, '')
    .replace('.', '').length >= 7;

function numbersIn(v: unknown, out: Set<string>, depth = 0) {
  if (depth > 20) return;
  if (typeof v === 'number') {
    if (distinctive(v)) out.add(String(v));
  } else if (Array.isArray(v)) v.forEach((x) => numbersIn(x, out, depth + 1));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => numbersIn(x, out, depth + 1));
}

/** Distinctive numbers of every non-example case (arguments and the reference's value), for `seeds`. */
export async function hiddenNumbers(
  root: string,
  seeds = [1],
): Promise<{ numbers: HiddenNumber[]; visible: Set<string>; exercises: number; cases: number }> {
  const numbers: HiddenNumber[] = [];
  const visible = new Set<string>();
  let exercises = 0;
  let cases = 0;
  for (const id of await listExerciseIds(root)) {
    let ex;
    try {
      ex = await loadExercise(id, root);
    } catch {
      continue; // an exercise being authored: `validate` reports it
    }
    exercises++;
    for (const seed of seeds) {
      for (const c of expandCases(ex.grader, seed, 'submit')) {
        const outcome = runOnHost(ex.reference.module, c);
        const found = new Set<string>();
        let args: unknown;
        try {
          args = toWire(c.args, () => 0);
        } catch {
          args = [];
        }
        numbersIn(args, found);
        if (outcome.kind === 'value') numbersIn(outcome.value, found);
        if (c.visible) {
          for (const n of found) visible.add(n);
          continue;
        }
        cases++;
        for (const n of found) numbers.push({ exercise: id, check: c.id, value: n });
      }
    }
  }
  return { numbers: numbers.filter((n) => !visible.has(n.value)), visible, exercises, cases };
}

/** Every number literal in a text, normalized through Number → String (`.5` and `0.50` are `0.5`). */
export function numberTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w$.])(?:\d+\.\d*|\.\d+|\d+)(?:e[-+]?\d+)?/gi)) {
    const x = Number(m[0]);
    if (distinctive(x)) {
      out.add(String(x));
      out.add(String(-x));
    }
  }
  return out;
}

/** Text of the public content: statements and stubs (whatever is there may be anywhere). */
export function publicText(root: string): string {
  const dir = join(root, 'exercises');
  let text = '';
  for (const id of readdirSync(dir)) {
    for (const f of ['statement.md', 'statement.zh.md', 'stub.js']) {
      const p = join(dir, id, f);
      if (existsSync(p)) text += readFileSync(p, 'utf8') + '\n';
    }
  }
  return text;
}
