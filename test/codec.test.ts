// The wire format: values JSON cannot say (NaN, ±Infinity, −0, undefined) and objects whose
// keys look like its tags survive the host codec, and a trip through the sandbox both ways
// (host → learner argument → return value, and learner → grader function → back).
import { afterAll, describe, expect, it } from 'vitest';
import { decode, encode, fromWire, plain, toWire, type Wire } from '../src/lib/protocol/codec';
import { withLimits } from '../src/lib/protocol/limits';
import { nodeWasmSource } from '../src/lib/sandbox/node';
import { type Sandbox, SandboxEngine } from '../src/lib/sandbox/sandbox';

/** Deep equality that tells NaN, −0 and undefined apart (toEqual treats −0 and 0 alike). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => i in b && same(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}

const SPECIAL: [string, unknown][] = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['-0', -0],
  ['0', 0],
  ['undefined', undefined],
  ['null', null],
  ['a nested mix', [1, [NaN, -0], { a: undefined, b: [Infinity, { c: -Infinity }] }, null, 'x', true]],
  ['an object tagged like NaN', { $: 'NaN' }],
  ['an object tagged like a function', { $fn: 3 }],
  ['an object tagged like an escaped object', { $obj: { $: 'undefined' } }],
  ['a tag key among others', { $: 1, other: 2 }],
  ['nested tags', [{ $obj: { $obj: { $fn: 0 } } }, { $: '-0' }]],
  ['an own key "__proto__"', JSON.parse('{"__proto__": {"a": 1}, "b": 2}')],
  ['strings that look like JSON', ['{"$":"NaN"}', '"quoted"', '\\', '\u2028', 'é€😀']],
  ['empty containers', [[], {}, [[]], { a: {} }]],
];

describe('host codec', () => {
  it.each(SPECIAL)('%s round-trips through toWire/fromWire and encode/decode', (_name, value) => {
    expect(same(fromWire(toWire(value)), value)).toBe(true);
    expect(same(decode(encode(value)), value)).toBe(true);
    expect(same(plain(value), value)).toBe(true);
  });

  it('uses the documented tags', () => {
    expect(toWire([NaN, Infinity, -Infinity, -0, undefined])).toEqual([
      { $: 'NaN' },
      { $: 'Infinity' },
      { $: '-Infinity' },
      { $: '-0' },
      { $: 'undefined' },
    ]);
    expect(toWire({ $: 'NaN' })).toEqual({ $obj: { $: 'NaN' } });
    expect(encode({ a: -0 })).toBe('{"a":{"$":"-0"}}');
  });

  it('keeps an own "__proto__" key a key, on the way out and back in', () => {
    const wire = toWire(JSON.parse('{"__proto__": [1, 2]}'));
    expect(JSON.stringify(wire)).toBe('{"__proto__":[1,2]}');
    const back = fromWire(JSON.parse('{"__proto__": {"polluted": true}}') as Wire) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__']);
    expect((back as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('turns typed arrays into arrays and class instances into plain objects', () => {
    expect(plain(new Float64Array([1, NaN, -0]))).toEqual([1, NaN, -0]);
    expect(Object.is((plain(new Float64Array([-0])) as unknown as number[])[0], -0)).toBe(true);
    class P {
      x = 1;
    }
    const p = plain(new P());
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(p).toEqual({ x: 1 });
  });

  it('encodes functions only with a numbering, and decodes them only with a resolver', () => {
    const f = () => 1;
    expect(() => toWire([f])).toThrow('functions cannot be encoded here');
    const wire = toWire([f, { g: f }], () => 4);
    expect(wire).toEqual([{ $fn: 4 }, { g: { $fn: 4 } }]);
    expect(() => fromWire(wire)).toThrow('function reference outside a call');
    expect(fromWire(wire, (id) => `fn#${id}`)).toEqual(['fn#4', { g: 'fn#4' }]);
  });

  it('refuses cycles, too much nesting, symbols and BigInts', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(() => toWire(a)).toThrow('value contains a cycle');
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(() => toWire(deep)).toThrow('value is nested too deeply');
    expect(() => toWire(Symbol('s'))).toThrow('cannot encode a symbol');
    expect(() => toWire(1n)).toThrow('cannot encode a bigint');
    // The same object twice is not a cycle.
    const shared = { v: NaN };
    expect(same(plain([shared, shared]), [{ v: NaN }, { v: NaN }])).toBe(true);
  });

  it('plain copies exactly what the wire round trip gives, and refuses what it refuses', () => {
    class P {
      x = [1, -0];
      get hidden() {
        return 1;
      }
    }
    const view = new DataView(new ArrayBuffer(8));
    const values: unknown[] = [
      ...SPECIAL.map(([, v]) => v),
      new Float64Array([NaN, -0, 2]),
      new Int8Array([1, -2]),
      new P(),
      view,
      [
        [1, 2, 3, 4, 5],
        [6, 7, 8, 9, 10],
      ],
    ];
    for (const v of values) {
      const copy = plain(v);
      expect(same(copy, fromWire(toWire(v))), JSON.stringify(toWire(v))).toBe(true);
      if (v !== null && typeof v === 'object') expect(copy).not.toBe(v);
    }
    const a: unknown[] = [];
    a.push(a);
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    for (const bad of [a, deep, Symbol('s'), 1n, [() => 1]]) {
      let wireError = '';
      try {
        toWire(bad);
      } catch (e) {
        wireError = (e as Error).message;
      }
      expect(wireError).not.toBe('');
      expect(() => plain(bad)).toThrow(wireError);
    }
  });
});

describe('through the sandbox', () => {
  const engine = new SandboxEngine(nodeWasmSource);
  let sb: Sandbox;
  const source = `
export function id(x) { return x }
export function viaGrader(g, x) { return g(x) }
export function describe(x) {
  const d = (v) => typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v === undefined ? 'undefined' : Array.isArray(v) ? v.map(d) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, w]) => [k, d(w)])) : v;
  return d(x);
}
export function make() { return [NaN, -0, Infinity, -Infinity, undefined, { $: 'NaN' }, { $fn: 0 }, { $obj: 1 }, JSON.parse('{"__proto__": {"a": 1}}')] }
export function numbers(n) {
  const special = [NaN, -0, Infinity, -Infinity, 0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2];
  const row = (r) => Array.from({ length: n }, (_, i) => i < special.length ? special[i] : r * 1000 + i / 7);
  return { rows: [row(0), row(1)], short: [NaN, -0, 1], mixed: [...row(2), 'x'], typed: new Float64Array([-0, NaN, 2, 3, 4, 5, 6, 7]), tag: { $f64: [0, 2] } };
}
`;

  afterAll(() => sb?.dispose());

  async function ready() {
    if (!sb) {
      sb = await engine.sandbox(withLimits({ callTimeMs: 2000 }), 1);
      const l = sb.load(source);
      expect(l.ok).toBe(true);
    }
    return sb;
  }

  it.each(SPECIAL)('%s goes in as an argument and comes back unchanged', async (_name, value) => {
    const s = await ready();
    const out = s.call({ export: 'id' }, [value]);
    expect(out.kind, JSON.stringify(out)).toBe('value');
    if (out.kind !== 'value') return;
    expect(same(out.value, value)).toBe(true);
    expect(out.mutated).toEqual([]);
  });

  it('arrives in the sandbox as the real values (not as tags)', async () => {
    const s = await ready();
    const out = s.call({ export: 'describe' }, [[NaN, -0, Infinity, -Infinity, undefined, { $: 'NaN' }]]);
    expect(out).toMatchObject({ kind: 'value', value: ['NaN', '-0', 'Infinity', '-Infinity', 'undefined', { $: 'NaN' }] });
  });

  it('comes back exactly when made in the sandbox', async () => {
    const s = await ready();
    const out = s.call({ export: 'make' }, []);
    expect(out.kind).toBe('value');
    if (out.kind !== 'value') return;
    expect(
      same(out.value, [NaN, -0, Infinity, -Infinity, undefined, { $: 'NaN' }, { $fn: 0 }, { $obj: 1 }, JSON.parse('{"__proto__": {"a": 1}}')]),
    ).toBe(true);
  });

  it('long arrays of numbers come back exactly through the binary channel, NaN, ±Infinity and −0 included', async () => {
    const s = await ready();
    const row = (r: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        i < 8 ? [NaN, -0, Infinity, -Infinity, 0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2][i] : r * 1000 + i / 7,
      );
    for (const n of [8, 9, 3000]) {
      const before = s.binaryNumbers;
      const out = s.call({ export: 'numbers' }, [n]);
      // The two rows as float64; the short array, the one with a string and the typed array as text.
      expect(s.binaryNumbers - before).toBe(2 * n);
      expect(out.kind, JSON.stringify(out).slice(0, 300)).toBe('value');
      if (out.kind !== 'value') return;
      const want = {
        rows: [row(0, n), row(1, n)],
        short: [NaN, -0, 1],
        mixed: [...row(2, n), 'x'],
        typed: [-0, NaN, 2, 3, 4, 5, 6, 7],
        tag: { $f64: [0, 2] },
      };
      expect(same(out.value, want)).toBe(true);
    }
  });

  it('crosses to a grader function and back', async () => {
    const s = await ready();
    const seen: unknown[] = [];
    const echo = (x: unknown) => {
      seen.push(x);
      return x;
    };
    const value = [NaN, -0, Infinity, undefined, { $: 'NaN', k: -Infinity }];
    const out = s.call({ export: 'viaGrader' }, [echo, value]);
    expect(out.kind).toBe('value');
    if (out.kind !== 'value') return;
    expect(same(out.value, value)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(same(seen[0], value)).toBe(true);
  });
});

describe('one codec on both sides', () => {
  it('the sandbox runs the host codec file itself, inside the prelude script', async () => {
    const { readFileSync } = await import('node:fs');
    const script = nodeWasmSource.preludeScript();
    const codecBody = readFileSync(new URL('../src/lib/protocol/wire-codec.js', import.meta.url), 'utf8').replace(
      'export function wireCodec',
      'function wireCodec',
    );
    expect(script).toContain(codecBody);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
  });
});
