// Hostile learner code against the QuickJS sandbox: every protection the sandbox claims has a
// test here that fails if the protection breaks (outcome kind AND message), and after each
// attack the sandbox (or, if the design throws it away, a fresh one) still grades correctly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type SandboxLimits, wasmMemoryBytes, withLimits } from '../src/lib/protocol/limits';
import { nodeWasmSource, threadCpuClock } from '../src/lib/sandbox/node';
import { type CallOutcome, MAX_DEADLINE_STRETCH, type Sandbox, SandboxEngine } from '../src/lib/sandbox/sandbox';

const MB = 2 ** 20;
/** Small limits: a stopped loop costs 300 ms. */
const LIMITS: SandboxLimits = withLimits({ callTimeMs: 300, timeMs: 3000, memoryBytes: 32 * MB });
/** For attacks whose point is another limit (memory, stack): time must not be what stops them. */
const SLOW: Partial<SandboxLimits> = { callTimeMs: 20_000, timeMs: 40_000 };
/** Generous bound proving a 300 ms limit stopped something (the machine may be busy). */
const STOPPED_WITHIN_MS = 5000;
const FIXED_NOW = 1767225600000; // 2026-01-01T00:00:00Z, the prelude's clock

const OK = '\nexport function ok(a) { return a + 1 }\n';
const engine = new SandboxEngine(nodeWasmSource);
const rssAtStart = process.memoryUsage().rss;

async function sandbox(overrides: Partial<SandboxLimits> = {}, seed = 1): Promise<Sandbox> {
  return engine.sandbox({ ...LIMITS, ...overrides }, seed);
}

/** A sandbox with `source` (plus an `ok` export) loaded. */
async function loaded(source: string, overrides: Partial<SandboxLimits> = {}, seed = 1): Promise<Sandbox> {
  const sb = await sandbox(overrides, seed);
  const l = sb.load(source + OK);
  if (!l.ok) throw new Error(`did not load: ${l.kind} ${l.message}`);
  return sb;
}

/** Load, call `f` once, check the sandbox afterwards; returns the outcome. */
async function attack(source: string, args: unknown[] = [], overrides: Partial<SandboxLimits> = {}): Promise<CallOutcome> {
  const sb = await loaded(source, overrides);
  const out = sb.call({ export: 'f' }, args);
  await stillWorks(sb);
  return out;
}

/**
 * After an attack: the same sandbox answers a normal call, disposes cleanly, and the next
 * sandbox reuses the module; or, when the sandbox was thrown away, a fresh module works.
 */
async function stillWorks(sb: Sandbox, opts: { mustSurvive?: boolean } = {}) {
  if (sb.alive) {
    expect(sb.call({ export: 'ok' }, [41])).toMatchObject({ kind: 'value', value: 42 });
    const modules = engine.modulesCreated;
    sb.dispose();
    const next = await sandbox();
    expect(engine.modulesCreated, 'dispose failed (a leaked handle?): the module was replaced').toBe(modules);
    next.dispose();
    return;
  }
  expect(opts.mustSurvive ?? false, 'the sandbox died').toBe(false);
  const modules = engine.modulesCreated;
  sb.dispose();
  const fresh = await sandbox();
  expect(engine.modulesCreated).toBe(modules + 1);
  expect(fresh.load(OK).ok).toBe(true);
  expect(fresh.call({ export: 'ok' }, [1])).toMatchObject({ kind: 'value', value: 2 });
  fresh.dispose();
}

/** A sandbox whose load failed: it stays usable and disposes without replacing the module. */
async function disposesCleanly(sb: Sandbox) {
  expect(sb.alive).toBe(true);
  const modules = engine.modulesCreated;
  sb.dispose();
  const next = await loaded('');
  expect(engine.modulesCreated, 'dispose failed (a leaked handle?): the module was replaced').toBe(modules);
  expect(next.call({ export: 'ok' }, [1])).toMatchObject({ kind: 'value', value: 2 });
  next.dispose();
}

function expectLimit(out: CallOutcome, limit: 'time' | 'memory' | 'stack', message: string | RegExp) {
  expect(out.kind).toBe('limit');
  if (out.kind !== 'limit') return;
  expect(out.limit).toBe(limit);
  if (typeof message === 'string') expect(out.message).toBe(message);
  else expect(out.message).toMatch(message);
  expect(out.timeMs).toBeLessThan(limit === 'time' ? STOPPED_WITHIN_MS : 30_000);
}

function expectValue(out: CallOutcome, value: unknown) {
  expect(out.kind, JSON.stringify(out)).toBe('value');
  if (out.kind !== 'value') return;
  expect(out.value).toEqual(value);
  expect(out.mutated).toEqual([]);
}

function expectInvalid(out: CallOutcome, message: string) {
  expect(out).toMatchObject({ kind: 'invalid', message });
}

function expectThrew(out: CallOutcome, error: { name?: string; message: string | RegExp; isError?: boolean }) {
  expect(out.kind, JSON.stringify(out)).toBe('threw');
  if (out.kind !== 'threw') return;
  if (error.name !== undefined) expect(out.error.name).toBe(error.name);
  if (typeof error.message === 'string') expect(out.error.message).toBe(error.message);
  else expect(out.error.message).toMatch(error.message);
  if (error.isError !== undefined) expect(out.error.isError).toBe(error.isError);
}

const TIME_IN_F = 'time limit of 300 ms exceeded in `f` (an infinite loop?)';
const STACK_IN_F = 'maximum call stack size exceeded in `f` (recursion too deep, or without an end?)';
const MEMORY_IN_F = 'memory limit of 32 MB exceeded in `f`';

