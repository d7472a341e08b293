// Grading one submission: the single code path behind the CLI, the server's worker pool,
// the browser's Run worker and CI's `validate`.
import { type Case, expandCases, instantiate } from './cases';
import { toWire } from '../protocol/codec';
import { compareValues, describeShape, type Tolerance } from './compare';
import { describeChange, diagnose } from './diagnosis';
import type { ExerciseMeta } from './exercise';
import { textEn, type CheckDef, type GraderDef } from './grader';
import { type CallLog, HostFn } from './host-fn';
import type { Oracle, Outcome } from './oracle';
import { type LearnerRun, recogniseMistake } from './recognition';
import type { CheckResult, CheckStatus, Diagnosis, MistakeMatch, Report, SubmissionError } from './types';
import { withLimits } from '../protocol/limits';
import type { Sandbox, SandboxEngine } from '../sandbox/sandbox';

export interface GradeRequest {
  exercise: ExerciseMeta;
  grader: GraderDef;
  oracle: Oracle;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
  engine: SandboxEngine;
  /**
   * The server's fast lane: the submission's time limits (whole and per call) are capped at this
   * many ms. When a time limit is hit under such a cap, the report says `budgetExceeded` and the
   * server grades the submission again with the exercise's own limits (slow lane).
   */
  budgetMs?: number;
}

/** A crashed sandbox (wedged module) is rebuilt at most this often per submission. */
const MAX_RESTARTS = 2;

export async function grade(req: GradeRequest): Promise<Report> {
  const t0 = performance.now();
  const full = withLimits(req.grader.limits);
  const capped = req.budgetMs !== undefined && req.budgetMs < full.timeMs;
  const limits = capped ? { ...full, timeMs: req.budgetMs!, callTimeMs: Math.min(full.callTimeMs, req.budgetMs!) } : full;
  let hitTime = false;
  const cases = expandCases(req.grader, req.seed, req.mode);
  const checks: CheckResult[] = [];
  const learnerRuns = new Map<string, LearnerRun>();
  const expectedOutcomes = new Map<string, Outcome>();
  let sandboxMs = 0;
  let setupMs = 0;
  let restarts = 0;
  let loadError: SubmissionError | undefined;
  const consoleLines: string[] = [];
  let consoleDropped = 0;

  let sandbox: Sandbox | undefined;
  let exportsFound: Record<string, string> = {};
  const open = async (): Promise<Sandbox | undefined> => {
    const sb = await req.engine.sandbox(limits, req.seed);
    setupMs += sb.setupMs;
    const loaded = sb.load(req.source);
    if (!loaded.ok) {
      loadError = {
        kind: loaded.kind === 'crashed' ? 'internal' : loaded.kind === 'time' ? 'timeout' : loaded.kind,
        message: loaded.message,
        line: loaded.line,
        column: loaded.column,
      };
      close(sb);
      return undefined;
    }
    exportsFound = loaded.exports;
    return sb;
  };
  const close = (sb: Sandbox) => {
    const out = sb.takeConsole();
    consoleLines.push(...out.lines);
    consoleDropped += out.dropped;
    sandboxMs += sb.sandboxMs;
    req.engine.release(sb);
  };

  sandbox = await open();
  const timedOut = new Set<string>();
  for (const c of cases) {
    if (!sandbox) break;
    const fnName = 'export' in c.target ? c.target.export : 'run';
    if (!('export' in c.target)) {
      // A driver uses the module as a whole: every export of the exercise must be there.
      const missing = req.exercise.exports.find((e) => exportsFound[e.name] !== 'function');
      if (missing) {
        checks.push(result(c, 'fail', `solution.js does not export a ${missing.kind} \`${missing.name}\`: write \`export ${missing.kind} ${missing.name}…\``));
        continue;
      }
    }
    if (timedOut.has(fnName)) {
      checks.push(result(c, 'skipped', `not run: \`${fnName}\` exceeded the time limit in an earlier check`));
      continue;
    }
    const expected = req.oracle.expected(c);
    expectedOutcomes.set(c.id, expected);
    const { args, calls } = instantiate(c.args);
    const call = sandbox.call(c.target, args);
    learnerRuns.set(c.id, { call, calls });
    if (call.kind === 'limit' && call.limit === 'time') {
      timedOut.add(fnName);
      hitTime = true;
    }
    checks.push(judge(req.exercise, c, expected, { call, calls }, sandbox));
    if (!sandbox.alive && restarts < MAX_RESTARTS) {
      restarts++;
      close(sandbox);
      sandbox = await open();
    }
  }
  if (sandbox) close(sandbox);

  const total = cases.length;
  const passed = checks.filter((c) => c.status === 'pass').length;
  let status: Report['status'] = passed === total ? 'pass' : 'fail';
  if (loadError) status = 'error';
  let mistake: MistakeMatch | undefined;
  let diagnoses: Diagnosis[] = [];
  if (!loadError && status === 'fail') {
    mistake = recogniseMistake(cases, checks, learnerRuns, expectedOutcomes, req.oracle.mistakes);
    // Generic diagnosis speaks only of the failing checks the named mistake (if any) leaves unexplained.
    const explained = new Set(mistake?.explains ?? []);
    const open = new Set(checks.filter((c) => (c.status === 'fail' || c.status === 'error') && !explained.has(c.id)).map((c) => c.id));
    diagnoses = diagnose(req.exercise, cases, checks, learnerRuns, expectedOutcomes, open);
  }

  return {
    exercise: req.exercise.id,
    status,
    score: loadError || total === 0 ? 0 : passed / total,
    passed: loadError ? 0 : passed,
    total,
    mode: req.mode,
    seed: req.seed,
    ...(loadError ? { error: loadError } : {}),
    checks: loadError ? cases.map((c) => result(c, 'error', 'not run: the submission did not load')) : checks,
    ...(mistake ? { mistake } : {}),
    ...(diagnoses.length ? { diagnoses } : {}),
    console: { lines: consoleLines, dropped: consoleDropped },
    timings: { totalMs: performance.now() - t0, sandboxMs, setupMs },
    ...(capped && (hitTime || loadError?.kind === 'timeout') ? { budgetExceeded: true } : {}),
  };
}

