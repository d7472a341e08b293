// One sandbox: a QuickJS runtime + context per submission with the prelude evaluated in it,
// learner code loaded as the ES module `solution.js`, every entry into QuickJS under a deadline
// (deadline.ts), failures classified as limits or errors (failures.ts).
//
// Facts this is built around (Node 20, quickjs-ng 0.32):
// - the interrupt handler stops `while(true){}` (even in try/finally) within ~1 ms, but only
//   if its deadline is re-armed before each eval, call and pending-job run;
// - without setMaxStackSize deep recursion escapes as a host RangeError and wedges the module;
//   even with it, recursion inside QuickJS's C code (JSON.parse/stringify, Array join, the
//   parser) can exhaust a small host stack (Node's main thread, a browser) before QuickJS's
//   own check fires: that is reported as the 'stack' limit, and the sandbox and its module
//   are thrown away (grading workers have a 16 MB stack, where QuickJS's check comes first);
// - one leaked handle aborts dispose: a context that cannot be disposed is thrown away with
//   its module (the engine builds a new one);
// - nothing learner-made is converted on the host: the prelude encodes it inside QuickJS,
//   under the deadline, and the host only reads strings and, for arrays of numbers, float64
//   bytes (the binary channel, see protocol/wire-codec.js); arguments go in the same way:
//   text for their shape, float64 bytes (an ArrayBuffer in the context) for their numbers;
// - quickjs-ng puts the right line on a SyntaxError but the column of the last function or
//   call it parsed (1:1 for `export const x = ;`): the column is found again by compiling
//   prefixes of the source (compile only, nothing runs);
// - out of memory, QuickJS throws an InternalError, or a bare `null` when it cannot even
//   allocate that error: a thrown `null` is the memory limit unless the source throws one;
// - promise jobs a plain function leaves behind run before its arguments are checked, in
//   its time: a change deferred to a microtask is still a change of the argument.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { decode, encode, type Wire, fromFreshWire, numberSink } from '../protocol/codec';
import type { ConsoleOutput } from '../protocol/console-output';
import type { SandboxLimits } from '../protocol/limits';
import { formatConsoleLine } from './console';
import { Deadline, type ThreadClock } from './deadline';
import { describeTarget, hostFailure, limitMessage, loadMessage, SOLUTION_FILE, thrownLimit, withLocation } from './failures';
import { asMessage, sandbox as say, type Text, where as at } from '../protocol/messages';
import type { CallOutcome, CallTarget, LimitKind, LoadOutcome, ThrownError } from './outcomes';
import { PRELUDE_FILE } from './prelude-script';

/** Queued promise jobs run to their first interrupt after a limit, at most (see `discardJobs`). */
const MAX_DISCARDED_JOBS = 100_000;

/** Deadline for evaluating the prelude (a few milliseconds of work, on a busy machine maybe far more). */
const PRELUDE_BUDGET_MS = 10_000;

export class Sandbox {
  private rt: QuickJSRuntime;
  private ctx: QuickJSContext;
  private harness: Record<
    'begin' | 'finish' | 'recheck' | 'adoptModule' | 'describeError' | 'takeConsole' | 'reseed' | 'takeNumbers' | 'spin',
    QuickJSHandle
  >;
  private harnessObject: QuickJSHandle;
  private hostCallFn: QuickJSHandle;
  private readonly clock: Deadline;
  private dead = false;
  /** Why the sandbox stopped, for the calls that come after. */
  private deathReason: 'stack' | 'memory' | undefined;
  private hostFns: Function[] = [];
  /** The learner's source, once loaded (to tell a thrown `null` from running out of memory). */
  private source = '';
  private hostCalls = 0;
  /** Numbers received through the binary channel (as float64, not text) so far. */
  binaryNumbers = 0;
  /** Numbers sent into the sandbox through the binary channel so far. */
  binaryNumbersIn = 0;
  /** The binary channel of a call's arguments (reused: it only grows). */
  private readonly argNumbers = numberSink();
  /**
   * Grader drivers compiled in this context, by source: a grader calls the same few drivers on
   * every case, and compiling one costs more than many calls. Learner code never holds a driver
   * (it is called from the harness; quickjs-ng gives no `caller`), so a cached one is as it was.
   */
  private readonly drivers = new Map<string, QuickJSHandle>();
  /** Time spent inside QuickJS (learner code, and the prelude reading its values). */
  sandboxMs = 0;
  readonly setupMs: number;