describe('infinite loops are stopped, and the sandbox goes on', () => {
  it.each([
    ['while (true) {}', 'export function f() { while (true) {} }'],
    ['a loop in try/finally with a loop in finally', 'export function f() { try { while (true) {} } finally { for (;;) {} } }'],
    ['a loop in try/catch (the interrupt cannot be caught)', 'export function f() { try { while (true) {} } catch (e) { return "caught" } }'],
    ['a loop in a Proxy trap of the returned value', 'export function f() { return new Proxy({}, { ownKeys() { for (;;) {} } }) }'],
    ['a loop in a sort comparator', 'export function f() { return [3, 1, 2].sort(() => { for (;;) {} }) }'],
    ['a loop in a Proxy trap of a thrown value', 'export function f() { throw new Proxy({}, { getPrototypeOf() { for (;;) {} } }) }'],
    ['a loop in a Proxy logged to the console', 'export function f() { console.log(new Proxy({}, { ownKeys() { for (;;) {} } })); return 1 }'],
  ])('%s', async (_name, source) => {
    const sb = await loaded(source);
    const out = sb.call({ export: 'f' }, []);
    expectLimit(out, 'time', TIME_IN_F);
    await stillWorks(sb, { mustSurvive: true });
  });

  it('an async function looping on microtasks, and a later async call still works', async () => {
    const sb = await loaded('export async function f() { for (;;) await null }\nexport async function g() { return 7 }');
    expectLimit(sb.call({ export: 'f' }, []), 'time', TIME_IN_F);
    expectValue(sb.call({ export: 'g' }, []), 7);
    await stillWorks(sb, { mustSurvive: true });
  });

  it('getters and toJSON of a returned value never run', async () => {
    expectInvalid(
      await attack('export function f() { return { get x() { for (;;) {} } } }'),
      'the value returned has a getter (an accessor property) at x',
    );
    expectInvalid(
      await attack('export function f() { return { a: [1, { toJSON() { for (;;) {} } }] } }'),
      'the value returned contains a function at a[1].toJSON',
    );
    // Hidden from the encoder (not enumerable, on the prototype): ignored, never called.
    const hidden = await attack(
      'Object.prototype.toJSON = function () { for (;;) {} };\n' +
        'export function f() { const o = { a: 1 }; Object.defineProperty(o, "toJSON", { value() { for (;;) {} } }); return o }',
    );
    expectValue(hidden, { a: 1 }); // (had the loop run, the call would have hit the time limit)
  });

  it("a thrown object's looping message getter is not run", async () => {
    const plain = await attack('export function f() { throw { get message() { for (;;) {} } } }');
    expectThrew(plain, { name: '', message: '{"message":"[Getter]"}', isError: false });
    const subclass = await attack('export function f() { class E extends Error { get message() { for (;;) {} } } throw new E() }');
    expectThrew(subclass, { name: 'Error', message: '', isError: true });
  });

  it('a loop in Error.prepareStackTrace', async () => {
    const sb = await loaded('export function f() { Error.prepareStackTrace = () => { for (;;) {} }; throw new Error("x") }');
    expectLimit(sb.call({ export: 'f' }, []), 'time', TIME_IN_F);
    await stillWorks(sb, { mustSurvive: true });
  });

  it('console output survives a submission that used up its time', async () => {
    const sb = await loaded('export function f() { console.log("before"); for (;;) {} }', { callTimeMs: 300, timeMs: 300 });
    expect(sb.call({ export: 'f' }, [])).toMatchObject({ kind: 'limit', limit: 'time' });
    expect(sb.takeConsole()).toEqual({ lines: ['before'], dropped: 0 });
    sb.dispose();
  });

  it('a loop at the top level of the module', async () => {
    const sb = await sandbox();
    const out = sb.load('let n = 0; while (true) { n++ }' + OK);
    expect(out).toMatchObject({ ok: false, kind: 'time', message: 'time limit of 300 ms exceeded while loading the module (an infinite loop?)' });
    expect(out.timeMs).toBeLessThan(STOPPED_WITHIN_MS);
    await disposesCleanly(sb);
  });

  it('the whole submission has a budget: calls after it is used up are not run', async () => {
    const sb = await loaded('export function f() { for (;;) {} }', { callTimeMs: 300, timeMs: 500 });
    expectLimit(sb.call({ export: 'f' }, []), 'time', TIME_IN_F);
    // What is left of the 500 ms is less than a call's 300 ms: the second loop uses it up.
    const second = sb.call({ export: 'f' }, []);
    expect(second).toMatchObject({ kind: 'limit', limit: 'time' });
    expect((second as { message: string }).message).toMatch(
      /^(time limit of 500 ms for the whole submission exceeded in `f`|the submission's time limit of 500 ms was used up before this check)$/,
    );
    expect(sb.call({ export: 'ok' }, [1])).toMatchObject({
      kind: 'limit',
      limit: 'time',
      message: "the submission's time limit of 500 ms was used up before this check",
    });
    sb.dispose();
  });
});

describe('a thread starved of CPU gets its deadlines stretched, not an infinite loop', () => {
  // A clock that says the thread got no CPU at all (the machine is busy elsewhere).
  const starvedEngine = new SandboxEngine(nodeWasmSource, () => 0);
  // A clock that says the thread had a whole core the whole time.
  const t0 = Date.now();
  const fedEngine = new SandboxEngine(nodeWasmSource, () => Date.now() - t0 + 1_000_000);
  afterAll(() => {
    starvedEngine.discardModule();
    fedEngine.discardModule();
  });

  it('stretches a starved call up to MAX_DEADLINE_STRETCH times its budget, then stops it', async () => {
    const sb = await starvedEngine.sandbox({ ...LIMITS, callTimeMs: 150, timeMs: 3000 }, 1);
    expect(sb.load('export function f() { for (;;) {} }').ok).toBe(true);
    const out = sb.call({ export: 'f' }, []);
    expect(out).toMatchObject({ kind: 'limit', limit: 'time', message: 'time limit of 150 ms exceeded in `f` (an infinite loop?)' });
    // The deadline moved to 4 × 150 ms: it cannot have fired before.
    expect(out.timeMs).toBeGreaterThanOrEqual(MAX_DEADLINE_STRETCH * 150 - 20);
    expect(out.timeMs).toBeLessThan(STOPPED_WITHIN_MS);
    sb.dispose();
  });

  it('stretches the whole submission too', async () => {
    const sb = await starvedEngine.sandbox({ ...LIMITS, callTimeMs: 150, timeMs: 200 }, 1);
    expect(sb.load('export function f() { for (;;) {} }').ok).toBe(true);
    const out = sb.call({ export: 'f' }, []);
    expect(out).toMatchObject({ kind: 'limit', limit: 'time' });
    expect(out.timeMs).toBeGreaterThanOrEqual(MAX_DEADLINE_STRETCH * 150 - 20);
    sb.dispose();
  });

  it('does not stretch a thread that had its core: an infinite loop stops at the budget', async () => {
    const sb = await fedEngine.sandbox({ ...LIMITS, callTimeMs: 150, timeMs: 3000 }, 1);
    expect(sb.load('export function f() { for (;;) {} }').ok).toBe(true);
    const out = sb.call({ export: 'f' }, []);
    expect(out).toMatchObject({ kind: 'limit', limit: 'time', message: 'time limit of 150 ms exceeded in `f` (an infinite loop?)' });
    expect(out.timeMs).toBeGreaterThanOrEqual(140);
    sb.dispose();
  });

  it('reads the CPU time of this thread on Linux', () => {
    const clock = threadCpuClock();
    if (process.platform !== 'linux') return expect(clock).toBeUndefined();
    const before = clock!();
    let x = 0;
    const until = Date.now() + 120;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(clock!() - before).toBeGreaterThanOrEqual(10); // at least one tick of the busy 120 ms
  });
});

describe('memory bombs hit the memory limit, and the process stays healthy', () => {
  const cap = wasmMemoryBytes(LIMITS);

  it.each([
    ['a growing array', 'export function f() { const a = []; for (;;) a.push([1, 2, 3, 4, 5, 6, 7, 8]) }'],
    ['new Float64Array(1e8)', 'export function f() { return new Float64Array(1e8).length }'],
    ['many 1e6 typed arrays', 'export function f() { const a = []; for (let i = 0; i < 1000; i++) a.push(new Float64Array(1e6)); return a.length }'],
    ['string doubling', 'export function f() { let s = "x"; for (;;) s = s + s }'],
    ['a huge object graph', 'export function f() { let o = {}; for (let i = 0; ; i++) o = { a: o, b: [o, o, i], c: { d: i } } }'],
    ['a huge Map', 'export function f() { const m = new Map(); for (let i = 0; ; i++) m.set(i, { i }) }'],
  ])('%s', async (_name, source) => {
    const out = await attack(source, [], SLOW);
    expectLimit(out, 'memory', MEMORY_IN_F);
    expect(engine.wasmBytes).toBeLessThanOrEqual(cap);
  });

  it("'x'.repeat(2**30) is a clear RangeError", async () => {
    expectThrew(await attack('export function f() { return "x".repeat(2 ** 30).length }'), {
      name: 'RangeError',
      message: 'invalid string length',
      isError: true,
    });
  });

  it('the WebAssembly memory never exceeds its cap and the process does not balloon', () => {
    expect(engine.wasmBytes).toBeGreaterThan(0);
    expect(engine.wasmBytes).toBeLessThanOrEqual(cap);
    const rss = process.memoryUsage().rss;
    expect(rss - rssAtStart).toBeLessThan(600 * MB);
    expect(rss).toBeLessThan(1.5 * 1024 * MB);
  });
});

describe('deep recursion hits the stack limit', () => {
  it.each([
    ['direct', 'export function f() { return f() + 1 }'],
    ['mutual', 'function a(n) { return b(n) + 1 } function b(n) { return a(n) + 1 }\nexport function f() { return a(0) }'],
    ['through a getter', 'export function f() { const o = { get x() { return this.x } }; return o.x }'],
    ['through a Proxy get trap', 'export function f() { const p = new Proxy({}, { get(t, k, r) { return r[k] } }); return p.x }'],
    [
      'through toJSON inside JSON.stringify',
      'export function f() { const o = { toJSON() { return JSON.stringify(this) } }; return JSON.stringify(o) }',
    ],
    // Recursion in QuickJS's C code: on a small host stack (this test's main thread) it may run
    // out before QuickJS's own check; either way it is the stack limit.
    [
      'JSON.stringify of a deep object',
      'export function f() { let o = {}; for (let i = 0; i < 20000; i++) o = { o }; return JSON.stringify(o).length }',
    ],
    ['JSON.parse of a deep array', 'export function f() { return JSON.parse("[".repeat(20000) + "]".repeat(20000)).length }'],
    ['String() of a deep array', 'export function f() { let o = []; for (let i = 0; i < 20000; i++) o = [o]; return String(o).length }'],
    ['eval of deeply nested source', 'export function f() { return eval("[".repeat(20000) + "]".repeat(20000)).length }'],
  ])('%s', async (_name, source) => {
    const sb = await loaded(source, SLOW);
    expectLimit(sb.call({ export: 'f' }, []), 'stack', STACK_IN_F);
    await stillWorks(sb);
  });

  it('recursion that catches its own overflow and recurses again is stopped (by the stack or the clock)', async () => {
    const sb = await loaded('export function f() { try { return f() } catch (e) { return f() } }', { callTimeMs: 1000 });
    const out = sb.call({ export: 'f' }, []);
    expect(out.kind).toBe('limit');
    if (out.kind === 'limit' && out.limit === 'time') expect(out.message).toBe('time limit of 1 s exceeded in `f` (an infinite loop?)');
    else expectLimit(out, 'stack', STACK_IN_F);
    await stillWorks(sb);
  });

  it('deep nesting at the top level of the module', async () => {
    const sb = await sandbox(SLOW);
    const out = sb.load(`export const x = ${'['.repeat(20000)}${']'.repeat(20000)};` + OK);
    expect(out).toMatchObject({
      ok: false,
      kind: 'stack',
      message: 'maximum call stack size exceeded while loading the module (recursion too deep, or without an end?)',
    });
    if (sb.alive) await disposesCleanly(sb);
    else {
      sb.dispose();
      const next = await loaded('');
      expect(next.call({ export: 'ok' }, [1])).toMatchObject({ kind: 'value', value: 2 });
      next.dispose();
    }
  });

  it('in a grading worker thread: reported as the stack limit, and neither the worker nor the process dies', async () => {
    const { GradingPool } = await import('../src/lib/server/pool');
    const pool = new GradingPool({ size: 1, root: process.cwd(), hardTimeoutMs: 60_000 });
    try {
      const deep = [
        'export function predict(X, w, b) { return JSON.parse("[".repeat(1e5) + "]".repeat(1e5)) }',
        'export function predict(X, w, b) { function g(k) { return g(k + 1) + 1 } return g(0) }',
      ];
      for (const source of deep) {
        const report = await pool.grade({ exercise: 'linear-predict', source, mode: 'run', seed: 1 });
        expect(report.status).toBe('fail');
        expect(report.checks.length).toBeGreaterThan(0);
        for (const c of report.checks) {
          expect(c.status).toBe('error');
          expect(c.message).toBe('maximum call stack size exceeded in `predict` (recursion too deep, or without an end?)');
        }
      }
      const good = await pool.grade({
        exercise: 'linear-predict',
        source: 'export function predict(X, w, b) { return X.map((r) => r.reduce((s, x, j) => s + x * w[j], b)) }',
        mode: 'run',
        seed: 1,
      });
      expect(good.status).toBe('pass');
      expect(pool.replaced).toBe(0);
    } finally {
      await pool.close();
    }
  });
});

describe('returned values', () => {
  it.each([
    ['a cycle', 'export function f() { const a = [1]; a.push(a); return a }', 'the value returned contains a cycle (an object inside itself) at [1]'],
    [
      'a nested cycle',
      'export function f() { const o = { x: { y: {} } }; o.x.y.z = o; return o }',
      'the value returned contains a cycle (an object inside itself) at x.y.z',
    ],
    ['a function', 'export function f() { return { g: () => 1 } }', 'the value returned contains a function at g'],
    ['a symbol', 'export function f() { return [Symbol("s")] }', 'the value returned contains a symbol at [0]'],
    ['a BigInt', 'export function f() { return 10n }', 'the value returned contains a bigint'],
    [
      'a class instance',
      'export function f() { class P { constructor() { this.x = 1 } } return new P() }',
      'the value returned is an instance of a class (return plain data: numbers, arrays, plain objects)',
    ],
    [
      'a boxed number',
      'export function f() { return new Number(1) }',
      'the value returned is an instance of a class (return plain data: numbers, arrays, plain objects)',
    ],
    ['a Map', 'export function f() { return new Map([[1, 2]]) }', 'the value returned is a Map (return a plain object or an array)'],
    ['a Set', 'export function f() { return new Set([1]) }', 'the value returned is a Set (return an array)'],
    ['a hole', 'export function f() { return [1, , 3] }', 'the value returned has an empty slot (a hole in the array) at [1]'],
    ['a getter', 'export function f() { return { a: { get b() { return 1 } } } }', 'the value returned has a getter (an accessor property) at a.b'],
    ['a DataView', 'export function f() { return new DataView(new ArrayBuffer(8)) }', 'the value returned contains a DataView'],
    [
      'a fake promise',
      'export function f() { return Object.setPrototypeOf({}, Promise.prototype) }',
      'the value returned is a Promise (the grader expected a value; await it, or remove async)',
    ],
    [
      'a Proxy lying that it is a promise',
      'export function f() { return new Proxy({}, { getPrototypeOf() { return Promise.prototype } }) }',
      'the value returned is a Promise (the grader expected a value; await it, or remove async)',
    ],
    [
      'nesting deeper than 64 levels',
      'export function f() { let o = 1; for (let i = 0; i < 100; i++) o = [o]; return o }',
      `the value returned is nested too deeply (more than 64 levels) at ${'[0]'.repeat(64)}`,
    ],
  ])('%s is refused with a clear message', async (_name, source, message) => {
    expectInvalid(await attack(source), message);
  });

  it('huge outputs are refused as too large, without reading them', async () => {
    const sparse = await attack('export function f() { return new Array(1e7) }');
    expectInvalid(sparse, `the value returned is too large (more than ${DEFAULT_LIMITS.maxValueNodes} values)`);
    expectInvalid(
      await attack('export function f() { return new Uint8Array(1e7) }'),
      `the value returned is too large (more than ${DEFAULT_LIMITS.maxValueNodes} values)`,
    );
    expectInvalid(
      await attack('export function f() { return { a: "x".repeat(5000) } }', [], { maxValueChars: 1000 }),
      'the value returned is too large (more than 1000 characters) at a',
    );
    expectInvalid(
      await attack('export function f() { return Array.from({ length: 100 }, (_, i) => [i, i]) }', [], { maxValueNodes: 100 }),
      'the value returned is too large (more than 100 values)',
    );
  });

  it('a dense 1e7-element array: refused as too large, or stopped by the memory limit', async () => {
    const out = await attack('export function f() { return new Array(1e7).fill(0) }', [], SLOW);
    if (out.kind === 'limit') expectLimit(out, 'memory', MEMORY_IN_F);
    else expectInvalid(out, `the value returned is too large (more than ${DEFAULT_LIMITS.maxValueNodes} values)`);
  });

  it('a promise that never settles', async () => {
    expectInvalid(await attack('export function f() { return new Promise(() => {}) }'), 'in `f` returned a Promise that never settled');
    expectInvalid(await attack('export async function f() { await new Promise(() => {}) }'), 'in `f` returned a Promise that never settled');
  });

  it('NaN, -0, ±Infinity and undefined come back exactly', async () => {
    const out = await attack('export function f() { return [NaN, -0, 0, Infinity, -Infinity, undefined, { u: undefined, n: NaN, z: -0 }] }');
    expect(out.kind).toBe('value');
    const v = (out as { value: unknown[] }).value;
    expect(v).toHaveLength(7);
    expect(Number.isNaN(v[0])).toBe(true);
    expect(Object.is(v[1], -0)).toBe(true);
    expect(Object.is(v[2], 0)).toBe(true);
    expect(v[3]).toBe(Infinity);
    expect(v[4]).toBe(-Infinity);
    expect(v[5]).toBeUndefined();
    const o = v[6] as Record<string, number>;
    expect(Object.keys(o).sort()).toEqual(['n', 'u', 'z']);
    expect(o.u).toBeUndefined();
    expect(Number.isNaN(o.n)).toBe(true);
    expect(Object.is(o.z, -0)).toBe(true);
    for (const [src, want] of [
      ['undefined', undefined],
      ['NaN', NaN],
      ['-0', -0],
      ['-Infinity', -Infinity],
    ] as const) {
      const one = await attack(`export function f() { return ${src} }`);
      expect(one.kind).toBe('value');
      expect(Object.is((one as { value: unknown }).value, want)).toBe(true);
    }
  });

  it('an export named then, and Object.prototype.then, change nothing', async () => {
    const sb = await loaded('export function then(resolve) { resolve(42) }\nexport function f() { return { a: 1 } }');
    expectValue(sb.call({ export: 'f' }, []), { a: 1 });
    sb.dispose();
    expectValue(await attack('Object.prototype.then = function (r) { r(7) };\nexport function f() { return { a: 1 } }'), { a: 1 });
  });

  it('values that look like the wire format stay what they are', async () => {
    const out = await attack(
      'export function f() { return [{ $: "NaN" }, { $fn: 0 }, { $obj: { a: 1 } }, \'{"value":42}\', \'","mutated":[]}\', { [\'a":1,"b\']: 2 }, { ["__proto__"]: { a: 1 } }] }',
    );
    expect(out.kind).toBe('value');
    const v = (out as { value: unknown[] }).value;
    expect(v.slice(0, 6)).toEqual([{ $: 'NaN' }, { $fn: 0 }, { $obj: { a: 1 } }, '{"value":42}', '","mutated":[]}', { 'a":1,"b': 2 }]);
    // An own key "__proto__" stays a key: it must not become the prototype of the host's object.
    const proto = v[6] as object;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect('a' in proto).toBe(false);
    const parsed = await attack('export function f() { return JSON.parse(\'{"__proto__": {"a": 1}}\') }');
    expect(Object.keys((parsed as { value: object }).value)).toEqual(['__proto__']);
  });

  it('Proxies are read through their traps; a throwing trap is a thrown error, not a crash', async () => {
    expectValue(await attack('export function f() { return new Proxy([1, 2], {}) }'), [1, 2]);
    expectThrew(await attack('export function f() { return new Proxy({}, { ownKeys() { throw new Error("trap") } }) }'), {
      name: 'Error',
      message: 'trap',
      isError: true,
    });
    expectThrew(await attack('export function f() { return new Proxy([], { getOwnPropertyDescriptor() { return undefined } }) }'), {
      name: 'TypeError',
      message: /proxy/,
    });
  });
});

describe('console', () => {
  it('1e6 console.log calls are capped at consoleLines, the rest counted as dropped', async () => {
    const sb = await loaded('export function f() { for (let i = 0; i < 1e6; i++) console.log(i); return 1 }', { callTimeMs: 30_000, timeMs: 60_000 });
    expectValue(sb.call({ export: 'f' }, []), 1);
    const out = sb.takeConsole();
    expect(out.lines).toHaveLength(LIMITS.consoleLines);
    expect(out.lines.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(out.dropped).toBe(1e6 - LIMITS.consoleLines);
    expect(sb.takeConsole()).toEqual({ lines: [], dropped: 0 });
    await stillWorks(sb, { mustSurvive: true });
  });

  it('a huge single string is cut inside the sandbox and uses up the character budget', async () => {
    const sb = await loaded('export function f() { console.log("x".repeat(1e7)); console.log("after"); return 1 }');
    const call = sb.call({ export: 'f' }, []);
    expectValue(call, 1);
    expect(call.timeMs).toBeLessThan(STOPPED_WITHIN_MS);
    const out = sb.takeConsole();
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0].length).toBeLessThanOrEqual(1001);
    expect(out.lines[0]).toMatch(/^x+…$/);
    expect(out.dropped).toBe(1);
    await stillWorks(sb, { mustSurvive: true });
  });

  it('cyclic objects, getters and long arrays are printed without running anything', async () => {
    const sb = await loaded(
      'export function f() { const a = [1]; a.push(a); const o = { get g() { for (;;) {} } }; console.log(a, o); console.warn(new Array(1000).fill(7)); return 1 }',
    );
    expectValue(sb.call({ export: 'f' }, []), 1);
    const out = sb.takeConsole();
    expect(out.lines[0]).toBe('[1, "[Circular]"] { g: "[Getter]" }');
    expect(out.lines[1]).toBe(`[warn] [${Array(100).fill(7).join(', ')}, … 900 more]`);
    await stillWorks(sb, { mustSurvive: true });
  });
});

