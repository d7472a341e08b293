// The trusted side of grading: what the reference (and each known-wrong variant) does on a
// case. Runs on the host, never in the learner's sandbox; the learner only ever sees the
// verdict, and for visible checks the expected value.
import { type Case, instantiate } from './cases';
import { plain } from '../protocol/codec';
import type { CallLog } from './host-fn';
import type { LocalizedText } from './types';

export type Outcome =
  { kind: 'value'; value: unknown; calls: CallLog } | { kind: 'threw'; name: string; message: string; isError: boolean; calls: CallLog };

export interface Mistake {
  /** The mistake's name (in reference/<id>/mistakes.ts, or its file name under mistakes/ without `.js`). */
  id: string;
  hint: LocalizedText;
  outcome(c: Case): Outcome;
  /** From the cross-exercise library: an exercise's own mistake wins a tie. */
  common?: boolean;
  /** Call the variant again (a property check that calls the module, judged on the variant). */
  call?(exportName: string, args: unknown[]): unknown;
}

export interface Oracle {
  expected(c: Case): Outcome;
  mistakes: Mistake[];
}

export type ModuleExports = Record<string, unknown>;

const drivers = new Map<string, Function>();

function driverFunction(source: string): Function {
  let f = drivers.get(source);
  if (!f) {
    f = new Function(`return (${source});`)() as Function;
    drivers.set(source, f);
  }
  return f;
}

/** Run a case against a trusted module on the host. */
export function runOnHost(mod: ModuleExports, c: Case): Outcome {
  const { args, calls } = instantiate(c.args);
  try {
    let value: unknown;
    if ('export' in c.target) {
      const f = mod[c.target.export];
      if (typeof f !== 'function') throw new Error(`the module does not export ${c.target.export}`);
      value = f(...args);
    } else {
      value = driverFunction(c.target.driver)(mod, ...args);
    }
    return { kind: 'value', value: plain(value), calls };
  } catch (e) {
    const err = e as Error;
    const isError = e instanceof Error;
    return { kind: 'threw', name: isError ? err.name : '', message: isError ? err.message : String(e), isError, calls };
  }
}

/** Call an export of a trusted module again (for property checks judged on a variant); throws what it throws. */
export function callOnHost(mod: ModuleExports, name: string, args: unknown[]): unknown {
  const f = mod[name];
  if (typeof f !== 'function') throw new Error(`the module does not export ${name}`);
  return plain(f(...instantiate(args).args));
}

/** An oracle from imported modules: the reference and its known-wrong variants. */
export function moduleOracle(
  reference: ModuleExports,
  mistakes: { id: string; hint: LocalizedText; module: ModuleExports; common?: boolean }[],
): Oracle {
  return {
    expected: (c) => runOnHost(reference, c),
    mistakes: mistakes.map((m) => ({
      id: m.id,
      hint: m.hint,
      outcome: (c: Case) => runOnHost(m.module, c),
      call: (name: string, args: unknown[]) => callOnHost(m.module, name, args),
      ...(m.common ? { common: true } : {}),
    })),
  };
}