  constructor(
    module: QuickJSWASMModule,
    preludeScript: string,
    private readonly limits: SandboxLimits,
    seed: number,
    private readonly onWedged: () => void,
    threadClock?: ThreadClock,
  ) {
    const t0 = performance.now();
    this.clock = new Deadline(limits, threadClock);
    this.rt = module.newRuntime();
    this.rt.setMemoryLimit(limits.memoryBytes);
    this.rt.setMaxStackSize(limits.stackBytes);
    this.rt.setInterruptHandler(() => this.clock.expired());
    this.rt.setModuleLoader((name) => ({
      error: new Error(`import of '${name}' is not allowed: solutions are a single file without imports`),
    }));
    this.ctx = this.rt.newContext();
    const ctx = this.ctx;
    this.hostCallFn = ctx.newFunction('hostCall', (idHandle, textHandle) => this.onHostCall(idHandle, textHandle));
    this.clock.armHarness(PRELUDE_BUDGET_MS); // trusted code only: not bounded by a learner call's budget
    const prelude = ctx.evalCode(preludeScript, PRELUDE_FILE).unwrap();
    const caps = ctx
      .evalCode(
        `({ maxNodes: ${limits.maxValueNodes}, maxChars: ${limits.maxValueChars}, consoleLines: ${limits.consoleLines}, consoleChars: ${limits.consoleChars} })`,
      )
      .unwrap();
    const seedHandle = ctx.newNumber(seed >>> 0);
    this.harnessObject = ctx.callFunction(prelude, ctx.undefined, [this.hostCallFn, seedHandle, caps]).unwrap();
    prelude.dispose();
    caps.dispose();
    seedHandle.dispose();
    const get = (name: string) => ctx.getProp(this.harnessObject, name);
    this.harness = {
      begin: get('begin'),
      finish: get('finish'),
      recheck: get('recheck'),
      adoptModule: get('adoptModule'),
      describeError: get('describeError'),
      takeConsole: get('takeConsole'),
      reseed: get('reseed'),
      takeNumbers: get('takeNumbers'),
      spin: get('spin'),
    };
    this.setupMs = performance.now() - t0;
  }

  /** Begin a submission: its clock starts now, and Math.random follows `seed`. */
  start(seed: number) {
    this.clock.startSubmission();
    const n = this.ctx.newNumber(seed >>> 0);
    try {
      this.ctx.callFunction(this.harness.reseed, this.ctx.undefined, [n]).unwrap().dispose();
    } finally {
      n.dispose();
    }
  }

  /** False once a failure on the host side stopped this sandbox: make a new one to go on. */
  get alive(): boolean {
    return !this.dead;
  }

