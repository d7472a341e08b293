// Telling limits from errors: what a thrown value or a host-side failure amounts to (time,
// memory, stack, a crash), where a learner's error points in solution.js, and the messages
// a learner reads for each.
import type { SandboxLimits } from '../protocol/limits';
import { sandbox as say, same, type Text, where as at } from '../protocol/messages';
import type { CallTarget, LimitKind, ThrownError } from './outcomes';

export const SOLUTION_FILE = 'solution.js';

/**
 * What a learner reads when a limit stopped their code `where` (e.g. "in `f`").
 * @param submissionOver the whole submission's time ran out (not just this call's)
 */
export function limitMessage(limit: LimitKind, where: Text, limits: SandboxLimits, submissionOver: boolean): Text {
  switch (limit) {
    case 'time':
      return submissionOver ? say.submissionTime(limits.timeMs, where) : say.callTime(limits.callTimeMs, where);
    case 'memory':
      return say.memory(Math.round(limits.memoryBytes / 2 ** 20), where);
    case 'stack':
      return say.stack(where);
    case 'crashed':
      return say.stoppedAt(where);
  }
}

/** A failure on the host side of QuickJS: which limit, if any, it amounts to. */
export function hostFailure(e: unknown): LimitKind {
  const name = (e as Error | undefined)?.name;
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'RangeError' && /call stack/i.test(msg)) return 'stack';
  if (/\bOOM\b|out of memory/i.test(msg)) return 'memory';
  return 'crashed';
}

/**
 * A thrown error that is really a limit. Out of memory, QuickJS throws an InternalError, or
 * a bare `null` when even that error cannot be allocated ("throw JS_NULL to avoid
 * recursing"): a `null` counts as running out of memory unless the source throws or
 * rejects with a literal null itself.
 */
export function thrownLimit(err: ThrownError, isNull: boolean, source: string): LimitKind | null {
  if (isNull && !/\b(throw|reject)\b[\s(]*null\b/.test(source)) return 'memory';
  if (err.name === 'InternalError' && /out of memory|string too long|array too long/i.test(err.message)) return 'memory';
  if (err.name === 'RangeError' && /call stack size exceeded/i.test(err.message)) return 'stack';
  if (err.name === 'InternalError' && /stack overflow/i.test(err.message)) return 'stack';
  return null;
}

export function withLocation(raw: { name: string; message: string; stack?: string; isError?: boolean }): ThrownError {
  const out: ThrownError = { name: raw.name, message: raw.message, isError: raw.isError ?? true };
  const m = raw.stack ? new RegExp(`${SOLUTION_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(raw.stack) : null;
  if (m) {
    out.line = Number(m[1]);
    out.column = Number(m[2]);
  }
  return out;
}

export function loadMessage(err: ThrownError): Text {
  return say.loadThrew(err.isError ? same(`${err.name || 'Error'}: ${err.message}`) : say.thrownValue(err.message));
}

export function describeTarget(target: CallTarget): Text {
  return 'export' in target ? at.inExport(target.export) : at.inDriver;
}
