// @ts-check
// The wire format between host and sandbox, and inside reports — its one implementation, used
// on both sides: the host imports it (`codec.ts`), and the sandbox prelude gets this file's text
// evaluated inside QuickJS before any learner code (`sandbox/prelude-script.ts` joins them).
//
// Plain JSON turns NaN and ±Infinity into null and −0 into 0, and drops undefined: a learner
// returning NaN must not look like one returning null. The wire form is JSON with tagged
// objects for what JSON cannot say:
//   {"$":"NaN"} {"$":"Infinity"} {"$":"-Infinity"} {"$":"-0"} {"$":"undefined"}
//   {"$fn":3}        a function the grader passes in (host function number 3)
//   {"$obj":{...}}   a plain object whose own keys would be mistaken for a tag
//   {"$f64":[at,n]}  the binary channel: an array of n numbers, stored as float64 (NaN, ±Infinity
//                    and −0 exact) at index `at` of the numbers sent beside the text — the sandbox
//                    sends the arrays of numbers it returns this way (see `NumberSink`): turning
//                    numbers into text is the slow part of reading a value in an interpreter
//
// Rules for this file, because it also runs inside QuickJS next to hostile code:
// - self-contained ES2020: no imports, no host APIs; `export` is used only on the one function;
// - every built-in it uses is captured when `wireCodec()` is called (the prelude calls it before
//   learner code runs), so later prototype pollution cannot reach it;
// - learner values are read without running their getters, toJSON or valueOf (`encodeValue`);
// - keys are defined, never assigned: a key "__proto__" stays a key, and a setter learner code
//   put on Array.prototype or Object.prototype never sees a decoded value.

/**
 * @typedef {object} EncodeOptions
 * @property {boolean} [lenient] console and mutation reports: show what cannot be sent instead of refusing it
 * @property {number} [maxNodes] values in all (refused, or cut when lenient)
 * @property {number} [maxChars] characters of text in all
 * @property {any} [objs] collects every object visited, in order, as `objs[objs.n++]` (identity checks)
 * @property {number} [maxItems] console only: the first items of a long array or object, then "… N more"
 * @property {NumberSink} [numbers] the binary channel: arrays of BINARY_MIN_LENGTH or more numbers go here, not into the text
 */

/**
 * Where `encodeValue` puts arrays of numbers (`{"$f64":[at,n]}` in the text): `buf[0..n)`.
 * @typedef {object} NumberSink
 * @property {Float64Array} buf
 * @property {number} n
 */

