// The host half of the sandbox: one QuickJS runtime + context per submission, learner code
// loaded as the ES module `solution.js`, every entry into QuickJS under a deadline.
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
//   under the deadline, and the host only reads strings;
// - quickjs-ng puts the right line on a SyntaxError but the column of the last function or
//   call it parsed (1:1 for `export const x = ;`): the column is found again by compiling
//   prefixes of the source (compile only, nothing runs);
// - out of memory, QuickJS throws an InternalError, or a bare `null` when it cannot even
//   allocate that error: a thrown `null` is the memory limit unless the source throws one;
// - promise jobs a plain function leaves behind run before its arguments are checked, in
//   its time: a change deferred to a microtask is still a change of the argument.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { decode, encode, type Wire, fromWire } from '../protocol/codec';
import type { ConsoleOutput } from '../protocol/console-output';
import { formatConsoleLine } from './console';
import { asMessage, sandbox as say, same, type Text, where as at } from '../protocol/messages';
import { type SandboxLimits, wasmMemoryBytes } from '../protocol/limits';
import { PRELUDE_SOURCE } from './prelude';
import { newQuickJSModule, type WasmSource } from './quickjs';

export const SOLUTION_FILE = 'solution.js';

export interface ThrownError {
  name: string;
  message: string;
  /** An Error (or subclass) instance, not a thrown string or object. */
  isError: boolean;
  line?: number;
  column?: number;
}

export type LimitKind = 'time' | 'memory' | 'stack' | 'crashed';

export type CallOutcome =
  | { kind: 'value'; value: unknown; mutated: { index: number; after: unknown }[]; timeMs: number }
  | { kind: 'threw'; error: ThrownError; timeMs: number }
  | { kind: 'invalid'; message: string; messageZh: string; timeMs: number }
  | { kind: 'missing'; found: string; timeMs: number }
  | { kind: 'limit'; limit: LimitKind; message: string; messageZh: string; timeMs: number };

export type LoadOutcome =
  | { ok: true; exports: Record<string, string>; timeMs: number }
  | {
      ok: false;
      kind: 'syntax' | 'load' | LimitKind;
      /** In English; `messageZh` in Chinese (protocol/messages.ts). */
      message: string;
      messageZh: string;
      line?: number;
      column?: number;
      timeMs: number;
    };

/** What a call runs: an export of the learner's module, or a grader's driver function `(m, ...args) => …`. */
export type CallTarget = { export: string } | { driver: string };

/** Owns a QuickJS module and replaces it when a sandbox wedges it. */
export class SandboxEngine {
  private module: QuickJSWASMModule | undefined;
  private moduleBytes = 0;
  /** How many modules were created: 1 unless something wedged one. */
  modulesCreated = 0;

  /**
   * @param threadClock CPU time of the calling thread, where the platform can tell (see
   *   `threadCpuClock` in node.ts): deadlines then forgive time spent waiting for a core.
   */
  constructor(
    private readonly wasm: WasmSource,
    private readonly threadClock?: ThreadClock,
  ) {}

  /**
   * A fresh sandbox. Making one costs a few milliseconds (evaluating the prelude), so after
   * handing one out the engine prepares the next while the thread is idle: learner code
   * never runs in a sandbox before it is handed out, and every submission gets its own.
   */
  async sandbox(limits: SandboxLimits, seed: number): Promise<Sandbox> {
    const bytes = wasmMemoryBytes(limits);
    if (!this.module || this.moduleBytes < bytes) {
      this.dropSpare();
      this.module = await newQuickJSModule(this.wasm, bytes);
      this.moduleBytes = bytes;
      this.modulesCreated++;
    }
    const key = JSON.stringify(limits);
    let sb: Sandbox;
    if (this.spare && this.spare.key === key && this.spare.module === this.module) {
      sb = this.spare.sandbox;
      this.spare = undefined;
    } else {
      this.dropSpare();
      sb = new Sandbox(this.module, limits, seed, () => this.discardModule(), this.threadClock);
    }
    sb.start(seed);
    this.prepareSpare(limits, key);
    return sb;
  }

  private spare: { sandbox: Sandbox; key: string; module: QuickJSWASMModule } | undefined;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;