  /** Load the learner's source as the module `solution.js`. */
  load(source: string): LoadOutcome {
    const t0 = performance.now();
    const done = <T extends object>(o: T) => ({ ...o, timeMs: performance.now() - t0 });
    if (this.dead) return done({ ok: false as const, kind: 'crashed' as const, ...asMessage(say.stopped) });
    this.source = source;
    try {
      this.clock.arm(this.limits.callTimeMs);
      const result = this.timed(() => this.ctx.evalCode(source, SOLUTION_FILE, { type: 'module' }));
      if (result.error) {
        const limit = this.limitOf(result.error);
        const err = this.readError(result.error);
        result.error.dispose();
        if (limit) return done({ ok: false as const, kind: limit, ...asMessage(this.limitText(limit, at.loading)) });
        if (err.name === 'SyntaxError') {
          const column = err.line ? (this.syntaxColumn(source, err.message, err.line) ?? err.column) : err.column;
          return done({ ok: false as const, kind: 'syntax' as const, ...asMessage(say.syntax(err.message)), line: err.line, column });
        }
        return done({ ok: false as const, kind: 'load' as const, ...asMessage(loadMessage(err)), line: err.line, column: err.column });
      }
      let reply = this.harnessCall(this.harness.adoptModule, [result.value]);
      result.value.dispose();
      if (reply.pending) {
        const jobs = this.runJobs();
        if (jobs) return done({ ok: false as const, kind: jobs, ...asMessage(this.limitText(jobs, at.loading)) });
        reply = this.harnessCall(this.harness.adoptModule, [this.ctx.undefined]);
      }
      if (this.clock.interrupted) return done({ ok: false as const, kind: 'time' as const, ...asMessage(this.limitText('time', at.loading)) });
      if (reply.limit) return done({ ok: false as const, kind: reply.limit, ...asMessage(this.limitText(reply.limit, at.loading)) });
      if (reply.threw) {
        const err = withLocation(reply.threw);
        const limit = thrownLimit(err, reply.threw.isNull === true, source);
        if (limit) return done({ ok: false as const, kind: limit, ...asMessage(this.limitText(limit, at.loading)) });
        return done({ ok: false as const, kind: 'load' as const, ...asMessage(loadMessage(err)), line: err.line, column: err.column });
      }
      if (reply.neverSettled) return done({ ok: false as const, kind: 'load' as const, ...asMessage(say.topLevelAwait) });
      const exports: Record<string, string> = {};
      for (const [name, kind] of reply.exports as [string, string][]) exports[name] = kind;
      return done({ ok: true as const, exports });
    } catch (e) {
      const limit = this.crash(e);
      return done({ ok: false as const, kind: limit, ...asMessage(this.hostFailureMessage(limit, e, at.loading)) });
    }
  }