/** Builds the codec, capturing the built-ins it uses (call it before untrusted code runs). */
export function wireCodec() {
  'use strict';
  const O = Object;
  const gOPD = O.getOwnPropertyDescriptor;
  const getProto = O.getPrototypeOf;
  const create = O.create;
  const hasOwn = O.hasOwn;
  const objectKeys = O.keys;
  const defineProperty = O.defineProperty;
  const ownKeys = Reflect.ownKeys;
  const apply = Reflect.apply;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const ObjectProto = O.prototype;
  const PromiseProto = Promise.prototype;
  const MapProto = Map.prototype;
  const SetProto = Set.prototype;
  const typedLength = /** @type {() => number} */ (/** @type {PropertyDescriptor} */ (gOPD(getProto(Int8Array.prototype), 'length')).get);
  const JSONparse = JSON.parse;
  const JSONstringify = JSON.stringify;
  const strSlice = String.prototype.slice;
  const strIndexOf = String.prototype.indexOf;
  const WeakSetCtor = WeakSet;
  const weakHas = WeakSet.prototype.has;
  const weakAdd = WeakSet.prototype.add;
  const ErrorCtor = Error;
  const Float64ArrayCtor = Float64Array;
  const typedSet = Float64Array.prototype.set;
  const typedSubarray = Float64Array.prototype.subarray;
  const arrayFrom = Array.from;
  const ArrayCtor = Array;
  /** Arrays of numbers at least this long take the binary channel (shorter ones are cheaper as text). */
  const BINARY_MIN_LENGTH = 8;
  /** @type {(s: string, n: number) => string} */
  const slice = (s, n) => apply(strSlice, s, [0, n]);
  const MAX_DEPTH = 64;

  /**
   * A data-property descriptor without a prototype (a getter named get/set/value on
   * Object.prototype must not be read as part of it).
   * @param {unknown} value
   * @returns {PropertyDescriptor}
   */
  function field(value) {
    const d = create(null);
    d.value = value;
    d.writable = true;
    d.enumerable = true;
    d.configurable = true;
    return d;
  }

  /**
   * The text of a number: plain JSON, or a tag for what JSON cannot say.
   * @param {number} v
   */
  function numberText(v) {
    if (v !== v) return '{"$":"NaN"}';
    if (v === Infinity) return '{"$":"Infinity"}';
    if (v === -Infinity) return '{"$":"-Infinity"}';
    if (v === 0 && 1 / v < 0) return '{"$":"-0"}';
    return '' + v;
  }
  /** @param {string} k */
  const isTagKey = (k) => k === '$' || k === '$fn' || k === '$obj' || k === '$f64';

  // Refusals are recognised by identity (a private WeakSet), never by prototype: a learner
  // object cannot pass for one. (An object literal, never an assignment: a setter on
  // Object.prototype must not see one.)
  const refusals = new WeakSetCtor();
  /** @param {unknown} e @returns {e is { message: string }} */
  const isRefusal = (e) => typeof e === 'object' && e !== null && apply(weakHas, refusals, [e]);

  /**
   * The wire text of an untrusted value (learner code's), never calling its getters, toJSON or
   * valueOf: accessors, functions, class instances, cycles, holes and values over the caps are
   * refused with a refusal ({ message }, see `isRefusal`) that says where — or, when lenient,
   * shown as markers. Proxy traps do run (under the host's deadline).
   * @param {unknown} root
   * @param {EncodeOptions} opts
   * @returns {string}
   */
  function encodeValue(root, opts) {
    // Own properties only: learner code may have put getters for these names on Object.prototype.
    /** @param {keyof EncodeOptions} k @returns {any} */
    const option = (k) => {
      const d = gOPD(opts, k);
      return d === undefined ? undefined : d.value;
    };
    const lenient = option('lenient') === true;
    const maxNodes = option('maxNodes') ?? Infinity;
    const maxChars = option('maxChars') ?? Infinity;
    const objs = option('objs');
    const items = option('maxItems') ?? Infinity;
    /** @type {NumberSink | undefined} */
    const sink = option('numbers');
    let out = '';
    let nodes = 0;
    const ancestors = create(null);
    let na = 0;
    const path = create(null);
    let pd = 0;
    function where() {
      let s = '';
      for (let i = 0; i < pd; i++) s += typeof path[i] === 'number' ? '[' + path[i] + ']' : (s ? '.' : '') + path[i];
      return s ? ' at ' + s : '';
    }
    /** @param {string} what @returns {never} */
    function refuse(what) {
      const r = { message: what + where() };
      apply(weakAdd, refusals, [r]);
      throw r;
    }
    const tooLarge = () => refuse('is too large (more than ' + maxNodes + ' values)');
    /** @param {object} obj @param {PropertyKey} key */
    function dataOf(obj, key) {
      const d = gOPD(obj, key);
      if (d === undefined) return undefined;
      if (!hasOwn(d, 'value')) {
        if (lenient) return { v: '[Getter]', e: d.enumerable };
        refuse('has a getter (an accessor property)');
      }
      return { v: d.value, e: d.enumerable };
    }
    /** @param {any} v @param {number} depth */
    function go(v, depth) {
      if (++nodes > maxNodes) tooLarge();
      if (out.length > maxChars) refuse('is too large (more than ' + maxChars + ' characters)');
      const t = typeof v;
      if (t === 'number') {
        out += numberText(v);
        return;
      }
      if (t === 'string') {
        // Measured before it is copied: a 10 MB string is cut (console) or refused here.
        const room = maxChars - out.length;
        if (v.length > room) {
          if (!lenient) refuse('is too large (more than ' + maxChars + ' characters)');
          v = slice(v, room > 0 ? room : 0) + '…';
        }
        out += JSONstringify(v);
        return;
      }
      if (t === 'boolean') {
        out += v ? 'true' : 'false';
        return;
      }
      if (t === 'undefined') {
        out += '{"$":"undefined"}';
        return;
      }
      if (v === null) {
        out += 'null';
        return;
      }
      if (t === 'function') {
        if (lenient) {
          out += '{"$fn":-1}';
          return;
        }
        refuse('contains a function');
      }
      if (t !== 'object') {
        if (lenient) {
          out += JSONstringify('[' + t + ']');
          return;
        }
        refuse('contains a ' + t);
      }
      if (depth >= MAX_DEPTH) {
        if (lenient) {
          out += '"[…]"';
          return;
        }
        refuse('is nested too deeply (more than ' + MAX_DEPTH + ' levels)');
      }
      for (let i = 0; i < na; i++) {
        if (ancestors[i] === v) {
          if (lenient) {
            out += '"[Circular]"';
            return;
          }
          refuse('contains a cycle (an object inside itself)');
        }
      }
      if (objs) objs[objs.n++] = v;
      ancestors[na++] = v;
      try {
        if (isArray(v)) {
          const len = dataOf(v, 'length');
          const n = len === undefined ? -1 : len.v;
          if (typeof n !== 'number' || n < 0) refuse('is an array without a readable length');
          const shown = n > items ? items : n;
          if (nodes + shown > maxNodes) tooLarge();
          if (sink !== undefined && n >= BINARY_MIN_LENGTH && shown === n && binary(v, n)) return;
          out += '[';
          for (let i = 0; i < shown; i++) {
            if (i) out += ',';
            // Hot path (numbers in vectors and matrices): no allocation but the descriptor.
            const d = gOPD(v, i);
            if (d !== undefined && hasOwn(d, 'value')) {
              const x = d.value;
              if (typeof x === 'number' && x === x && x !== Infinity && x !== -Infinity && (x !== 0 || 1 / x > 0)) {
                if (++nodes > maxNodes) tooLarge();
                if ((i & 1023) === 1023 && out.length > maxChars) refuse('is too large (more than ' + maxChars + ' characters)');
                out += '' + x;
                continue;
              }
              path[pd++] = i;
              go(x, depth + 1);
              pd--;
              continue;
            }
            path[pd++] = i;
            if (d === undefined) {
              if (!lenient) refuse('has an empty slot (a hole in the array)');
              out += 'null';
            } else go(/** @type {{ v: unknown }} */ (dataOf(v, i)).v, depth + 1);
            pd--;
          }
          if (shown < n) out += ',' + JSONstringify('… ' + (n - shown) + ' more');
          out += ']';
          return;
        }
        if (isView(v)) {
          let n;
          try {
            n = apply(typedLength, v, []);
          } catch (e) {
            n = -1;
          }
          if (n < 0) {
            if (lenient) {
              out += '"[DataView]"';
              return;
            }
            refuse('contains a DataView');
          }
          const shown = n > items ? items : n;
          if (nodes + shown > maxNodes) tooLarge();
          out += '[';
          for (let i = 0; i < shown; i++) {
            if (i) out += ',';
            path[pd++] = i;
            go(/** @type {any} */ (v)[i], depth + 1);
            pd--;
          }
          if (shown < n) out += ',' + JSONstringify('… ' + (n - shown) + ' more');
          out += ']';
          return;
        }
        const proto = getProto(v);
        if (proto !== ObjectProto && proto !== null && !lenient) {
          if (proto === PromiseProto) refuse('is a Promise (the grader expected a value; await it, or remove async)');
          if (proto === MapProto) refuse('is a Map (return a plain object or an array)');
          if (proto === SetProto) refuse('is a Set (return an array)');
          refuse('is an instance of a class (return plain data: numbers, arrays, plain objects)');
        }
        const keys = ownKeys(v);
        const shown = keys.length > items ? items : keys.length;
        if (nodes + shown > maxNodes) tooLarge();
        let tagged = false;
        const saved = out;
        out = '';
        let first = true;
        for (let i = 0; i < shown; i++) {
          const k = keys[i];
          if (typeof k !== 'string') continue;
          path[pd++] = k;
          const d = dataOf(v, k);
          if (d !== undefined && d.e !== false) {
            if (isTagKey(k)) tagged = true;
            out += (first ? '' : ',') + JSONstringify(k) + ':';
            first = false;
            go(d.v, depth + 1);
          }
          pd--;
        }
        if (shown < keys.length) out += (first ? '' : ',') + '"…":' + JSONstringify(keys.length - shown + ' more keys');
        const body = '{' + out + '}';
        out = saved + (tagged ? '{"$obj":' + body + '}' : body);
      } finally {
        na--;
      }
    }
    /**
     * The binary channel: `v`'s n elements into the sink if every one is a number held in a
     * data property; otherwise nothing is kept and the caller writes text.
     * @param {any} v @param {number} n
     */
    function binary(v, n) {
      const s = /** @type {NumberSink} */ (sink);
      let buf = s.buf;
      const at = s.n;
      if (at + n > buf.length) {
        let size = buf.length * 2;
        while (size < at + n) size *= 2;
        const bigger = new Float64ArrayCtor(size);
        apply(typedSet, bigger, [apply(typedSubarray, buf, [0, at])]);
        buf = s.buf = bigger;
      }
      for (let i = 0; i < n; i++) {
        const d = gOPD(v, i);
        if (d === undefined || !hasOwn(d, 'value') || typeof d.value !== 'number') return false;
        buf[at + i] = d.value;
      }
      nodes += n;
      s.n = at + n;
      out += '{"$f64":[' + at + ',' + n + ']}';
      return true;
    }
    go(root, 0);
    return out;
  }

  /** An empty sink for `encodeValue`'s binary channel. @returns {NumberSink} */
  function numberSink() {
    const s = create(null);
    s.buf = new Float64ArrayCtor(1024);
    s.n = 0;
    return s;
  }

  /**
   * The wire text of a trusted value: one the host made (a grader's arguments, a report's
   * values) or one the harness itself just decoded. Read with plain property access; typed
   * arrays become arrays, class instances their own enumerable keys. A function is sent as
   * `{"$fn": fnId(f)}`; without `fnId` it cannot be encoded.
   * @param {unknown} root
   * @param {(f: Function) => number} [fnId]
   * @param {any} [objs] collects every object met, in order (as in `encodeValue`)
   * @param {number} [maxDepth]
   * @returns {string}
   */
  function encodeTrusted(root, fnId, objs, maxDepth) {
    const limit = maxDepth === undefined ? 200 : maxDepth;
    const ancestors = create(null);
    let na = 0;
    /** @param {any} v @param {number} depth @returns {string} */
    function go(v, depth) {
      const t = typeof v;
      if (t === 'number') return numberText(v);
      if (t === 'string') return JSONstringify(v);
      if (t === 'boolean') return v ? 'true' : 'false';
      if (t === 'undefined') return '{"$":"undefined"}';
      if (t === 'function') {
        if (fnId === undefined) throw new ErrorCtor('functions cannot be encoded here');
        return '{"$fn":' + fnId(v) + '}';
      }
      if (v === null) return 'null';
      if (t !== 'object') throw new ErrorCtor('cannot encode a ' + t);
      if (depth > limit) throw new ErrorCtor('value is nested too deeply');
      for (let i = 0; i < na; i++) if (ancestors[i] === v) throw new ErrorCtor('value contains a cycle');
      if (objs) objs[objs.n++] = v;
      ancestors[na++] = v;
      try {
        let out = '';
        let n = isArray(v) ? v.length : -1;
        if (n < 0 && isView(v)) {
          try {
            n = apply(typedLength, v, []); // a DataView has no length: read as an object
          } catch (e) {
            n = -1;
          }
        }
        if (n >= 0) {
          for (let i = 0; i < n; i++) out += (i ? ',' : '') + go(v[i], depth + 1);
          return '[' + out + ']';
        }
        const keys = objectKeys(v);
        let tagged = false;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (isTagKey(k)) tagged = true;
          out += (i ? ',' : '') + JSONstringify(k) + ':' + go(v[k], depth + 1);
        }
        return tagged ? '{"$obj":{' + out + '}}' : '{' + out + '}';
      } finally {
        na--;
      }
    }
    return go(root, 0);
  }

  /**
   * The value a parsed wire form stands for, in fresh arrays and objects (the wire form is
   * left as it is). `{"$fn": id}` becomes `fnOf(id)`; without `fnOf` it is an error.
   * `{"$f64": [at, n]}` is read from `numbers`, the binary channel sent beside the text.
   * @param {unknown} w
   * @param {(id: number) => unknown} [fnOf]
   * @param {Float64Array} [numbers]
   * @returns {unknown}
   */
  function decodeWire(w, fnOf, numbers) {
    if (typeof w !== 'object' || w === null) return w;
    if (isArray(w)) {
      /** @type {unknown[]} */
      const out = [];
      for (let i = 0; i < w.length; i++) defineProperty(out, i, field(decodeWire(w[i], fnOf, numbers)));
      return out;
    }
    const o = /** @type {Record<string, unknown>} */ (w);
    const keys = objectKeys(o);
    if (keys.length === 1) {
      const k = keys[0];
      if (k === '$') {
        const t = o.$;
        if (t === 'NaN') return NaN;
        if (t === 'Infinity') return Infinity;
        if (t === '-Infinity') return -Infinity;
        if (t === '-0') return -0;
        if (t === 'undefined') return undefined;
      }
      if (k === '$fn') {
        if (fnOf === undefined) throw new ErrorCtor('function reference outside a call');
        return fnOf(/** @type {number} */ (o.$fn));
      }
      if (k === '$obj') return decodeFields(/** @type {Record<string, unknown>} */ (o.$obj), fnOf, numbers);
      if (k === '$f64' && numbers !== undefined && isArray(o.$f64)) {
        const at = o.$f64[0];
        const n = o.$f64[1];
        if (typeof at !== 'number' || typeof n !== 'number' || !(at >= 0 && n >= 0 && at + n <= numbers.length)) throw new ErrorCtor('numbers outside the binary channel');
        return apply(arrayFrom, ArrayCtor, [apply(typedSubarray, numbers, [at, at + n])]);
      }
    }
    return decodeFields(o, fnOf, numbers);
  }
  /** @param {Record<string, unknown>} o @param {((id: number) => unknown) | undefined} fnOf @param {Float64Array | undefined} numbers */
  function decodeFields(o, fnOf, numbers) {
    /** @type {Record<string, unknown>} */
    const out = {};
    const keys = objectKeys(o);
    for (let i = 0; i < keys.length; i++) defineProperty(out, keys[i], field(decodeWire(o[keys[i]], fnOf, numbers)));
    return out;
  }

  /**
   * Decode wire text. Most texts carry no tags: then the parsed value is already the value.
   * @param {string} text
   * @param {(id: number) => unknown} [fnOf]
   */
  function decodeText(text, fnOf) {
    return apply(strIndexOf, text, ['{"$']) < 0 ? JSONparse(text) : decodeWire(JSONparse(text), fnOf);
  }

  return { encodeValue, encodeTrusted, decodeWire, decodeText, numberSink, isRefusal, field, numberText, slice };
}
