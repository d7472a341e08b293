// Comparing a learner's value with the expected one, in the order a learner can act on:
// type, shape, finiteness, closeness; with the largest error and where it is.
import { fmt } from '../protocol/format';
import { DEFAULT_TOLERANCE, type Tolerance } from '../protocol/tolerance';
import { compare as say, join, places, same, shapes, type Text } from '../protocol/messages';
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
  /** What differs, in English; `messageZh` in Chinese; `text` both (protocol/messages.ts). */
  message?: string;
  messageZh?: string;
  text?: Text;
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
  if (structural) return { ok: false, ...said(structural.message), wrong: [structural.path], structural: true };
  let maxError = 0;
  for (const m of mismatches) if (Number.isFinite(m.error) && m.error > maxError) maxError = m.error;
  if (mismatches.length === 0) return { ok: true, wrong: [], maxError: counted.cells ? maxAbsError(got, want) : undefined };
  const worst = pickWorst(mismatches);
  const where = describePlace(worst.path);
  const of = counted.cells > 1 ? say.wrongCount(mismatches.length, counted.cells) : '';
  const differs = say.expectedGot(fmt(worst.want), fmt(worst.got));
  let what: Text;
  if (!Number.isFinite(worst.got) && Number.isFinite(worst.want)) {
    what = join(differs, of);
  } else if (Number.isFinite(worst.error)) {
    const allowed = tol.atol + tol.rtol * Math.abs(worst.want);
    what = worst.error === 0 ? join(differs, say.signOfZero, of) : join(differs, say.outsideTolerance(fmt(worst.error, 3), fmt(allowed, 3)), of);
  } else {
    what = join(differs, of);
  }
  const message = where ? say.at(where, what) : what;
  return {
    ok: false,
    ...said(message),
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

const said = (t: Text) => ({ message: t.en, messageZh: t.zh, text: t });

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

/** A structural finding at `path` (a copy of it: the walk goes on changing its own). */
function at(path: ValuePath, msg: Text): { message: Text; path: ValuePath } {
  const where = describePlace(path);
  return { message: where ? say.at(where, msg) : msg, path: [...path] };
}

/**
 * @param shaped the enclosing arrays were found rectangular and of the same dimensions: `got` and
 *   `want` are then arrays of the same length, or numbers, all the way down.
 */
function walk(
  got: unknown,
  want: unknown,
  path: ValuePath,
  tol: Tolerance,
  out: Mismatch[],
  counted: { cells: number },
  shaped = false,
): { message: Text; path: ValuePath } | null {
  if (typeof want === 'number') {
    if (typeof got !== 'number') return at(path, say.expectedNumber(shapeText(got)));
    counted.cells++;
    if (!isClose(got, want, tol)) out.push({ path: [...path], got, want, error: Math.abs(got - want) });
    return null;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return at(path, say.expectedGot(shapeText(want), shapeText(got)));
    let inner = shaped;
    if (!shaped) {
      const shape = got.length === want.length ? compareShapes(got, want) : 'differs';
      if (shape === 'differs') return at(path, say.expectedGot(shapeText(want), shapeText(got, want)));
      inner = shape === 'same';
    }
    for (let i = 0; i < want.length; i++) {
      path.push(i);
      const r = walk(got[i], want[i], path, tol, out, counted, inner);
      path.pop();
      if (r) return r;
    }
    return null;
  }
  if (isObject(want)) {
    if (!isObject(got)) return at(path, say.expectedObject(fieldList(want), shapeText(got)));
    for (const k of Object.keys(want)) {
      if (!(k in got)) return at(path, say.noField(k, fieldList(want)));
    }
    for (const k of Object.keys(want)) {
      path.push(k);
      const r = walk(got[k], want[k], path, tol, out, counted);
      path.pop();
      if (r) return r;
    }
    return null;
  }
  if (got !== want) return at(path, say.expectedGot(fmtAny(want), fmtAny(got)));
  return null;
}

function fieldList(o: Record<string, unknown>): Text {
  return shapes.fields(Object.keys(o).map((k) => `\`${k}\``));
}

/**
 * Rectangular arrays must match dimension by dimension before values are compared: 'same' when
 * both are rectangular with the same dimensions, 'differs' when both are and they differ,
 * 'unknown' when one is ragged or mixed (then compared element by element).
 */
function compareShapes(got: unknown[], want: unknown[]): 'same' | 'differs' | 'unknown' {
  const g = dims(got);
  const w = dims(want);
  if (!g || !w) return 'unknown';
  return g.length === w.length && g.every((d, i) => d === w[i]) ? 'same' : 'differs';
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

/** "a number", "a vector of 3 numbers", "a 3×4 matrix", "a 2×3×3 array", "undefined", … (English). */
export function describeShape(v: unknown, like?: unknown): string {
  return shapeText(v, like).en;
}

/** `describeShape` in both languages. */
export function shapeText(v: unknown, like?: unknown): Text {
  if (v === undefined) return shapes.undefined;
  if (v === null) return shapes.null;
  if (typeof v === 'number') return Number.isNaN(v) ? shapes.nan : shapes.number;
  if (typeof v === 'string') return shapes.string(JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v));
  if (typeof v === 'boolean') return shapes.boolean(v);
  if (Array.isArray(v)) {
    const d = dims(v);
    const wantDims = like !== undefined ? dims(like) : null;
    if (d) {
      if (wantDims && wantDims.length === d.length && d.length >= 2) return shapes.dims(d);
      if (d.length === 1) return v.length === 0 ? shapes.emptyArray : shapes.vector(v.length);
      if (d.length === 2) return shapes.matrix(d[0], d[1]);
      return shapes.array(d);
    }
    return shapes.items(v.length);
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    return keys.length ? shapes.object(fieldList(v)) : shapes.emptyObject;
  }
  return shapes.other(typeof v);
}

/**
 * "row 2, column 0" for matrices, "element 3" for vectors, `dw[1]` or `history[3]` inside
 * objects, `[0].X[1][2]` elsewhere (English).
 */
export function describePath(path: ValuePath): string {
  return describePlace(path)?.en ?? '';
}

/** `describePath` in both languages; undefined for the value itself. */
export function describePlace(path: ValuePath): Text | undefined {
  if (path.length === 0) return undefined;
  if (path.every((p) => typeof p === 'number')) {
    if (path.length === 1) return places.element(path[0] as number);
    if (path.length === 2) return places.cell(path[0] as number, path[1] as number);
  }
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return places.code(s);
}

function fmtAny(v: unknown): Text {
  if (typeof v === 'number') return same(fmt(v));
  if (typeof v === 'string') return same(JSON.stringify(v));
  if (v === undefined) return same('undefined');
  if (typeof v === 'object' && v !== null) return shapeText(v);
  return same(String(v));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
