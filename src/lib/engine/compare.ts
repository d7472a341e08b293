// Comparing a learner's value with the expected one, in the order a learner can act on:
// type, shape, finiteness, closeness; with the largest error and where it is.
import { fmt } from '../protocol/format';
import { DEFAULT_TOLERANCE, type Tolerance } from '../protocol/tolerance';
import type { ValuePath } from './types';

// Graders take these from the engine; they live in the protocol so the sandbox can share them.
export { DEFAULT_TOLERANCE, fmt, type Tolerance };

/** At most this many wrong cells are listed for highlighting. */
export const MAX_WRONG_CELLS = 200;

export function isClose(got: number, want: number, tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (Number.isNaN(got)) return false;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return got === want;
  if (tol.signedZero && want === 0 && got === 0 && Object.is(want, -0) !== Object.is(got, -0)) return false;
  return Math.abs(got - want) <= tol.atol + tol.rtol * Math.abs(want);
}

export interface Comparison {
  ok: boolean;
  message?: string;
  /** The failure is about type or shape, not about numbers. */
  structural?: boolean;
  wrong: ValuePath[];
  maxError?: number;
}

interface Mismatch {
  path: ValuePath;
  got: number;
  want: number;
  error: number;
}

export function compareValues(got: unknown, want: unknown, tol: Tolerance = DEFAULT_TOLERANCE): Comparison {
  const mismatches: Mismatch[] = [];
  const counted = { cells: 0 };
  const structural = walk(got, want, [], tol, mismatches, counted);
  if (structural) return { ok: false, message: structural.message, wrong: [structural.path], structural: true };
  let maxError = 0;
  for (const m of mismatches) if (Number.isFinite(m.error) && m.error > maxError) maxError = m.error;
  if (mismatches.length === 0) return { ok: true, wrong: [], maxError: counted.cells ? maxAbsError(got, want) : undefined };
  const worst = pickWorst(mismatches);
  const where = describePath(worst.path);
  const of = counted.cells > 1 ? ` (${mismatches.length} of ${counted.cells} numbers wrong)` : '';
  const prefix = where ? `${where}: ` : '';
  let message: string;
  if (!Number.isFinite(worst.got) && Number.isFinite(worst.want)) {
    message = `${prefix}expected ${fmt(worst.want)}, got ${fmt(worst.got)}${of}`;
  } else if (Number.isFinite(worst.error)) {
    const allowed = tol.atol + tol.rtol * Math.abs(worst.want);
    message =
      worst.error === 0
        ? `${prefix}expected ${fmt(worst.want)}, got ${fmt(worst.got)} (the sign of zero differs)${of}`
        : `${prefix}expected ${fmt(worst.want)}, got ${fmt(worst.got)} (abs error ${fmt(worst.error, 3)} > tolerance ${fmt(allowed, 3)})${of}`;
  } else {
    message = `${prefix}expected ${fmt(worst.want)}, got ${fmt(worst.got)}${of}`;
  }
  return {
    ok: false,
    message,
    wrong: mismatches.slice(0, MAX_WRONG_CELLS).map((m) => m.path),
    maxError: Number.isFinite(maxError) ? maxError : undefined,
  };
}

/** A non-finite cell beats a finite one; then the largest error relative to its tolerance. */
function pickWorst(ms: Mismatch[]): Mismatch {
  let best = ms[0];
  for (const m of ms) {
    const nonFinite = !Number.isFinite(m.got);
    const bestNonFinite = !Number.isFinite(best.got);
    if (nonFinite && !bestNonFinite) best = m;
    else if (nonFinite === bestNonFinite && m.error > best.error) best = m;
  }
  return best;
}

function maxAbsError(got: unknown, want: unknown): number {
  if (typeof got === 'number' && typeof want === 'number') {
    const e = Math.abs(got - want);
    return Number.isFinite(e) ? e : 0;
  }
  if (Array.isArray(got) && Array.isArray(want)) {
    let m = 0;
    for (let i = 0; i < want.length; i++) m = Math.max(m, maxAbsError(got[i], want[i]));
    return m;
  }
  if (isObject(got) && isObject(want)) {
    let m = 0;
    for (const k of Object.keys(want)) m = Math.max(m, maxAbsError(got[k], want[k]));
    return m;
  }
  return 0;
}