function result(c: Case, status: CheckStatus, message?: string, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id: c.id,
    name: textEn(c.check.name),
    kind: c.check.kind,
    status,
    fn: 'export' in c.target ? c.target.export : 'run',
    ...(message ? { message } : {}),
    ...extra,
  };
}

function judge(exercise: ExerciseMeta, c: Case, expected: Outcome, learner: LearnerRun, sandbox: Sandbox): CheckResult {
  const { call } = learner;
  // Errors inside a driver come from the learner's code the driver called.
  const fnName = 'export' in c.target ? c.target.export : 'your code';
  const shown = (got?: unknown): Partial<CheckResult> =>
    c.visible
      ? {
          input: c.args.map((a) => wireOrLabel(a)),
          ...(expected.kind === 'value' && c.check.expect !== 'none' ? { expected: toWire(expected.value) } : {}),
          ...(got !== undefined ? { got: toWire(got) } : {}),
        }
      : {};
  const timing = { timeMs: 'timeMs' in call ? round(call.timeMs) : undefined };

  switch (call.kind) {
    case 'missing': {
      const spec = exercise.exports.find((e) => e.name === fnName);
      const what = spec?.kind === 'class' ? 'class' : 'function';
      const found = call.found === 'undefined' ? '' : ` (it exports a ${call.found} by that name)`;
      return result(c, 'fail', `solution.js does not export a ${what} \`${fnName}\`${found}: write \`export ${what === 'class' ? 'class' : 'function'} ${fnName}…\``, shown());
    }
    case 'limit':
      return result(c, 'error', call.message, { ...shown(), ...timing });
    case 'invalid':
      return result(c, 'fail', `${fnName}: ${call.message}`, { ...shown(), ...timing });
    case 'threw': {
      const where = call.error.line ? ` (line ${call.error.line}, column ${call.error.column})` : '';
      const loc = { line: call.error.line, column: call.error.column };
      const thrown = call.error.isError ? `${call.error.name || 'Error'}: ${call.error.message}` : `a non-Error value (${call.error.message})`;
      if (c.check.throws) {
        const word = c.check.throws.toLowerCase();
        if (call.error.isError && call.error.message.toLowerCase().includes(word)) return result(c, 'pass', undefined, { ...shown(), ...timing });
        const why = call.error.isError ? `its message does not contain “${c.check.throws}”` : 'throw an Error, not a plain value';
        return result(c, 'fail', `${fnName} threw ${thrown}${where}, but ${why}`, { ...shown(), ...timing, ...loc });
      }
      if (expected.kind === 'threw') {
        return result(c, 'pass', undefined, { ...shown(), ...timing });
      }
      return result(c, 'error', `${fnName} threw ${thrown}${where}`, { ...shown(), ...timing, ...loc });
    }
    case 'value':
      break;
  }

  const got = call.value;
  if (c.check.throws) {
    return result(c, 'fail', `${fnName} should throw an Error whose message contains “${c.check.throws}”, but it returned ${describeShape(got)}`, {
      ...shown(got),
      ...timing,
    });
  }
  if (call.mutated.length) {
    const m = call.mutated[0];
    const spec = exercise.exports.find((e) => e.name === fnName);
    const name = spec?.params[m.index] ? `argument ${spec.params[m.index]}` : `argument ${m.index + 1}`;
    if (!('export' in c.target)) {
      return result(c, 'fail', `your code changed a value the grader passed to it${describeChange(instantiate([c.args[m.index]]).args[0], m.after).en}: work on a copy and return a new value`, {
        ...shown(got),
        ...timing,
      });
    }
    const detail = describeChange(instantiate([c.args[m.index]]).args[0], m.after).en;
    return result(c, 'fail', `${fnName} changed its ${name}${detail}: work on a copy and return a new value`, {
      ...shown(got),
      ...timing,
    });
  }
  if (expected.kind === 'threw') {
    return result(c, 'error', `the reference threw on this check (${expected.message}): please report this exercise`, timing);
  }
  const tol: Tolerance = c.tolerance;
  if (c.check.expect !== 'none') {
    const custom = c.check.compare ? c.check.compare(got, expected.value, tol, c.args) : undefined;
    if (c.check.compare) {
      if (custom) {
        const hint = c.check.nonFiniteHint && hasNonFinite(got) && !hasNonFinite(expected.value) ? ` — ${textEn(c.check.nonFiniteHint)}` : '';
        return result(c, 'fail', textEn(custom) + hint, { ...shown(got), ...timing });
      }
    } else {
      const cmp = compareValues(got, expected.value, tol);
      if (!cmp.ok) {
        let message = cmp.message!;
        if (c.check.nonFiniteHint && !cmp.structural && hasNonFinite(got) && !hasNonFinite(expected.value)) message += ` — ${textEn(c.check.nonFiniteHint)}`;
        return result(c, 'fail', message, { ...shown(got), ...timing, wrong: cmp.wrong, ...(cmp.maxError !== undefined ? { maxError: cmp.maxError } : {}) });
      }
    }
  }
  const callsProblem = checkCalls(c.check, learner.calls, expected.calls);
  if (callsProblem) return result(c, 'fail', callsProblem, { ...shown(got), ...timing });
  if (c.check.property) {
    let problem: string | null | undefined;
    try {
      const found = c.check.property({
        got,
        expected: expected.value,
        args: c.args,
        calls: learner.calls,
        call: (exportName, ...args) => {
          const again = sandbox.call({ export: exportName }, instantiate(args).args);
          if (again.kind === 'value') return again.value;
          throw new PropertyCallError(again.kind === 'threw' ? `${again.error.name}: ${again.error.message}` : 'message' in again ? again.message : `${exportName} is missing`);
        },
      });
      problem = found ? textEn(found) : undefined;
    } catch (e) {
      problem = e instanceof PropertyCallError ? `calling ${fnName} again failed: ${e.message}` : `the property check failed: ${(e as Error).message}`;
    }
    if (problem) return result(c, 'fail', problem, { ...shown(got), ...timing });
  }
  return result(c, 'pass', undefined, { ...shown(got), ...timing });
}