describe('imports and require are refused', () => {
  it('a static import', async () => {
    const sb = await sandbox();
    const out = sb.load('import fs from "fs";\nexport function f() { return fs }');
    expect(out).toMatchObject({
      ok: false,
      kind: 'load',
      message: "the module threw while loading: Error: import of 'fs' is not allowed: solutions are a single file without imports",
    });
    await disposesCleanly(sb);
  });

  it("dynamic import('fs') and import('./x.js')", async () => {
    expectThrew(await attack('export async function f() { return await import("fs") }'), {
      name: 'Error',
      message: "import of 'fs' is not allowed: solutions are a single file without imports",
    });
    expectThrew(await attack('export function f() { return import("./x.js") }'), {
      name: 'Error',
      message: "import of 'x.js' is not allowed: solutions are a single file without imports",
    });
  });

  it('require is not defined', async () => {
    expectThrew(await attack('export function f() { return require("fs") }'), {
      name: 'ReferenceError',
      message: 'require is not defined',
      isError: true,
    });
  });
});

describe('no host objects, no clock, no entropy', () => {
  it('host-ish globals are absent', async () => {
    const names = [
      'process',
      'require',
      'module',
      'fetch',
      'XMLHttpRequest',
      'WebAssembly',
      'performance',
      'setTimeout',
      'setInterval',
      'Deno',
      'Bun',
      'os',
      'std',
      'bjson',
      'print',
      'scriptArgs',
      'navigator',
      'gc',
      'Worker',
      'SharedArrayBuffer',
      'Atomics',
      'WeakRef',
      'FinalizationRegistry',
    ];
    const out = await attack(`export function f() { return [${names.map((n) => `typeof ${n}`).join(', ')}] }`);
    expectValue(
      out,
      names.map(() => 'undefined'),
    );
  });

  it('globalThis holds only standard built-ins and the captured console', async () => {
    const allowed = new Set([
      'Object',
      'Function',
      'Error',
      'EvalError',
      'RangeError',
      'ReferenceError',
      'SyntaxError',
      'TypeError',
      'URIError',
      'InternalError',
      'AggregateError',
      'Iterator',
      'Array',
      'parseInt',
      'parseFloat',
      'isNaN',
      'isFinite',
      'queueMicrotask',
      'decodeURI',
      'decodeURIComponent',
      'encodeURI',
      'encodeURIComponent',
      'escape',
      'unescape',
      'Infinity',
      'NaN',
      'undefined',
      'Number',
      'Boolean',
      'String',
      'Math',
      'Reflect',
      'Symbol',
      'eval',
      'globalThis',
      'Date',
      'RegExp',
      'JSON',
      'Proxy',
      'Map',
      'Set',
      'WeakMap',
      'WeakSet',
      'ArrayBuffer',
      'Uint8ClampedArray',
      'Int8Array',
      'Uint8Array',
      'Int16Array',
      'Uint16Array',
      'Int32Array',
      'Uint32Array',
      'BigInt64Array',
      'BigUint64Array',
      'Float16Array',
      'Float32Array',
      'Float64Array',
      'DataView',
      'Promise',
      'BigInt',
      'DOMException',
      'console',
      'Symbol(Symbol.toStringTag)',
    ]);
    const out = await attack('export function f() { return Reflect.ownKeys(globalThis).map(String) }');
    expect(out.kind).toBe('value');
    const keys = (out as { value: string[] }).value;
    expect(keys.filter((k) => !allowed.has(k))).toEqual([]);
    expect(keys).toContain('console');
  });

  it("Function('return this')() is the sandbox's own global", async () => {
    expectValue(
      await attack(
        'export function f() { const g = Function("return this")(); return [g === globalThis, typeof g.process, typeof (0, eval)("this").require] }',
      ),
      [true, 'undefined', 'undefined'],
    );
  });

  it('Date is fixed, and the real clock is not one prototype away', async () => {
    const out = await attack(
      'export function f() { class D extends Date {} return [Date.now(), new Date().getTime(), new D().getTime(), Date(), ' +
        'Object.getPrototypeOf(Date) === Function.prototype, new Date().constructor === Date, Object.getPrototypeOf(Date.prototype).constructor === Object, ' +
        'new Date(2020, 0, 1).getTime(), Date.UTC(2020, 0, 1), Date.parse("2020-01-01T00:00:00Z"), new Date() instanceof Date] }',
    );
    expectValue(out, [
      FIXED_NOW,
      FIXED_NOW,
      FIXED_NOW,
      'Thu Jan 01 2026 00:00:00 GMT+0000',
      true,
      true,
      true,
      1577836800000,
      1577836800000,
      1577836800000,
      true,
    ]);
  });

  it('Math.random is deterministic per seed', async () => {
    const draw = async (seed: number) => {
      const sb = await engine.sandbox(LIMITS, seed);
      sb.load('export function f() { return [Math.random(), Math.random(), Math.random()] }');
      const out = sb.call({ export: 'f' }, []);
      sb.dispose();
      expect(out.kind).toBe('value');
      return (out as { value: number[] }).value;
    };
    const [a, b, c] = [await draw(7), await draw(7), await draw(8)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const x of [...a, ...c]) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('prototype pollution cannot forge a result', () => {
  // Each pollution runs at the module's top level; then f returns a known value without
  // touching its argument, and g mutates its argument: the host must see exactly that.
  const pollutions: [string, string][] = [
    ['JSON.stringify', 'JSON.stringify = () => \'{"value":42}\';'],
    ['JSON.parse', 'JSON.parse = () => ({ value: 42 });'],
    ['Array.prototype.map/push/forEach', 'Array.prototype.map = () => [42]; Array.prototype.push = () => 0; Array.prototype.forEach = () => {};'],
    ['Array.prototype[Symbol.iterator]', 'Array.prototype[Symbol.iterator] = function* () { yield 42 };'],
    ['Object.prototype.toJSON', 'Object.prototype.toJSON = () => 42; Array.prototype.toJSON = () => 42;'],
    [
      'setters on Array.prototype indices',
      'for (let i = 0; i < 8; i++) Object.defineProperty(Array.prototype, i, { get() { return 42 }, set(v) {}, configurable: true });',
    ],
    [
      'getters and setters on Object.prototype keys (get, set and value too)',
      '["value", "writable", "get", "set", "enumerable", "configurable", "state", "message", "v", "e", "text", "objs", "n", "invalid", "threw", "mutated", "args", "before", "$", "length", "0"]' +
        '.forEach((k) => Object.defineProperty(Object.prototype, k, { __proto__: null, get() { return 42 }, set(v) {}, configurable: true }));',
    ],
    ['a frozen Object.prototype and Array.prototype', 'Object.freeze(Object.prototype); Object.freeze(Array.prototype);'],
    [
      'Object.getOwnPropertyDescriptor and friends',
      'Object.getOwnPropertyDescriptor = () => ({ value: 42, enumerable: true }); Object.getPrototypeOf = () => null; Object.keys = () => []; Object.hasOwn = () => true; Object.defineProperty = () => {}; Array.isArray = () => false;',
    ],
    ['Reflect', 'Reflect.ownKeys = () => []; Reflect.apply = () => 42; Reflect.construct = () => ({});'],
    [
      'String.prototype.slice and friends',
      'String.prototype.slice = () => "42"; String.prototype.toString = () => "42"; Number.prototype.toString = () => "42";',
    ],
    ['Promise.prototype.then', 'Promise.prototype.then = function () { return this };'],
    [
      'Function.prototype.call/apply/bind',
      'Function.prototype.call = () => 42; Function.prototype.apply = () => 42; Function.prototype.bind = () => () => 42;',
    ],
    ['WeakSet.prototype.has', 'WeakSet.prototype.has = () => true; WeakSet.prototype.add = () => {};'],
    ['Error.prepareStackTrace', 'Error.prepareStackTrace = () => "    at solution.js:99:9\\n";'],
    ['Symbol.hasInstance', 'try { Object.defineProperty(Function.prototype, Symbol.hasInstance, { value: () => true }) } catch (e) {}'],
  ];
  const body =
    '\nexport function f(a) { return [a[0] + 1, -0, NaN, { k: "v" }] }' +
    '\nexport async function af(a) { return [a[0] + 1, -0, NaN, { k: "v" }] }' +
    '\nexport function g(a) { a[0] = 99; return 0 }' +
    '\nexport function h() { return () => 1 }';

  it.each(pollutions)('%s', async (_name, pollution) => {
    const sb = await loaded(pollution + body);
    for (const fn of ['f', 'af']) {
      const out = sb.call({ export: fn }, [[1, 2]]);
      expect(out.kind, JSON.stringify(out)).toBe('value');
      const v = (out as { value: unknown[] }).value;
      expect(v).toHaveLength(4);
      expect(v[0]).toBe(2);
      expect(Object.is(v[1], -0)).toBe(true);
      expect(Number.isNaN(v[2])).toBe(true);
      expect(v[3]).toEqual({ k: 'v' });
      expect((out as { mutated: unknown[] }).mutated).toEqual([]);
    }
    const g = sb.call({ export: 'g' }, [[1, 2]]);
    expect(g).toMatchObject({ kind: 'value', value: 0, mutated: [{ index: 0, after: [99, 2] }] });
    // A grader's driver gets the module as its first argument.
    const driven = sb.call({ driver: '(m, a) => m.g(a)' }, [[1, 2]]);
    expect(driven).toMatchObject({ kind: 'value', value: 0, mutated: [{ index: 0, after: [99, 2] }] });
    expectInvalid(sb.call({ export: 'h' }, []), 'the value returned contains a function');
    await stillWorks(sb, { mustSurvive: true });
  });

  it('pollution does not leak into the next sandbox', async () => {
    const dirty = await loaded(
      'Array.prototype.map = () => [42]; Object.prototype.polluted = 1; globalThis.leak = 1; Math.random = () => 0.5; JSON.stringify = () => "x";',
    );
    dirty.dispose();
    const clean = await loaded(
      'export function f() { return [typeof globalThis.leak, ({}).polluted === undefined, [1].map((x) => x + 1), Math.random() !== 0.5, JSON.stringify([1])] }',
    );
    expectValue(clean.call({ export: 'f' }, []), ['undefined', true, [2], true, '[1]']);
    clean.dispose();
  });

  it('a setter on Object.prototype never sees the harness’s refusals', async () => {
    const sb = await loaded(
      'Object.defineProperty(Object.prototype, "message", { set(v) { globalThis.leaked = this }, get() { return "FORGED" }, configurable: true });' +
        '\nexport function h() { return [() => 1] }\nexport function leak() { return typeof globalThis.leaked }',
    );
    expectInvalid(sb.call({ export: 'h' }, []), 'the value returned contains a function at [0]');
    expectValue(sb.call({ export: 'leak' }, []), 'undefined');
    sb.dispose();
  });

  it("a thrown copy of a grader function's refusal is a thrown error, not a forged refusal", async () => {
    const out = await attack(
      'export function f(fn) { let e; try { fn({ get x() { return 1 } }) } catch (err) { e = err }' +
        ' const fake = Object.create(Object.getPrototypeOf(e)); Object.defineProperty(fake, "message", { value: "FORGED" });' +
        ' return new Proxy({}, { ownKeys() { throw fake } }) }',
      [() => 1],
    );
    expectThrew(out, { name: 'TypeError', message: 'FORGED' });
  });
});

describe('mutation of arguments is detected', () => {
  it.each([
    ['an in-place sort', 'export function f(a) { a.sort((x, y) => x - y); return 0 }', [[3, 1, 2]], [{ index: 0, after: [1, 2, 3] }]],
    [
      'a nested element',
      'export function f(k, X) { X[1][0] = 9; return 0 }',
      [
        2,
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [
        {
          index: 1,
          after: [
            [1, 2],
            [9, 4],
          ],
        },
      ],
    ],
    ['a push', 'export function f(a) { a.push(4); return 0 }', [[1, 2, 3]], [{ index: 0, after: [1, 2, 3, 4] }]],
    ['a new key', 'export function f(o) { o.extra = 1; return 0 }', [{ a: 1 }], [{ index: 0, after: { a: 1, extra: 1 } }]],
    ['a deleted key', 'export function f(o) { delete o.a; return 0 }', [{ a: 1, b: 2 }], [{ index: 0, after: { b: 2 } }]],
    [
      'a getter put in place of a field',
      'export function f(o) { Object.defineProperty(o, "a", { get() { return 1 } }); return 0 }',
      [{ a: 1 }],
      [{ index: 0, after: { a: '[Getter]' } }],
    ],
    ['a cycle', 'export function f(a) { a.push(a); return 0 }', [[1]], [{ index: 0, after: [1, '[Circular]'] }]],
    ['an element replaced by an equal copy', 'export function f(X) { X[0] = X[0].slice(); return 0 }', [[[1, 2]]], [{ index: 0, after: [[1, 2]] }]],
  ])('%s', async (_name, source, args, mutated) => {
    const out = await attack(source, args);
    expect(out).toMatchObject({ kind: 'value', value: 0, mutated });
  });

  it('reading, copying, or changing and restoring is not a mutation', async () => {
    expectValue(await attack('export function f(a) { const b = [...a].sort(); b.push(1); return a.length }', [[2, 1]]), 2);
    expectValue(await attack('export function f(a) { const t = a[0]; a[0] = 5; a[0] = t; return 0 }', [[2, 1]]), 0);
  });

  it('a Proxy slipped into an argument cannot hide a change', async () => {
    const out = await attack(
      'export function f(X) { const inner = X[0]; inner[0] = 99;' +
        ' X[0] = new Proxy(inner, { getOwnPropertyDescriptor(t, k) { const d = Reflect.getOwnPropertyDescriptor(t, k); if (k === "0") d.value = 1; return d } });' +
        ' return 0 }',
      [[[1, 2]]],
    );
    expect(out).toMatchObject({ kind: 'value', value: 0, mutated: [{ index: 0, after: [[1, 2]] }] });
  });

  it('an argument made unreadable is reported as changed, not a crash', async () => {
    const out = await attack('export function f(a) { a.push(new Proxy({}, { ownKeys() { throw 1 } })); return 0 }', [[1]]);
    expect(out).toMatchObject({ kind: 'value', value: 0, mutated: [{ index: 0, after: '[an argument that can no longer be read]' }] });
  });

  it('a change made by an async function, and one deferred to a microtask after returning', async () => {
    expect(await attack('export async function f(a) { await null; a[0] = 5; return 0 }', [[1]])).toMatchObject({
      kind: 'value',
      mutated: [{ index: 0, after: [5] }],
    });
    expect(await attack('export function f(a, b) { Promise.resolve().then(() => { b[0] = 5 }); return 0 }', [[1], [1]])).toMatchObject({
      kind: 'value',
      value: 0,
      mutated: [{ index: 1, after: [5] }],
    });
  });

  it('a microtask loop left behind by a plain function is charged to that call', async () => {
    const sb = await loaded(
      'export function f() { (function again() { Promise.resolve().then(again) })(); return 1 }\nexport async function g() { return 2 }',
    );
    expectLimit(sb.call({ export: 'f' }, []), 'time', TIME_IN_F);
    expectValue(sb.call({ export: 'g' }, []), 2);
    await stillWorks(sb, { mustSurvive: true });
  });
});

describe('arguments through the binary channel (vectors and matrices with rows of 5 or more numbers)', () => {
  const V = () => [1, 2, 3, 4, 5, 6];
  const M = () => [
    [1, 2, 3, 4, 5],
    [6, 7, 8, 9, 10],
    [11, 12, 13, 14, 15],
  ];
  const TYPED = 'Object.getPrototypeOf(Float64Array.prototype)';
  // The harness builds arrays from float64 and keeps the float64 as their "before": none of the
  // built-ins it uses on that path may be reachable from learner code.
  const pollutions: [string, string][] = [
    [
      'species and constructors of arrays, typed arrays and buffers',
      'const evil = { [Symbol.species]: function () { throw new Error("species ran") } };' +
        ' Float64Array.prototype.constructor = evil; ArrayBuffer.prototype.constructor = evil; Array.prototype.constructor = evil;' +
        ' Object.defineProperty(Float64Array, Symbol.species, { get() { throw new Error("species ran") } });',
    ],
    [
      'getters of typed arrays',
      `for (const k of ['length', 'buffer', 'byteOffset', 'byteLength']) Object.defineProperty(${TYPED}, k, { get() { return 0 }, configurable: true });`,
    ],
    ['typed array iterators', `${TYPED}[Symbol.iterator] = function* () { yield 42 }; ${TYPED}.subarray = () => [42]; ${TYPED}.set = () => {};`],
    [
      'Map and Array.prototype.slice',
      'Map.prototype.get = () => undefined; Map.prototype.set = () => {}; Array.prototype.slice = () => [42]; ArrayBuffer.isView = () => false;',
    ],
    ['a getter for `value` on Object.prototype', 'Object.defineProperty(Object.prototype, "value", { get() { return 42 }, configurable: true });'],
  ];
  const body =
    '\nexport function f(a, m) { return [a[0] + 1, m[1][2], a.length, m.length, m[2].length] }' +
    '\nexport function g(a, m) { a[0] = 99; m[2][4] = -0; return 0 }';

  it.each(pollutions)('%s', async (_name, pollution) => {
    const sb = await loaded(pollution + body);
    const sent = sb.binaryNumbersIn;
    expectValue(sb.call({ export: 'f' }, [V(), M()]), [2, 8, 6, 3, 5]);
    expect(sb.binaryNumbersIn - sent, 'the arguments did not take the binary channel').toBe(21);
    const m = M();
    m[2][4] = -0;
    const g = sb.call({ export: 'g' }, [V(), M()]);
    expect(g).toMatchObject({ kind: 'value', value: 0 });
    expect((g as { mutated: unknown[] }).mutated).toEqual([
      { index: 0, after: [99, 2, 3, 4, 5, 6] },
      { index: 1, after: m },
    ]);
    await stillWorks(sb, { mustSurvive: true });
  });

  const changed = (f: (x: number[][]) => void) => {
    const m = M();
    f(m);
    return m;
  };
  it.each([
    ['a vector element', 'export function f(a) { a[3] = 0; return 0 }', [V()], [1, 2, 3, 0, 5, 6]],
    ['−0 where 0 was', 'export function f(a) { a[0] = -0; return 0 }', [[0, 1, 2, 3, 4]], [-0, 1, 2, 3, 4]],
    [
      'a getter in place of an element',
      'export function f(a) { Object.defineProperty(a, 2, { get() { return 3 } }); return 0 }',
      [V()],
      [1, 2, '[Getter]', 4, 5, 6],
    ],
    ['a hole', 'export function f(a) { delete a[1]; return 0 }', [V()], [1, null, 3, 4, 5, 6]],
    ['a shorter vector', 'export function f(a) { a.length = 5; return 0 }', [V()], [1, 2, 3, 4, 5]],
    ['a matrix element', 'export function f(m) { m[1][4] = 0; return 0 }', [M()], changed((m) => (m[1][4] = 0))],
    ['a row pushed', 'export function f(m) { m.push([0, 0, 0, 0, 0]); return 0 }', [M()], changed((m) => m.push([0, 0, 0, 0, 0]))],
    ['a row replaced by an equal copy', 'export function f(m) { m[0] = m[0].slice(); return 0 }', [M()], M()],
    ['two rows swapped', 'export function f(m) { [m[0], m[1]] = [m[1], m[0]]; return 0 }', [M()], changed((m) => ([m[0], m[1]] = [m[1], m[0]]))],
    ['a row cut short', 'export function f(m) { m[2].length = 4; return 0 }', [M()], changed((m) => (m[2].length = 4))],
  ])('a change is detected: %s', async (_name, source, args, after) => {
    const out = await attack(source, args);
    expect(out).toMatchObject({ kind: 'value', value: 0 });
    expect((out as { mutated: unknown[] }).mutated).toEqual([{ index: 0, after }]);
  });

  it('NaN stays NaN, −0 stays −0, and a change undone is no change', async () => {
    expectValue(await attack('export function f(a) { a[0] = NaN; a[1] = -0; return 0 }', [[NaN, -0, 1, 2, 3]]), 0);
    expectValue(
      await attack('export function f(m) { const t = m[1][1]; m[1][1] = 5; m[1][1] = t; const r = m[0]; m[0] = []; m[0] = r; return 0 }', [M()]),
      0,
    );
  });

  it('the numbers arrive exactly: NaN, ±Infinity, −0, the extremes', async () => {
    const special = [NaN, -0, Infinity, -Infinity, 5e-324, 1.7976931348623157e308, 0.1 + 0.2];
    const out = await attack(
      'export function f(a, m) { const d = (v) => Object.is(v, -0) ? "-0" : String(v); return [a.map(d), m.map((r) => r.map(d)), Array.isArray(a), Object.getPrototypeOf(m[0]) === Array.prototype] }',
      [special, [special, [...special].reverse()]],
    );
    const d = (v: number) => (Object.is(v, -0) ? '-0' : String(v));
    expectValue(out, [special.map(d), [special.map(d), [...special].reverse().map(d)], true, true]);
  });
});

describe('async functions', () => {
  it('an async export returning a value', async () => {
    expectValue(await attack('export async function f(x) { await null; return x * 2 }', [21]), 42);
  });

  it('a rejected promise is a thrown error', async () => {
    expectThrew(await attack('export async function f() { await null; throw new TypeError("nope") }'), {
      name: 'TypeError',
      message: 'nope',
      isError: true,
    });
    expectThrew(await attack('export function f() { return Promise.reject("plain") }'), { name: '', message: 'plain', isError: false });
  });

  it('top-level await in the module', async () => {
    const sb = await loaded('const k = await Promise.resolve(3);\nexport function f() { return k }');
    expectValue(sb.call({ export: 'f' }, []), 3);
    sb.dispose();
    const never = await sandbox();
    expect(never.load('await new Promise(() => {});' + OK)).toMatchObject({
      ok: false,
      kind: 'load',
      message: 'the module’s top-level await never finished',
    });
    never.dispose();
  });
});

describe('functions from the grader', () => {
  const double = (x: number) => x * 2;

  it('are called with plain data and answer', async () => {
    expectValue(await attack('export function f(g) { return g(21) }', [double]), 42);
  });

  it('refuse weird arguments with a clear error inside the sandbox', async () => {
    const out = await attack(
      'export function f(g) { const errs = []; const c = [1]; c.push(c);' +
        ' for (const a of [{ get x() { return 1 } }, c, () => 1, new Proxy({}, { ownKeys() { throw new Error("trap") } }), new Map()]) {' +
        '   try { g(a); errs.push("no error") } catch (e) { errs.push(e.name + ": " + e.message) } }' +
        ' return errs }',
      [double],
    );
    expectValue(out, [
      'TypeError: argument 1 of a function from the grader has a getter (an accessor property) at x',
      'TypeError: argument 1 of a function from the grader contains a cycle (an object inside itself) at [1]',
      'TypeError: argument 1 of a function from the grader contains a function',
      'Error: trap',
      'TypeError: argument 1 of a function from the grader is a Map (return a plain object or an array)',
    ]);
  });

  it('read a Proxy argument through its traps', async () => {
    const seen: unknown[] = [];
    const out = await attack('export function f(g) { return g(new Proxy([1, 2], {})) }', [
      (x: unknown) => {
        seen.push(x);
        return 0;
      },
    ]);
    expectValue(out, 0);
    expect(seen).toEqual([[1, 2]]);
  });

  it('are limited to maxHostCalls calls', async () => {
    let calls = 0;
    const counter = () => ++calls;
    const out = await attack('export function f(g) { for (let i = 0; i < 100; i++) g() }', [counter], { maxHostCalls: 10 });
    expectThrew(out, { name: 'Error', message: 'a function argument was called more than 10 times', isError: true });
    expect(calls).toBe(10);
  });

  it('cannot be called after the call they were passed to', async () => {
    const sb = await loaded(
      'let kept; export function f(g) { kept = g; return g(1) } export function later() { try { kept(1); return "called" } catch (e) { return e.message } }',
    );
    expectValue(sb.call({ export: 'f' }, [double]), 2);
    expectValue(sb.call({ export: 'later' }, []), 'this function can only be called during the grader’s call');
    sb.dispose();
  });

  it('a grader function that throws is an error inside the sandbox, not on the host', async () => {
    const out = await attack('export function f(g) { try { g() } catch (e) { return e.message } }', [
      () => {
        throw new Error('grader says no');
      },
    ]);
    expectValue(out, 'grader says no');
  });
});

describe('errors', () => {
  it.each([
    ['a string', 'throw "boom"', { name: '', message: 'boom', isError: false }],
    ['a number', 'throw 42', { name: '', message: '42', isError: false }],
    ['null', 'throw null', { name: '', message: 'null', isError: false }],
    ['undefined', 'throw undefined', { name: '', message: 'undefined', isError: false }],
    ['a plain object', 'throw { message: "obj" }', { name: '', message: 'obj', isError: false }],
    ['an object without a message', 'throw { code: 7 }', { name: '', message: '{"code":7}', isError: false }],
    ['a symbol', 'throw Symbol("s")', { name: '', message: 'a symbol', isError: false }],
    [
      'an Error subclass',
      'class MyError extends Error { constructor(m) { super(m); this.name = "MyError" } } throw new MyError("mine")',
      { name: 'MyError', message: 'mine', isError: true },
    ],
    [
      'an Error with a looping message getter',
      'const e = new Error("m"); Object.defineProperty(e, "message", { get() { for (;;) {} } }); throw e',
      { name: 'Error', message: '', isError: true },
    ],
  ])('thrown %s', async (_name, statement, error) => {
    expectThrew(await attack(`export function f() { ${statement} }`), error);
  });

  it('a runtime error has its line and column', async () => {
    // (quickjs-ng 0.12 places an error in a `return` expression on an earlier statement; an
    // expression statement is placed right.)
    const out = await attack('export function f() {\n  let o;\n  o = null;\n  o.x;\n}');
    expect(out).toMatchObject({
      kind: 'threw',
      error: { name: 'TypeError', message: "cannot read property 'x' of null", isError: true, line: 4, column: 3 },
    });
  });

  it.each([
    ['export const x = ;', "SyntaxError: unexpected token in expression: ';'", 1, 18],
    ['export function f() {\n  return 1 +* 2;\n}', "SyntaxError: unexpected token in expression: '*'", 2, 13],
    ['let a = 1;\nlet b = ;\n', "SyntaxError: unexpected token in expression: ';'", 2, 9],
    ['export function f(a) {\n  const foo bar = 1;\n}', 'SyntaxError: missing initializer for const variable', 2, 9],
    ['export function f() {\n  return 1;\n', "SyntaxError: unexpected token in expression: ''", 3, 1],
    ['const s = "abc', 'SyntaxError: unexpected end of string', 1, 11],
  ])('a syntax error has its line and column: %j', async (source, message, line, column) => {
    const sb = await sandbox();
    expect(sb.load(source)).toMatchObject({ ok: false, kind: 'syntax', message, line, column });
    await disposesCleanly(sb);
  });
});

afterAll(() => {
  // Nothing above may have left the process in a bad state.
  expect(engine.wasmBytes).toBeLessThanOrEqual(wasmMemoryBytes(LIMITS));
});

beforeAll(async () => {
  // Compile the WebAssembly once before the timed tests.
  (await sandbox()).dispose();
});