function walk(
  got: unknown,
  want: unknown,
  path: ValuePath,
  tol: Tolerance,
  out: Mismatch[],
  counted: { cells: number },
): { message: string; path: ValuePath } | null {
  const at = (msg: string) => {
    const where = describePath(path);
    return { message: where ? `${where}: ${msg}` : msg, path };
  };
  if (typeof want === 'number') {
    if (typeof got !== 'number') return at(`expected a number, got ${describeShape(got)}`);
    counted.cells++;
    if (!isClose(got, want, tol)) out.push({ path: [...path], got, want, error: Math.abs(got - want) });
    return null;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return at(`expected ${describeShape(want)}, got ${describeShape(got)}`);
    if (got.length !== want.length || !sameShape(got, want)) {
      return at(`expected ${describeShape(want)}, got ${describeShape(got, want)}`);
    }
    for (let i = 0; i < want.length; i++) {
      path.push(i);
      const r = walk(got[i], want[i], path, tol, out, counted);
      path.pop();
      if (r) return r;
    }
    return null;
  }
  if (isObject(want)) {
    if (!isObject(got)) return at(`expected an object with ${fieldList(want)}, got ${describeShape(got)}`);
    for (const k of Object.keys(want)) {
      if (!(k in got)) return at(`the result has no field \`${k}\` (expected ${fieldList(want)})`);
    }
    for (const k of Object.keys(want)) {
      path.push(k);
      const r = walk(got[k], want[k], path, tol, out, counted);
      path.pop();
      if (r) return r;
    }
    return null;
  }
  if (got !== want) return at(`expected ${fmtAny(want)}, got ${fmtAny(got)}`);
  return null;
}

function fieldList(o: Record<string, unknown>) {
  const keys = Object.keys(o).map((k) => `\`${k}\``);
  return keys.length === 1 ? `the field ${keys[0]}` : `the fields ${keys.join(', ')}`;
}

/** Rectangular arrays must match dimension by dimension before values are compared. */
function sameShape(got: unknown[], want: unknown[]): boolean {
  const g = dims(got);
  const w = dims(want);
  if (!g || !w) return true; // ragged or mixed: compared element by element
  return g.length === w.length && g.every((d, i) => d === w[i]);
}

/** Dimensions of a rectangular numeric array (vector, matrix, C×H×W…), else null. */
export function dims(v: unknown): number[] | null {
  if (typeof v === 'number') return [];
  if (!Array.isArray(v)) return null;
  if (v.length === 0) return [0];
  const inner = dims(v[0]);
  if (!inner) return null;
  for (let i = 1; i < v.length; i++) {
    const d = dims(v[i]);
    if (!d || d.length !== inner.length || d.some((x, j) => x !== inner[j])) return null;
  }
  return [v.length, ...inner];
}

/** "a number", "a vector of 3 numbers", "a 3×4 matrix", "a 2×3×3 array", "undefined", … */
export function describeShape(v: unknown, like?: unknown): string {
  if (v === undefined) return 'undefined (did the function return a value?)';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : 'a number';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (Array.isArray(v)) {
    const d = dims(v);
    const wantDims = like !== undefined ? dims(like) : null;
    if (d) {
      if (wantDims && wantDims.length === d.length && d.length >= 2) return d.join('×');
      if (d.length === 1) return v.length === 0 ? 'an empty array' : `a vector of ${v.length} number${v.length === 1 ? '' : 's'}`;
      if (d.length === 2) return `a ${d[0]}×${d[1]} matrix`;
      return `a ${d.join('×')} array`;
    }
    return `an array of ${v.length} item${v.length === 1 ? '' : 's'}`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    return keys.length ? `an object with ${fieldList(v)}` : 'an empty object';
  }
  return `a ${typeof v}`;
}

/**
 * "row 2, column 0" for matrices, "element 3" for vectors, `dw[1]` or `history[3]` inside
 * objects, `[0].X[1][2]` elsewhere.
 */
export function describePath(path: ValuePath): string {
  if (path.length === 0) return '';
  if (path.every((p) => typeof p === 'number')) {
    if (path.length === 1) return `element ${path[0]}`;
    if (path.length === 2) return `row ${path[0]}, column ${path[1]}`;
  }
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

function fmtAny(v: unknown): string {
  if (typeof v === 'number') return fmt(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (typeof v === 'object' && v !== null) return describeShape(v);
  return String(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