  private prepareSpare(limits: SandboxLimits, key: string) {
    if (this.spareTimer !== undefined) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = undefined;
      const module = this.module;
      if (!module || this.spare) return;
      try {
        this.spare = { sandbox: new Sandbox(module, limits, 0, () => this.discardModule(), this.threadClock), key, module };
      } catch {
        this.discardModule();
      }
    }, 0);
    (this.spareTimer as { unref?: () => void }).unref?.();
  }

  /** Dispose a used sandbox once the thread is idle (freeing a runtime takes a while). */
  release(sb: Sandbox) {
    const t = setTimeout(() => sb.dispose(), 0);
    (t as { unref?: () => void }).unref?.();
  }

  private dropSpare() {
    const spare = this.spare;
    this.spare = undefined;
    spare?.sandbox.dispose();
  }

  /** Throw the module away; the next sandbox gets a fresh one. */
  discardModule() {
    const spare = this.spare;
    this.spare = undefined;
    this.module = undefined;
    try {
      spare?.sandbox.dispose();
    } catch {
      // it belonged to the discarded module
    }
  }

  /** Current size of the module's WebAssembly memory (capped at `wasmMemoryBytes(limits)`), 0 without a module. */
  get wasmBytes(): number {
    return this.module?.getWasmMemory().buffer.byteLength ?? 0;
  }
}

/** Milliseconds of CPU time used by the calling thread so far. */
export type ThreadClock = () => number;

/**
 * Time limits are wall-clock (all a browser can measure), but learner code only burns CPU: on a
 * loaded machine a thread that got a fraction of a core has its deadlines stretched by that
 * fraction, up to this factor, so a correct solution does not fail because the machine is busy.
 */
export const MAX_DEADLINE_STRETCH = 4;

export class Sandbox {
  private rt: QuickJSRuntime;
  private ctx: QuickJSContext;
  private harness: Record<'begin' | 'finish' | 'recheck' | 'adoptModule' | 'describeError' | 'takeConsole' | 'reseed', QuickJSHandle>;
  private harnessObject: QuickJSHandle;
  private hostCallFn: QuickJSHandle;
  private deadline = 0;
  /** When and with what budget the current deadline was armed (to stretch it). */
  private armedAt = 0;
  private armedBudget = 0;
  private armedForSubmission = true;
  /** Wall clock and thread CPU time when the submission began (the share of a core it gets). */
  private startedWall = 0;
  private startedCpu = 0;
  private interrupted = false;
  private dead = false;
  /** Why the sandbox stopped, for the calls that come after. */
  private deathReason: 'stack' | 'memory' | undefined;
  private submissionDeadline = 0;
  private hostFns: Function[] = [];
  /** The learner's source, once loaded (to tell a thrown `null` from running out of memory). */
  private source = '';
  private hostCalls = 0;
  /** Time spent inside QuickJS (learner code, and the prelude reading its values). */
  sandboxMs = 0;
  readonly setupMs: number;

