// What the browser needs to grade the visible examples itself (the Run button): the example
// cases with their arguments and the reference's outcome, as wire values. Only `example`
// checks are ever looked at here; hidden, edge and random cases never leave the server.
//
// An exercise whose examples need host-side code at grading time (function arguments such as
// a seeded `randn`, a `property`, a custom `compare` or a `calls` check) cannot be graded in
// the browser without the grader: its Run goes to the server instead (`null`).
import { expandCases } from '../engine/cases';
import { toWire, type Wire } from '../protocol/codec';
import { HostFn } from '../engine/host-fn';
import { runOnHost } from '../engine/oracle';
import type { LoadedExercise } from './exercises';
import type { BrowserExamples } from '../protocol/browser-examples';

export function browserExamples(ex: LoadedExercise): BrowserExamples | null {
  if (ex.grader.checks.some((c) => c.kind === 'example' && (c.property || c.compare || c.calls || c.expect === 'none'))) return null;
  const cases = expandCases(ex.grader, 0, 'run');
  if (cases.some((c) => containsHostFn(c.args))) return null;
  try {
    return {
      tolerance: ex.grader.tolerance,
      limits: ex.grader.limits,
      checks: cases.map((c) => {
        const outcome = runOnHost(ex.reference.module, c);
        return {
          id: c.id,
          name: c.check.name,
          ...('export' in c.target ? { call: c.target.export } : { run: c.target.driver }),
          args: toWire(c.args) as Wire[],
          ...(c.check.tolerance ? { tolerance: c.check.tolerance } : {}),
          ...(c.check.nonFiniteHint ? { nonFiniteHint: c.check.nonFiniteHint } : {}),
          outcome:
            outcome.kind === 'value'
              ? { kind: 'value' as const, value: toWire(outcome.value) }
              : { kind: 'threw' as const, name: outcome.name, message: outcome.message, isError: outcome.isError },
        };
      }),
    };
  } catch {
    // A value the wire format cannot carry: grade on the server.
    return null;
  }
}

function containsHostFn(v: unknown, depth = 0): boolean {
  if (v instanceof HostFn || typeof v === 'function') return true;
  if (depth > 50 || !v || typeof v !== 'object') return false;
  return Object.values(v).some((x) => containsHostFn(x, depth + 1));
}