  /**
   * Call a learner export (or a driver) with arguments made on the host. Functions among the
   * arguments stay on the host: the learner gets stand-ins that call back here.
   */
  call(target: CallTarget, args: unknown[]): CallOutcome {
    const t0 = performance.now();
    const elapsed = () => performance.now() - t0;
    if (this.dead) return { kind: 'limit', limit: 'crashed', ...asMessage(say.stoppedEarlier(this.deathReason)), timeMs: 0 };
    if (this.clock.submissionTimeUsedUp()) {
      return { kind: 'limit', limit: 'time', ...asMessage(say.submissionTimeUsed(this.limits.timeMs)), timeMs: 0 };
    }
    const fns: Function[] = [];
    const sink = this.argNumbers;
    sink.n = 0;
    const argsText = encode(
      args,
      (f) => {
        let i = fns.indexOf(f);
        if (i < 0) i = fns.push(f) - 1;
        return i;
      },
      sink,
    );
    this.binaryNumbersIn += sink.n;
    this.hostFns = fns;
    this.hostCalls = 0;
    const ctx = this.ctx;
    const handles: QuickJSHandle[] = [];
    try {
      this.clock.arm(this.limits.callTimeMs);
      let targetHandle: QuickJSHandle;
      if ('export' in target) {
        targetHandle = ctx.newString(target.export);
        handles.push(targetHandle);
      } else targetHandle = this.driver(target.driver);
      const argsHandle = ctx.newString(argsText);
      handles.push(argsHandle);
      let numbersHandle = ctx.undefined;
      if (sink.n > 0) {
        numbersHandle = ctx.newArrayBuffer(sink.buf.buffer.slice(0, sink.n * 8));
        handles.push(numbersHandle);
      }
      const withModule = 'driver' in target ? ctx.true : ctx.false;
      let reply = this.harnessCall(this.harness.begin, [targetHandle, argsHandle, numbersHandle, withModule]);
      if (reply.pending) {
        const jobs = this.runJobs();
        if (jobs) return { kind: 'limit', limit: jobs, ...asMessage(this.limitText(jobs, describeTarget(target))), timeMs: elapsed() };
        reply = this.harnessCall(this.harness.finish, []);
      }
      // The deadline fired (learner code can turn the interrupt into a promise rejection).
      if (this.clock.interrupted)
        return { kind: 'limit', limit: 'time', ...asMessage(this.limitText('time', describeTarget(target))), timeMs: elapsed() };
      if (reply.limit) {
        return { kind: 'limit', limit: reply.limit, ...asMessage(this.limitText(reply.limit, describeTarget(target))), timeMs: elapsed() };
      }
      if (reply.missing !== undefined) return { kind: 'missing', found: reply.missing as string, timeMs: elapsed() };
      if (reply.threw) {
        const err = withLocation(reply.threw);
        const limit = thrownLimit(err, reply.threw.isNull === true, this.source);
        if (limit) return { kind: 'limit', limit, ...asMessage(this.limitText(limit, describeTarget(target))), timeMs: elapsed() };
        return { kind: 'threw', error: err, timeMs: elapsed() };
      }
      if (reply.neverSettled) {
        return { kind: 'invalid', ...asMessage(say.neverSettled(describeTarget(target))), timeMs: elapsed() };
      }
      if (reply.invalid !== undefined) return { kind: 'invalid', ...asMessage(say.valueRefused(String(reply.invalid))), timeMs: elapsed() };
      // The prelude compares each argument before and after (contents and object identity);
      // promise jobs a call left behind run now, in its time, and may change them too.
      let changed = (reply.mutated ?? []) as [number, Wire][];
      if (this.rt.hasPendingJob()) {
        const jobs = this.runJobs();
        if (jobs) return { kind: 'limit', limit: jobs, ...asMessage(this.limitText(jobs, describeTarget(target))), timeMs: elapsed() };
        const again = this.harnessCall(this.harness.recheck, []);
        if (again.limit)
          return { kind: 'limit', limit: again.limit, ...asMessage(this.limitText(again.limit, describeTarget(target))), timeMs: elapsed() };
        const later = new Map([...changed, ...((again.mutated ?? []) as [number, Wire][])]);
        changed = [...later].sort((x, y) => x[0] - y[0]);
      }
      const mutated = changed.map(([index, after]) => ({ index, after: fromFreshWire(after, () => '[Function]') }));
      const numbers = reply.numbers ? this.takeNumbers(reply.numbers as number) : undefined;
      return { kind: 'value', value: fromFreshWire(reply.value as Wire, undefined, numbers), mutated, timeMs: elapsed() };
    } catch (e) {
      const limit = this.crash(e);
      return { kind: 'limit', limit, ...asMessage(this.hostFailureMessage(limit, e, describeTarget(target))), timeMs: elapsed() };
    } finally {
      for (const h of handles) if (h.alive) h.dispose();
      this.hostFns = [];
    }
  }

  takeConsole(): ConsoleOutput {
    if (this.dead) return { lines: [], dropped: 0 };
    try {
      this.clock.armHarness(1000); // no learner code runs here: not bounded by the submission's budget
      const reply = this.harnessCall(this.harness.takeConsole, []) as unknown as {
        lines?: { level: string; args: Wire[] }[];
        dropped?: number;
      };
      return {
        lines: (reply.lines ?? []).map((l) =>
          formatConsoleLine(
            l.level,
            l.args.map((a) => fromFreshWire(a, () => '[Function]')),
          ),
        ),
        dropped: reply.dropped ?? 0,
      };
    } catch (e) {
      this.crash(e);
      return { lines: [], dropped: 0 };
    }
  }

  dispose() {
    if (this.dead) return;
    this.dead = true;
    try {
      for (const h of Object.values(this.harness)) h.dispose();
      for (const h of this.drivers.values()) h.dispose();
      this.harnessObject.dispose();
      this.hostCallFn.dispose();
      this.ctx.dispose();
      this.rt.dispose();
    } catch {
      this.onWedged();
    }
  }

  // ---- internals ----