class PropertyCallError extends Error {}

function checkCalls(check: CheckDef, got: CallLog, want: CallLog): string | null {
  if (!check.calls) return null;
  if (typeof check.calls === 'function') {
    const problem = check.calls(got, want);
    return problem ? textEn(problem) : null;
  }
  const names = new Set([...Object.keys(got), ...Object.keys(want)]);
  for (const name of names) {
    const g = got[name] ?? [];
    const w = want[name] ?? [];
    if (g.length !== w.length) {
      return `${name} was called ${times(g.length)}, expected ${times(w.length)}`;
    }
    if (check.calls === 'same') {
      for (let i = 0; i < w.length; i++) {
        const cmp = compareValues(g[i], w[i]);
        if (!cmp.ok) return `call ${i + 1} of ${name} had other arguments: ${cmp.message}`;
      }
    }
  }
  return null;
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

function hasNonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(hasNonFinite);
  if (v && typeof v === 'object') return Object.values(v).some(hasNonFinite);
  return false;
}

/** Visible inputs: function arguments are shown by name. */
function wireOrLabel(a: unknown): unknown {
  if (a instanceof HostFn) return `[function ${a.name}]`;
  if (Array.isArray(a)) return a.map(wireOrLabel);
  if (a && typeof a === 'object') return toWire(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v instanceof HostFn ? `[function ${v.name}]` : v])));
  return toWire(a);
}

function round(ms: number) {
  return Math.round(ms * 100) / 100;
}

