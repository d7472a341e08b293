// Naming a known mistake: which known-wrong variant explains the checks a submission fails.
//
// Per check, not per submission: a variant *touches* the checks it fails itself (judged the way
// the learner is judged: the check's own `compare`, its `property`, its `calls`, the word an
// error must contain); it *explains* a failing check it touches when the submission fails it
// the same way. A variant is named when it explains most of what it touches, even if other
// checks fail for another reason — those are reported as `unexplained`. A variant that
// explains nothing is never named.
import type { Case } from './cases';
import { compareValues } from './compare';
import type { CallLog } from './host-fn';
import type { Mistake, Outcome } from './oracle';
import type { CheckResult, MistakeMatch } from './types';
import type { CallOutcome } from '../sandbox/sandbox';

/** A learner's outcome on one case, as the engine recorded it. */
export interface LearnerRun {
  call: CallOutcome;
  calls: CallLog;
}

/** A variant is named when the submission agrees with it on at least this share of the failing checks it touches. */
export const MISTAKE_AGREEMENT = 0.6;
/** "Loosely the same number": both finite with a ratio within this factor and the same sign. */
export const LOOSE_FACTOR = 1.5;

type Agreement = 'exact' | 'loose' | null;

interface Candidate {
  m: Mistake;
  index: number;
  explains: string[];
  loose: number;
  touched: number;
  contradicted: number;
}

export function recogniseMistake(
  cases: Case[],
  checks: CheckResult[],
  runs: Map<string, LearnerRun>,
  expected: Map<string, Outcome>,
  mistakes: Mistake[],
): MistakeMatch | undefined {
  const failing = new Set(cases.filter((_, i) => checks[i]?.status === 'fail' || checks[i]?.status === 'error').map((c) => c.id));
  if (!failing.size || !mistakes.length) return undefined;
  let best: Candidate | undefined;
  mistakes.forEach((m, index) => {
    const cand: Candidate = { m, index, explains: [], loose: 0, touched: 0, contradicted: 0 };
    for (const c of cases) {
      const run = runs.get(c.id);
      const want = expected.get(c.id);
      if (!run || !want) continue;
      let v: Outcome;
      try {
        v = m.outcome(c);
      } catch {
        continue;
      }
      if (!variantFails(c, v, want, m)) continue;
      cand.touched++;
      if (!failing.has(c.id)) {
        cand.contradicted++;
        continue;
      }
      const a = agrees(c, run, v, want);
      if (!a) {
        cand.contradicted++;
        continue;
      }
      cand.explains.push(c.id);
      if (a === 'loose') cand.loose++;
    }
    if (!cand.explains.length || cand.explains.length / cand.touched < MISTAKE_AGREEMENT) return;
    if (!best || better(cand, best)) best = cand;
  });
  if (!best) return undefined;
  const b: Candidate = best;
  const unexplained = [...failing].filter((id) => !b.explains.includes(id));
  return {
    id: b.m.id,
    hint: b.m.hint,
    agreement: Math.round((b.explains.length / b.touched) * 100) / 100,
    explains: b.explains,
    ...(unexplained.length ? { unexplained } : {}),
    closeness: b.loose ? 'loose' : 'exact',
    ...(b.m.common ? { common: true as const } : {}),
  };
}

/** More explained and fewer contradicted first; then the closest (fewest loose matches); then an exercise's own mistake; then the first. */
function better(a: Candidate, b: Candidate): boolean {
  const score = (x: Candidate) => x.explains.length - x.contradicted;
  if (score(a) !== score(b)) return score(a) > score(b);
  if (a.loose !== b.loose) return a.loose < b.loose;
  const ratio = (x: Candidate) => x.explains.length / x.touched;
  if (ratio(a) !== ratio(b)) return ratio(a) > ratio(b);
  if (Boolean(a.m.common) !== Boolean(b.m.common)) return !a.m.common;
  return a.index < b.index;
}

/** Does the variant fail this check, judged as a learner would be? */
export function variantFails(c: Case, v: Outcome, want: Outcome, m?: Mistake): boolean {
  if (c.check.throws) return errorClass(v, c.check.throws) !== 'word';
  if (want.kind === 'threw') return v.kind !== 'threw';
  if (v.kind === 'threw') return true;
  if (c.check.calls && callCountsDiffer(v.calls, want.calls)) return true;
  try {
    if (c.check.expect !== 'none') {
      if (c.check.compare) {
        if (c.check.compare(v.value, want.value, c.tolerance, c.args)) return true;
      } else if (!compareValues(v.value, want.value, c.tolerance).ok) return true;
    }
    if (typeof c.check.calls === 'function' && c.check.calls(v.calls, want.calls)) return true;
    if (c.check.property) {
      const found = c.check.property({
        got: v.value,
        expected: want.value,
        args: c.args,
        calls: v.calls,
        call: (name, ...args) => {
          if (!m?.call) throw new Error('no module to call');
          return m.call(name, args);
        },
      });
      if (found) return true;
    }
  } catch {
    // A check that cannot judge the variant (a property that needs something it lacks): it touches nothing here.
    return false;
  }
  return false;
}

