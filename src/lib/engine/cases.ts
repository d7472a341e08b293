// From a grader's checks to concrete cases: random checks expand into `count` cases whose
// arguments are a pure function of (seed, check id, index).
import { DEFAULT_TOLERANCE, type Tolerance } from './compare';
import type { CheckDef, GraderDef } from './grader';
import { type CallLog, HostFn } from './host-fn';
import { deriveSeed, Rng } from './random';
import type { CallTarget } from '../sandbox/sandbox';

export interface Case {
  /** Stable id: the check's id, or `<check id>-<index>` for generated cases. */
  id: string;
  check: CheckDef;
  target: CallTarget;
  /** Arguments; function arguments are HostFn markers, instantiated fresh for every run. */
  args: unknown[];
  tolerance: Tolerance;
  /** Input and expected value may be shown to the learner. */
  visible: boolean;
}

export function expandCases(grader: GraderDef, seed: number, mode: 'run' | 'submit'): Case[] {
  const base = { ...DEFAULT_TOLERANCE, ...(grader.tolerance ?? {}) };
  const out: Case[] = [];
  for (const check of grader.checks) {
    if (mode === 'run' && check.kind !== 'example') continue;
    const target: CallTarget = check.call ? { export: check.call } : { driver: check.run! };
    const tolerance = { ...base, ...(check.tolerance ?? {}) };
    const visible = check.kind === 'example';
    if (check.args) {
      out.push({ id: check.id, check, target, args: check.args, tolerance, visible });
      continue;
    }
    const count = check.count ?? 1;
    for (let i = 0; i < count; i++) {
      const rng = new Rng(deriveSeed(visible ? 0 : seed, check.id, i));
      const args = check.generate!(rng);
      if (!Array.isArray(args)) throw new Error(`check ${check.id}: generate must return an argument list`);
      out.push({ id: count === 1 ? check.id : `${check.id}-${i}`, check, target, args, tolerance, visible });
    }
  }
  return out;
}

/**
 * Replace HostFn markers with fresh recording functions. Returns the arguments to pass and
 * the log their calls land in.
 */
export function instantiate(args: unknown[]): { args: unknown[]; calls: CallLog } {
  const calls: CallLog = {};
  const made = new Map<HostFn, Function>();
  const walk = (v: unknown): unknown => {
    if (v instanceof HostFn) {
      let f = made.get(v);
      if (!f) {
        const impl = v.make();
        const log = (calls[v.name] ??= []);
        f = (...a: unknown[]) => {
          log.push(a);
          return impl(...a);
        };
        made.set(v, f);
      }
      return f;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return { args: args.map(walk), calls };
}
