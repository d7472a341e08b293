// The wire format between host and sandbox, and inside reports: the host's entry points to
// the one codec (`wire-codec.js`, which the sandbox prelude runs inside QuickJS too; the format
// is described there).
//
// Keys are defined, never assigned: a learner's own key "__proto__" (from JSON.parse or a
// computed key) stays a key, never the prototype of the decoded object.
import { wireCodec } from './wire-codec.js';

export type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };

const codec = wireCodec();

/** Where the binary channel's numbers go: `buf[0..n)` (see wire-codec.js). */
export interface NumberSink {
  buf: Float64Array;
  n: number;
}

export const numberSink = (): NumberSink => codec.numberSink();

/**
 * Wire text of a host value; functions become `{"$fn": fnId(f)}` (an error without fnId). With
 * `numbers`, arrays of numbers go into it as float64 instead of into the text (`{"$f64":[at,n]}`).
 */
export const encode = (value: unknown, fnId?: (fn: Function) => number, numbers?: NumberSink): string =>
  codec.encodeTrusted(value, fnId, undefined, undefined, numbers);

export const decode = (text: string, fn?: (id: number) => unknown): unknown => codec.decodeText(text, fn);

export const toWire = (value: unknown, fnId?: (fn: Function) => number): Wire => JSON.parse(encode(value, fnId)) as Wire;

/** The value a wire form stands for; `numbers` is the binary channel a sandbox reply came with. */
export const fromWire = (wire: Wire, fn?: (id: number) => unknown, numbers?: Float64Array): unknown => codec.decodeWire(wire, fn, numbers);

/**
 * `fromWire` for a wire form nothing else holds (just parsed): its tags are replaced where they
 * are, nothing else is copied. The wire form is used up.
 */
export const fromFreshWire = (wire: Wire, fn?: (id: number) => unknown, numbers?: Float64Array): unknown => codec.decodeFresh(wire, fn, numbers);

/**
 * A deep copy as through the wire format (`fromWire(toWire(value))`): typed arrays become arrays,
 * class instances plain objects; made directly, without the text (the codec's `copyTrusted`).
 */
export const plain = <T>(value: T): T => codec.copyTrusted(value) as T;