  constructor(
    module: QuickJSWASMModule,
    private readonly limits: SandboxLimits,
    seed: number,
    private readonly onWedged: () => void,
    private readonly threadClock?: ThreadClock,
  ) {
    const t0 = performance.now();
    this.startClock();
    this.rt = module.newRuntime();
    this.rt.setMemoryLimit(limits.memoryBytes);
    this.rt.setMaxStackSize(limits.stackBytes);
    this.rt.setInterruptHandler(() => {
      if (Date.now() > this.deadline && !this.stretchForStarvation()) {
        this.interrupted = true;
        return true;
      }
      return false;
    });
    this.rt.setModuleLoader((name) => ({
      error: new Error(`import of '${name}' is not allowed: solutions are a single file without imports`),
    }));
    this.ctx = this.rt.newContext();
    const ctx = this.ctx;
    this.hostCallFn = ctx.newFunction('hostCall', (idHandle, textHandle) => this.onHostCall(idHandle, textHandle));
    this.arm(limits.callTimeMs);
    const prelude = ctx.evalCode(PRELUDE_SOURCE, 'nabla-prelude.js').unwrap();
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
    };
    this.setupMs = performance.now() - t0;
  }

  /** Begin a submission: its clock starts now, and Math.random follows `seed`. */
  start(seed: number) {
    this.startClock();
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
      this.arm(this.limits.callTimeMs);
      const result = this.timed(() => this.ctx.evalCode(source, SOLUTION_FILE, { type: 'module' }));
      if (result.error) {
        const limit = this.limitOf(result.error);
        const err = this.readError(result.error);
        result.error.dispose();
        if (limit) return done({ ok: false as const, kind: limit, ...asMessage(this.limitMessage(limit, at.loading)) });
        if (err.name === 'SyntaxError') {
          const column = err.line ? this.syntaxColumn(source, err.message, err.line) ?? err.column : err.column;
          return done({ ok: false as const, kind: 'syntax' as const, ...asMessage(say.syntax(err.message)), line: err.line, column });
        }
        return done({ ok: false as const, kind: 'load' as const, ...asMessage(loadMessage(err)), line: err.line, column: err.column });
      }
      let reply = this.harnessCall(this.harness.adoptModule, [result.value]);
      result.value.dispose();
      if (reply.pending) {
        const jobs = this.runJobs();
        if (jobs) return done({ ok: false as const, kind: jobs, ...asMessage(this.limitMessage(jobs, at.loading)) });
        reply = this.harnessCall(this.harness.adoptModule, [this.ctx.undefined]);
      }
      if (this.interrupted) return done({ ok: false as const, kind: 'time' as const, ...asMessage(this.limitMessage('time', at.loading)) });
      if (reply.limit) return done({ ok: false as const, kind: reply.limit, ...asMessage(this.limitMessage(reply.limit, at.loading)) });
      if (reply.threw) {
        const err = withLocation(reply.threw);
        const limit = thrownLimit(err, reply.threw.isNull === true, source);
        if (limit) return done({ ok: false as const, kind: limit, ...asMessage(this.limitMessage(limit, at.loading)) });
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
    if (this.submissionTimeUsedUp()) {
      return { kind: 'limit', limit: 'time', ...asMessage(say.submissionTimeUsed(this.limits.timeMs)), timeMs: 0 };
    }
    const fns: Function[] = [];
    const argsText = encode(args, (f) => {
      let i = fns.indexOf(f);
      if (i < 0) i = fns.push(f) - 1;
      return i;
    });
    this.hostFns = fns;
    this.hostCalls = 0;
    const ctx = this.ctx;
    const handles: QuickJSHandle[] = [];
    try {
      this.arm(this.limits.callTimeMs);
      let targetHandle: QuickJSHandle;
      if ('export' in target) targetHandle = ctx.newString(target.export);
      else {
        const compiled = ctx.evalCode(`(${target.driver})`, 'grader-driver.js');
        if (compiled.error) {
          compiled.error.dispose();
          throw new Error('the grader’s driver function does not compile');
        }
        targetHandle = compiled.value;
      }
      handles.push(targetHandle);
      const argsHandle = ctx.newString(argsText);
      handles.push(argsHandle);
      const withModule = 'driver' in target ? ctx.true : ctx.false;
      let reply = this.harnessCall(this.harness.begin, [targetHandle, argsHandle, withModule]);
      if (reply.pending) {
        const jobs = this.runJobs();
        if (jobs) return { kind: 'limit', limit: jobs, ...asMessage(this.limitMessage(jobs, describeTarget(target))), timeMs: elapsed() };
        reply = this.harnessCall(this.harness.finish, []);
      }
      // The deadline fired (learner code can turn the interrupt into a promise rejection).
      if (this.interrupted) return { kind: 'limit', limit: 'time', ...asMessage(this.limitMessage('time', describeTarget(target))), timeMs: elapsed() };
      if (reply.limit) {
        return { kind: 'limit', limit: reply.limit, ...asMessage(this.limitMessage(reply.limit, describeTarget(target))), timeMs: elapsed() };
      }
      if (reply.missing !== undefined) return { kind: 'missing', found: reply.missing as string, timeMs: elapsed() };
      if (reply.threw) {
        const err = withLocation(reply.threw);
        const limit = thrownLimit(err, reply.threw.isNull === true, this.source);
        if (limit) return { kind: 'limit', limit, ...asMessage(this.limitMessage(limit, describeTarget(target))), timeMs: elapsed() };
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
        if (jobs) return { kind: 'limit', limit: jobs, ...asMessage(this.limitMessage(jobs, describeTarget(target))), timeMs: elapsed() };
        const again = this.harnessCall(this.harness.recheck, []);
        if (again.limit) return { kind: 'limit', limit: again.limit, ...asMessage(this.limitMessage(again.limit, describeTarget(target))), timeMs: elapsed() };
        const later = new Map([...changed, ...((again.mutated ?? []) as [number, Wire][])]);
        changed = [...later].sort((x, y) => x[0] - y[0]);
      }
      const mutated = changed.map(([index, after]) => ({ index, after: fromWire(after, () => '[Function]') }));
      return { kind: 'value', value: fromWire(reply.value as Wire), mutated, timeMs: elapsed() };
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
      this.armHarness(1000); // no learner code runs here: not bounded by the submission's budget
      const reply = this.harnessCall(this.harness.takeConsole, []) as unknown as {
        lines?: { level: string; args: Wire[] }[];
        dropped?: number;
      };
      return {
        lines: (reply.lines ?? []).map((l) => formatConsoleLine(l.level, l.args.map((a) => fromWire(a, () => '[Function]')))),
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
      this.harnessObject.dispose();
      this.hostCallFn.dispose();
      this.ctx.dispose();
      this.rt.dispose();
    } catch {
      this.onWedged();
    }
  }

  // ---- internals ----

  private submissionTimeUsedUp(): boolean {
    if (Date.now() <= this.submissionDeadline) return false;
    this.stretchForStarvation(); // may move the submission's deadline
    return Date.now() > this.submissionDeadline;
  }

  private startClock() {
    this.startedWall = Date.now();
    this.startedCpu = this.threadClock?.() ?? 0;
    this.submissionDeadline = this.startedWall + this.limits.timeMs;
  }

  private arm(budgetMs: number) {
    this.armedAt = Date.now();
    this.armedBudget = budgetMs;
    this.armedForSubmission = true;
    this.deadline = Math.min(this.armedAt + budgetMs, this.submissionDeadline);
    this.interrupted = false;
  }

  /** A deadline for the harness reading what learner code left (console, a thrown value). */
  private armHarness(budgetMs: number) {
    this.armedAt = Date.now();
    this.armedBudget = budgetMs;
    this.armedForSubmission = false;
    this.deadline = this.armedAt + budgetMs;
    this.interrupted = false;
  }

  /**
   * At a passed deadline: if this thread got less than 60% of a core since the submission began,
   * stretch the deadlines by 1/share (at most MAX_DEADLINE_STRETCH) and say whether there is
   * time left. Reads the thread's clock only here, when a deadline passes.
   */
  private stretchForStarvation(): boolean {
    if (!this.threadClock) return false;
    const now = Date.now();
    const wall = now - this.startedWall;
    if (wall < 100) return false;
    const share = (this.threadClock() - this.startedCpu) / wall;
    if (share >= 0.6) return false;
    const stretch = Math.min(MAX_DEADLINE_STRETCH, 1 / Math.max(share, 1e-3));
    this.submissionDeadline = Math.max(this.submissionDeadline, this.startedWall + this.limits.timeMs * stretch);
    const call = this.armedAt + this.armedBudget * stretch;
    this.deadline = this.armedForSubmission ? Math.min(call, this.submissionDeadline) : call;
    return now <= this.deadline;
  }

  private timed<T>(f: () => T): T {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.sandboxMs += performance.now() - t0;
    }
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

  /** Run promise jobs (async learner code) under the current deadline. */
  private runJobs(): LimitKind | null {
    const r = this.timed(() => this.rt.executePendingJobs(-1));
    if (r.error) {
      const limit = this.limitOf(r.error);
      r.error.dispose();
      if (limit) return limit;
    } else r.dispose();
    // An interrupted job may have ended as a rejected promise instead of an error here.
    return this.interrupted ? 'time' : null;
  }

  /** Classify an exception that escaped into the host. */
  private limitOf(error: QuickJSHandle): LimitKind | null {
    if (this.interrupted) return 'time';
    let isNull = false;
    const err = this.readError(error, (n) => (isNull = n));
    return thrownLimit(err, isNull, this.source);
  }

  /** Read an error handle inside QuickJS (never `ctx.dump`: it would run learner getters). */
  private readError(error: QuickJSHandle, nullThrown?: (isNull: boolean) => void): ThrownError {
    const wasInterrupted = this.interrupted;
    this.armHarness(Math.min(200, this.limits.callTimeMs));
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
      this.interrupted = wasInterrupted;
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

  private limitMessage(limit: LimitKind, where: Text): Text {
    switch (limit) {
      case 'time': {
        const total = Date.now() >= this.submissionDeadline;
        return total ? say.submissionTime(this.limits.timeMs, where) : say.callTime(this.limits.callTimeMs, where);
      }
      case 'memory':
        return say.memory(Math.round(this.limits.memoryBytes / 2 ** 20), where);
      case 'stack':
        return say.stack(where);
      case 'crashed':
        return say.stoppedAt(where);
    }
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
    if (limit !== 'crashed') return this.limitMessage(limit, where);
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
      this.arm(Math.min(1000, this.limits.callTimeMs));
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

/** A failure on the host side of QuickJS: which limit, if any, it amounts to. */
function hostFailure(e: unknown): LimitKind {
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
function thrownLimit(err: ThrownError, isNull: boolean, source: string): LimitKind | null {
  if (isNull && !/\b(throw|reject)\b[\s(]*null\b/.test(source)) return 'memory';
  if (err.name === 'InternalError' && /out of memory|string too long|array too long/i.test(err.message)) return 'memory';
  if (err.name === 'RangeError' && /call stack size exceeded/i.test(err.message)) return 'stack';
  if (err.name === 'InternalError' && /stack overflow/i.test(err.message)) return 'stack';
  return null;
}

function withLocation(raw: { name: string; message: string; stack?: string; isError?: boolean }): ThrownError {
  const out: ThrownError = { name: raw.name, message: raw.message, isError: raw.isError ?? true };
  const m = raw.stack ? new RegExp(`${SOLUTION_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(raw.stack) : null;
  if (m) {
    out.line = Number(m[1]);
    out.column = Number(m[2]);
  }
  return out;
}

function loadMessage(err: ThrownError): Text {
  return say.loadThrew(err.isError ? same(`${err.name || 'Error'}: ${err.message}`) : say.thrownValue(err.message));
}

function describeTarget(target: CallTarget): Text {
  return 'export' in target ? at.inExport(target.export) : at.inDriver;
}
