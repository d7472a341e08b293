// The wire format between host and sandbox, and inside reports.
//
// Plain JSON turns NaN and ±Infinity into null and −0 into 0, and drops undefined: a
// learner returning NaN must not look like one returning null. The wire form is JSON
// with tagged objects for what JSON cannot say:
//   {"$":"NaN"} {"$":"Infinity"} {"$":"-Infinity"} {"$":"-0"} {"$":"undefined"}
//   {"$fn":3}        a function the grader passes in (host function number 3)
//   {"$obj":{...}}   a plain object whose own keys would be mistaken for a tag
// The sandbox prelude (`sandbox/prelude.ts`) implements the same format inside QuickJS.
//
// Keys are defined, never assigned: a learner's own key "__proto__" (from JSON.parse or a
// computed key) must stay a key, not become the prototype of the decoded object.

export type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };

const TAG_KEYS = new Set(['$', '$fn', '$obj']);

export function toWire(value: unknown, fnId?: (fn: Function) => number): Wire {
  return encodeValue(value, fnId, 0, new Set());
}

function encodeValue(
  value: unknown,
  fnId: ((fn: Function) => number) | undefined,
  depth: number,
  seen: Set<object>,
): Wire {
  if (depth > 200) throw new Error('value is nested too deeply');
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return { $: 'NaN' };
      if (value === Infinity) return { $: 'Infinity' };
      if (value === -Infinity) return { $: '-Infinity' };
      if (Object.is(value, -0)) return { $: '-0' };
      return value;
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return { $: 'undefined' };
    case 'function':
      if (!fnId) throw new Error('functions cannot be encoded here');
      return { $fn: fnId(value) };
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) throw new Error('value contains a cycle');
      seen.add(value);
      try {
        if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
          return Array.from(value as unknown as ArrayLike<number>, (v) => encodeValue(v, fnId, depth + 1, seen));
        }
        if (Array.isArray(value)) return value.map((v) => encodeValue(v, fnId, depth + 1, seen));
        const out: { [key: string]: Wire } = {};
        let tagged = false;
        for (const [k, v] of Object.entries(value)) {
          if (TAG_KEYS.has(k)) tagged = true;
          setKey(out, k, encodeValue(v, fnId, depth + 1, seen));
        }
        return tagged ? { $obj: out } : out;
      } finally {
        seen.delete(value);
      }
    }
    default:
      throw new Error(`cannot encode a ${typeof value}`);
  }
}

export function fromWire(wire: Wire, fn?: (id: number) => unknown): unknown {
  if (wire === null || typeof wire !== 'object') return wire;
  if (Array.isArray(wire)) return wire.map((w) => fromWire(w, fn));
  const keys = Object.keys(wire);
  if (keys.length === 1) {
    if (keys[0] === '$') {
      switch (wire.$) {
        case 'NaN':
          return NaN;
        case 'Infinity':
          return Infinity;
        case '-Infinity':
          return -Infinity;
        case '-0':
          return -0;
        case 'undefined':
          return undefined;
      }
    }
    if (keys[0] === '$fn') {
      if (!fn) throw new Error('function reference outside a call');
      return fn(wire.$fn as number);
    }
    if (keys[0] === '$obj') return decodeObject(wire.$obj as { [key: string]: Wire }, fn);
  }
  return decodeObject(wire, fn);
}

function decodeObject(wire: { [key: string]: Wire }, fn?: (id: number) => unknown) {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(wire)) setKey(out, k, fromWire(wire[k], fn));
  return out;
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

export const encode = (value: unknown, fnId?: (fn: Function) => number): string =>
  JSON.stringify(toWire(value, fnId));

export const decode = (text: string, fn?: (id: number) => unknown): unknown =>
  fromWire(JSON.parse(text) as Wire, fn);

/** A deep copy through the wire format: typed arrays become arrays, class instances plain objects. */
export const plain = <T>(value: T): T => fromWire(toWire(value)) as T;
