// The visible examples as the browser's Run worker receives them (see
// $lib/server/browser-examples.ts), and how they become a grader and an oracle for the
// engine's one `grade()`.
import type { Case } from '../engine/cases';
import { fromWire, type Wire } from '../protocol/codec';
import type { Tolerance } from '../engine/compare';
import type { CheckDef, GraderDef } from '../engine/grader';
import type { Oracle, Outcome } from '../engine/oracle';
import type { BrowserExamples } from '../protocol/browser-examples';

export type { BrowserExample, BrowserExamples, WireOutcome } from '../protocol/browser-examples';

/** A grader of example checks only, and an oracle answering from the precomputed outcomes. */
export function exampleGrader(examples: BrowserExamples): { grader: GraderDef; oracle: Oracle } {
  const outcomes = new Map<string, Outcome>();
  const checks: CheckDef[] = examples.checks.map((e) => {
    const o = e.outcome;
    outcomes.set(
      e.id,
      o.kind === 'value'
        ? { kind: 'value', value: fromWire(o.value), calls: {} }
        : { kind: 'threw', name: o.name, message: o.message, isError: o.isError, calls: {} },
    );
    return {
      id: e.id,
      kind: 'example',
      name: e.name,
      ...(e.call ? { call: e.call } : { run: e.run }),
      args: fromWire(e.args) as unknown[],
      ...(e.tolerance ? { tolerance: e.tolerance } : {}),
      ...(e.nonFiniteHint ? { nonFiniteHint: e.nonFiniteHint } : {}),
    };
  });
  const grader: GraderDef = {
    checks,
    ...(examples.tolerance ? { tolerance: examples.tolerance } : {}),
    ...(examples.limits ? { limits: examples.limits } : {}),
  };
  const oracle: Oracle = {
    expected: (c: Case) => {
      const o = outcomes.get(c.id);
      if (!o) throw new Error(`no expected outcome for example ${c.id}`);
      return o;
    },
    mistakes: [],
  };
  return { grader, oracle };
}