  private timed<T>(f: () => T): T {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.sandboxMs += performance.now() - t0;
    }
  }

  /** The compiled driver function of this source (compiled once per sandbox). */
  private driver(source: string): QuickJSHandle {
    let fn = this.drivers.get(source);
    if (!fn) {
      const compiled = this.ctx.evalCode(`(${source})`, 'grader-driver.js');
      if (compiled.error) {
        compiled.error.dispose();
        throw new Error('the grader’s driver function does not compile');
      }
      fn = compiled.value;
      this.drivers.set(source, fn);
    }
    return fn;
  }

  /** Call a harness function; its reply is a wire-format JSON string. */
  private harnessCall(fn: QuickJSHandle, args: QuickJSHandle[]): Record<string, any> {
    const r = this.timed(() => this.ctx.callFunction(fn, this.ctx.undefined, args));
    if (r.error) {
      const limit = this.limitOf(r.error) ?? 'crashed';
      r.error.dispose();
      return { limit };
    }
    const text = this.ctx.getString(r.value);
    r.value.dispose();
    return JSON.parse(text);
  }

  /**
   * The binary channel of the value just returned: its `n` numbers as float64, copied out of the
   * module's memory (no number ever becomes text).
   */
  private takeNumbers(n: number): Float64Array {
    const r = this.timed(() => this.ctx.callFunction(this.harness.takeNumbers, this.ctx.undefined, []));
    if (r.error) {
      const limit = this.limitOf(r.error) ?? 'crashed';
      r.error.dispose();
      throw new Error(`the numbers of the value could not be read (${limit})`);
    }
    try {
      const bytes = this.ctx.getArrayBuffer(r.value);
      try {
        if (!Number.isInteger(n) || n < 0 || n * 8 > bytes.value.byteLength) throw new Error('the binary channel is shorter than the reply says');
        const numbers = new Float64Array(bytes.value.slice(0, n * 8).buffer);
        this.binaryNumbers += numbers.length;
        return numbers;
      } finally {
        bytes.dispose();
      }
    } finally {
      r.value.dispose();
    }
  }

  /** Run promise jobs (async learner code) under the current deadline. */
  private runJobs(): LimitKind | null {
    const r = this.timed(() => this.rt.executePendingJobs(-1));
    let limit: LimitKind | null = null;
    if (r.error) {
      limit = this.limitOf(r.error);
      r.error.dispose();
    } else r.dispose();
    // An interrupted job may have ended as a rejected promise instead of an error here.
    limit ??= this.clock.interrupted ? 'time' : null;
    if (limit) this.discardJobs();
    return limit;
  }

  /**
   * A limit stopped promise jobs, and the jobs they queued (a microtask loop re-queues itself)
   * must not run in the next call's time: run them with the deadline already passed until none
   * is left. QuickJS checks for interrupts every so many calls and loop iterations, so where a
   * job stops depends on that count: a loop that re-queued itself before stopping would stop at
   * the same place every round, so between rounds the count is shifted by a few checks (`spin`).
   */
  private discardJobs() {
    const interrupted = this.clock.interrupted;
    this.clock.armHarness(-1);
    try {
      for (let i = 0, round = 0; i < MAX_DISCARDED_JOBS && this.rt.hasPendingJob(); i++) {
        const r = this.timed(() => this.rt.executePendingJobs(1));
        if (r.error) {
          r.error.dispose();
          const n = this.ctx.newNumber((round++ % 13) + 1);
          const spun = this.timed(() => this.ctx.callFunction(this.harness.spin, this.ctx.undefined, [n]));
          n.dispose();
          if (spun.error) spun.error.dispose();
          else spun.value.dispose();
        } else r.dispose();
      }
    } finally {
      this.clock.interrupted = interrupted;
    }
  }

  /** Classify an exception that escaped into the host. */
  private limitOf(error: QuickJSHandle): LimitKind | null {
    if (this.clock.interrupted) return 'time';
    let isNull = false;
    const err = this.readError(error, (n) => (isNull = n));
    return thrownLimit(err, isNull, this.source);
  }

  /** Read an error handle inside QuickJS (never `ctx.dump`: it would run learner getters). */
  private readError(error: QuickJSHandle, nullThrown?: (isNull: boolean) => void): ThrownError {
    const wasInterrupted = this.clock.interrupted;
    this.clock.armHarness(Math.min(200, this.limits.callTimeMs));
    try {
      const r = this.timed(() => this.ctx.callFunction(this.harness.describeError, this.ctx.undefined, [error]));
      if (r.error) {
        r.error.dispose();
        return { name: 'Error', message: 'an error that could not be read', isError: false };
      }
      const text = this.ctx.getString(r.value);
      r.value.dispose();
      const raw = JSON.parse(text);
      nullThrown?.(raw.isNull === true);
      return withLocation(raw);
    } finally {
      this.clock.interrupted = wasInterrupted;
    }
  }

  private onHostCall(idHandle: QuickJSHandle, textHandle: QuickJSHandle) {
    const ctx = this.ctx;
    const fn = this.hostFns[ctx.getNumber(idHandle)];
    if (!fn) return { error: ctx.newError('this function can only be called during the grader’s call') };
    if (++this.hostCalls > this.limits.maxHostCalls) {
      return { error: ctx.newError(`a function argument was called more than ${this.limits.maxHostCalls} times`) };
    }
    try {
      const args = decode(ctx.getString(textHandle)) as unknown[];
      return ctx.newString(encode(fn(...args)));
    } catch (e) {
      return { error: ctx.newError(e instanceof Error ? e.message : String(e)) };
    }
  }

  private limitText(limit: LimitKind, where: Text): Text {
    return limitMessage(limit, where, this.limits, this.clock.submissionOver);
  }

  /**
   * Something failed on the host side of QuickJS: this sandbox and its module are unusable.
   * Returns the limit it amounts to: 'stack' when the host's own stack ran out (deep C
   * recursion inside QuickJS), 'memory' when the WebAssembly allocator gave up.
   */
  private crash(e: unknown): LimitKind {
    this.dead = true;
    this.onWedged();
    const limit = hostFailure(e);
    this.deathReason = limit === 'stack' || limit === 'memory' ? limit : undefined;
    return limit;
  }

  private hostFailureMessage(limit: LimitKind, e: unknown, where: Text): Text {
    if (limit !== 'crashed') return this.limitText(limit, where);
    const msg = e instanceof Error ? e.message : String(e);
    return say.stoppedUnexpectedly(where, msg.slice(0, 200));
  }

  /**
   * The column of a SyntaxError on `line`. quickjs-ng's own is the position of the last
   * function or call it parsed; the token it stopped at ends the shortest prefix of the
   * source that fails to compile with the same message on the same line.
   */
  private syntaxColumn(source: string, message: string, line: number): number | undefined {
    const lineStart = nthLineStart(source, line);
    if (lineStart < 0) return undefined;
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    // At the end of the source ("Unexpected end of input", or an empty token ''): its last column.
    if (/end of input|: ''$/i.test(message)) return lineEnd - lineStart + 1;
    let compiles = 0;
    const fails = (k: number): boolean => {
      compiles++;
      this.clock.arm(Math.min(1000, this.limits.callTimeMs));
      const r = this.timed(() => this.ctx.evalCode(source.slice(0, k), SOLUTION_FILE, { type: 'module', compileOnly: true }));
      if (!r.error) {
        r.value.dispose();
        return false;
      }
      const err = this.readError(r.error);
      r.error.dispose();
      return err.name === 'SyntaxError' && err.message === message && err.line === line;
    };
    try {
      if (fails(lineStart)) return 1;
      let lo = lineStart;
      let hi = Math.min(lineEnd + 1, source.length);
      if (!fails(hi)) {
        hi = source.length;
        if (!fails(hi)) return undefined;
      }
      while (hi - lo > 1 && compiles < 64) {
        const mid = (lo + hi) >> 1;
        if (fails(mid)) hi = mid;
        else lo = mid;
      }
      let at = hi - 1;
      if (at < lineStart || at > lineEnd) return undefined;
      // A token named in the message (an identifier, a number) ends the prefix: go to its start.
      while (at > lineStart && IDENT_CHAR.test(source[at]) && IDENT_CHAR.test(source[at - 1])) at--;
      return at - lineStart + 1;
    } catch {
      return undefined;
    }
  }
}

const IDENT_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

/** Index where 1-based `line` starts, -1 if the source is shorter. */
function nthLineStart(source: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf('\n', at);
    if (nl < 0) return -1;
    at = nl + 1;
  }
  return at;
}