/**
 * What an error check demands, as a class: the word in an Error's message ('word'), an Error
 * with another message ('message'), a crash of the language (TypeError, RangeError…), a
 * non-Error throw, or a returned value. Two outcomes agree on an error check when their classes do.
 */
function errorClass(
  o: { kind: 'threw'; name: string; message: string; isError: boolean } | { kind: 'value' } | { kind: string },
  word: string,
): string {
  if (o.kind === 'value') return 'value';
  if (o.kind !== 'threw' || !('isError' in o)) return o.kind;
  if (!o.isError) return 'not-an-error';
  if (o.message.toLowerCase().includes(word.toLowerCase())) return 'word';
  return o.name === 'Error' || !o.name ? 'message' : `crash:${o.name}`;
}

function learnerOutcome(call: CallOutcome): { kind: 'threw'; name: string; message: string; isError: boolean } | { kind: string } {
  if (call.kind === 'threw') return { kind: 'threw', name: call.error.name, message: call.error.message, isError: call.error.isError };
  return { kind: call.kind };
}

/** Does the submission fail this check the way the variant does? */
export function agrees(c: Case, run: LearnerRun, v: Outcome, want: Outcome): Agreement {
  const call = run.call;
  if (c.check.throws) return errorClass(learnerOutcome(call), c.check.throws) === errorClass(v, c.check.throws) ? 'exact' : null;
  if (v.kind === 'threw') {
    if (call.kind !== 'threw' || call.error.isError !== v.isError) return null;
    // Language errors read differently in QuickJS and on the host: their kind is what identifies them.
    if (call.error.name !== v.name) return null;
    if (v.name === 'Error' && call.error.message.trim().toLowerCase() !== v.message.trim().toLowerCase()) return null;
    return 'exact';
  }
  if (call.kind !== 'value') return null;
  if (c.check.calls && callCountsDiffer(run.calls, v.calls)) return null;
  if (call.mutated.length) return null;
  if (compareValues(call.value, v.value, c.tolerance).ok) return 'exact';
  // The check's own comparison (eigenvectors up to sign, sets in any order), where it is what
  // tells the variant from the reference: a comparison that judges against the reference's
  // semantics (probes, accept-all before a property) says nothing about two wrong values agreeing.
  if (c.check.compare && want.kind === 'value') {
    try {
      if (c.check.compare(v.value, want.value, c.tolerance, c.args))
        return c.check.compare(call.value, v.value, c.tolerance, c.args) ? null : 'exact';
    } catch {
      return null;
    }
    return null;
  }
  return want.kind === 'value' && sameKindOfFailure(call.value, v.value, want.value, c) ? 'loose' : null;
}

function callCountsDiffer(a: CallLog, b: CallLog): boolean {
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) if ((a[name]?.length ?? 0) !== (b[name]?.length ?? 0)) return true;
  return false;
}

/**
 * The same slip in the same output: the learner's and the variant's values are wrong in exactly
 * the same cells, and there they differ only through non-finite results (NaN vs Infinity from
 * the same overflow) or by less than a loose factor (a clipped log with another epsilon).
 */
function sameKindOfFailure(got: unknown, variant: unknown, want: unknown, c: Case): boolean {
  const g = compareValues(got, want, c.tolerance);
  const v = compareValues(variant, want, c.tolerance);
  if (g.ok || v.ok || g.structural || v.structural) return false;
  const key = (w: (string | number)[][]) => w.map((p) => p.join('/')).join('|');
  if (key(g.wrong) !== key(v.wrong)) return false;
  return looselyEqual(got, variant);
}

function looselyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return !Number.isFinite(a) && !Number.isFinite(b);
    if (a === b) return true;
    if (Math.sign(a) !== Math.sign(b)) return false;
    const [lo, hi] = [Math.min(Math.abs(a), Math.abs(b)), Math.max(Math.abs(a), Math.abs(b))];
    return hi <= LOOSE_FACTOR * lo;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => looselyEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => k in b && looselyEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}
