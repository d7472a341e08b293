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
//                    and −0 exact) at index `at` of the numbers sent beside the text (see
//                    `NumberSink`). Both directions use it: the host sends the arrays of numbers
//                    among a call's arguments this way, the sandbox the ones it returns.
//   {"$f64":[at,r,c]} a matrix: r arrays of c numbers each, row after row from index `at` (the host
//                    sends matrices with short rows this way: one tag instead of one per row). Turning
//                    numbers into text and back is the slow part of a call in an interpreter
//                    (QuickJS parses a 17-digit number in about 1 µs, and copies a float64 in 0.05)
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

/**
 * Builds the codec, capturing the built-ins it uses (call it before untrusted code runs).
 * @param {{ inSandbox?: boolean }} [options] `inSandbox`: running in QuickJS, where some choices
 *   between equivalent ways are made differently (what is fast in V8 is not always fast there)
 */
export function wireCodec(options) {
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
  // `uncurry(f)(recv, ...args)` is `f` called on `recv`: a bound `call` keeps the built-in it was
  // made from (learner code replacing Function.prototype.call later cannot reach it), and costs
  // a third of `apply(f, recv, [...args])` in QuickJS (no argument array).
  const uncurry = Function.prototype.bind.bind(Function.prototype.call);
  // The getter of a property, own or inherited (undefined for data): never runs it, and allocates
  // nothing — with `hasOwn`, a third of the cost of reading a descriptor (QuickJS). On an
  // ordinary object whose own property it is, it looks no further.
  const lookupGetter = /** @type {(o: object, k: PropertyKey) => Function | undefined} */ (
    uncurry(/** @type {any} */ (O.prototype).__lookupGetter__)
  );
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const ObjectProto = O.prototype;
  const PromiseProto = Promise.prototype;
  const MapProto = Map.prototype;
  const SetProto = Set.prototype;
  const typedLength = /** @type {() => number} */ (/** @type {PropertyDescriptor} */ (gOPD(getProto(Int8Array.prototype), 'length')).get);
  const typedLengthOf = /** @type {(v: ArrayBufferView) => number} */ (uncurry(typedLength));
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
  // Array.prototype.slice on a typed array makes a plain array without looking up a species
  // constructor (the receiver is not an array): safe from a learner's `constructor` overrides.
  // (`subarray` and `Array.from` are not: species and iterators, so they are used on the host only.)
  const sliceOf = /** @type {(v: ArrayLike<number>, from: number, to: number) => number[]} */ (uncurry(Array.prototype.slice));
  const arrayFrom = Array.from;
  const ArrayCtor = Array;
  const Float64Proto = Float64Array.prototype;
  const typedProto = getProto(Float64Proto);
  const bufferOf = /** @type {(v: Float64Array) => ArrayBuffer} */ (uncurry(/** @type {PropertyDescriptor} */ (gOPD(typedProto, 'buffer')).get));
  const byteOffsetOf = /** @type {(v: Float64Array) => number} */ (uncurry(/** @type {PropertyDescriptor} */ (gOPD(typedProto, 'byteOffset')).get));
  /**
   * Arrays of numbers at least this long take the binary channel, in both directions (for
   * arguments, also matrices whose rows are). Measured in QuickJS: below it, JSON.parse builds
   * short rows in C faster than the harness can from float64 (7×2 and 100×1 matrices), and a
   * tag costs about as much text as the numbers it replaces.
   */
  const BINARY_MIN_LENGTH = 5;
  /**
   * Arrays of numbers from the channel are copied by Array.prototype.slice from this length; below
   * it one definition per element is cheaper in QuickJS (slice has a fixed cost). In V8 slice always wins.
   */
  const SLICE_FROM = options !== undefined && options.inSandbox === true ? 5 : 0;
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

  // One descriptor reused for every defineProperty of the hot paths (`put`): making a fresh one
  // per element costs more than the definition itself. Null prototype: nothing inherited is read.
  const DATA = create(null);
  DATA.writable = true;
  DATA.enumerable = true;
  DATA.configurable = true;
  /**
   * `o[k] = v` as a definition: never reaches a setter learner code put on a prototype. Only for
   * objects the codec or the harness made (a Proxy's trap would see a copy of DATA anyway).
   * @param {object} o @param {PropertyKey} k @param {unknown} v
   */
  function put(o, k, v) {
    DATA.value = v;
    defineProperty(o, k, DATA);
    DATA.value = undefined;
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
  /** What `special` returns for a `$` tag it does not know (the object is then a plain one). */
  const NOT_SPECIAL = create(null);
  /**
   * The value a `{"$": t}` tag stands for: NaN, ±Infinity, −0 or undefined, else NOT_SPECIAL.
   * @param {unknown} t @returns {unknown}
   */
  function special(t) {
    if (t === 'NaN') return NaN;
    if (t === 'Infinity') return Infinity;
    if (t === '-Infinity') return -Infinity;
    if (t === '-0') return -0;
    if (t === 'undefined') return undefined;
    return NOT_SPECIAL;
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
    // A number, boolean, null or undefined needs none of the machinery below.
    const t = typeof root;
    if (t === 'number') return numberText(/** @type {number} */ (root));
    if (t === 'boolean') return root ? 'true' : 'false';
    if (t === 'undefined') return '{"$":"undefined"}';
    if (root === null) return 'null';
    // Own properties only: learner code may have put getters for these names on Object.prototype
    // (an options object without a prototype is read directly: it has nothing to inherit).
    const bare = getProto(opts) === null;
    /** @param {keyof EncodeOptions} k @returns {any} */
    const option = (k) => {
      if (bare) return opts[k];
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
          if (sink !== undefined && n > 0 && shown === n && binary(v, n)) return;
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
            n = typedLengthOf(v);
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
    /** The `length` numbers of array `a` into the sink from `to`, or false. @param {any} a @param {number} length @param {number} to */
    function numbersOf(a, length, to) {
      const buf = grow(/** @type {NumberSink} */ (sink), to + length);
      for (let i = 0; i < length; i++) {
        const x = item(a, i);
        if (typeof x !== 'number') return false;
        buf[to + i] = x;
      }
      return true;
    }
    /**
     * The value at index `i` of `a` when it is an own property without a getter (a data property;
     * an accessor with only a setter reads as undefined, running nothing), else undefined.
     * @param {any} a @param {number} i
     */
    function item(a, i) {
      return hasOwn(a, i) && lookupGetter(a, i) === undefined ? a[i] : undefined;
    }
    /**
     * The binary channel: `v`'s n elements into the sink if every one is a number held in a data
     * property (a vector of BINARY_MIN_LENGTH or more), or if every one is an array of such
     * numbers, all of one length (a matrix, one tag for all its rows); otherwise nothing is kept
     * and the caller writes text.
     * @param {any} v @param {number} n
     */
    function binary(v, n) {
      const s = /** @type {NumberSink} */ (sink);
      const at = s.n;
      let tag;
      const first = n >= 2 ? item(v, 0) : undefined;
      if (isArray(first)) {
        // A matrix: rows of one length, numbers only — one tag, not one per row.
        const lenOfFirst = gOPD(first, 'length');
        const cols = lenOfFirst === undefined ? 0 : lenOfFirst.value;
        if (typeof cols !== 'number' || cols < 1 || n * cols < BINARY_MIN_LENGTH || nodes + n + n * cols > maxNodes) return false;
        for (let r = 0; r < n; r++) {
          const row = r === 0 ? first : item(v, r);
          if (!isArray(row)) return false;
          const len = gOPD(row, 'length');
          if (len === undefined || len.value !== cols || !numbersOf(row, cols, at + r * cols)) return false;
        }
        nodes += n * cols;
        s.n = at + n * cols;
        tag = '{"$f64":[' + at + ',' + n + ',' + cols + ']}';
      } else {
        if (n < BINARY_MIN_LENGTH || !numbersOf(v, n, at)) return false;
        nodes += n;
        s.n = at + n;
        tag = '{"$f64":[' + at + ',' + n + ']}';
      }
      out += tag;
      return true;
    }
    go(root, 0);
    return out;
  }

  /** An empty sink for the binary channel. @returns {NumberSink} */
  function numberSink() {
    const s = create(null);
    s.buf = new Float64ArrayCtor(1024);
    s.n = 0;
    return s;
  }

  /**
   * The sink's buffer, grown (doubling) to hold at least `size` numbers.
   * @param {NumberSink} s @param {number} size @returns {Float64Array}
   */
  function grow(s, size) {
    const buf = s.buf;
    const length = typedLengthOf(buf); // not buf.length: learner code may have replaced that getter
    if (size <= length) return buf;
    let next = length * 2;
    while (next < size) next *= 2;
    const bigger = new Float64ArrayCtor(next);
    apply(typedSet, bigger, [buf]); // a typed-array source: no species, no iterator
    s.buf = bigger;
    return bigger;
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
   * @param {NumberSink} [sink] the binary channel: arrays (and typed arrays) of BINARY_MIN_LENGTH or more numbers go here
   * @returns {string}
   */
  function encodeTrusted(root, fnId, objs, maxDepth, sink) {
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
        const n = trustedLength(v);
        if (n >= 0) {
          if (sink !== undefined) {
            const tag = binaryTrusted(v, n, sink);
            if (tag !== '') return tag;
          }
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
   * The length of a trusted array or typed array, -1 for anything else (a DataView has no
   * length: it is read as an object).
   * @param {any} v @returns {number}
   */
  function trustedLength(v) {
    if (isArray(v)) return v.length;
    if (!isView(v)) return -1;
    try {
      return typedLengthOf(v);
    } catch (e) {
      return -1;
    }
  }

  /**
   * What `decodeText(encodeTrusted(root))` gives, without the text: a deep copy of a trusted value
   * with typed arrays as arrays and class instances as their own enumerable keys, NaN, ±Infinity,
   * −0 and undefined kept, and the same refusals (functions, symbols, bigints, cycles, nesting).
   * The host's copy of the reference's values: it assigns array elements directly, so it is not
   * for use inside the sandbox (a setter on Array.prototype would see them).
   * @param {unknown} root
   * @returns {unknown}
   */
  function copyTrusted(root) {
    const ancestors = create(null);
    let na = 0;
    /** @param {any} v @param {number} depth @returns {unknown} */
    function go(v, depth) {
      const t = typeof v;
      if (t !== 'object' || v === null) {
        if (t === 'function') throw new ErrorCtor('functions cannot be encoded here');
        if (t === 'symbol' || t === 'bigint') throw new ErrorCtor('cannot encode a ' + t);
        return v;
      }
      if (depth > 200) throw new ErrorCtor('value is nested too deeply');
      for (let i = 0; i < na; i++) if (ancestors[i] === v) throw new ErrorCtor('value contains a cycle');
      ancestors[na++] = v;
      try {
        const n = trustedLength(v);
        if (n >= 0) {
          const out = new ArrayCtor(n);
          for (let i = 0; i < n; i++) out[i] = go(v[i], depth + 1);
          return out;
        }
        /** @type {Record<string, unknown>} */
        const out = {};
        const keys = objectKeys(v);
        for (let i = 0; i < keys.length; i++) put(out, keys[i], go(v[keys[i]], depth + 1)); // a key "__proto__" stays a key
        return out;
      } finally {
        na--;
      }
    }
    return go(root, 0);
  }

  /**
   * The binary-channel tag of a trusted array (or typed array) of `n` numbers, or of a matrix
   * (an array of arrays of numbers, all of one length) — '' when `v` is neither, or its rows are
   * shorter than BINARY_MIN_LENGTH.
   * @param {any} v @param {number} n @param {NumberSink} sink @returns {string}
   */
  function binaryTrusted(v, n, sink) {
    if (n === 0) return '';
    const first = v[0];
    if (typeof first === 'number') {
      if (n < BINARY_MIN_LENGTH) return '';
      const at = sink.n;
      const buf = grow(sink, at + n);
      for (let i = 0; i < n; i++) {
        const x = v[i];
        if (typeof x !== 'number') return '';
        buf[at + i] = x;
      }
      sink.n = at + n;
      return '{"$f64":[' + at + ',' + n + ']}';
    }
    if (!isArray(first)) return '';
    const cols = first.length;
    if (cols < BINARY_MIN_LENGTH) return '';
    const at = sink.n;
    const buf = grow(sink, at + n * cols);
    for (let r = 0, k = at; r < n; r++) {
      const row = v[r];
      if (!isArray(row) || row.length !== cols) return '';
      for (let j = 0; j < cols; j++, k++) {
        const x = row[j];
        if (typeof x !== 'number') return '';
        buf[k] = x;
      }
    }
    sink.n = at + n * cols;
    return '{"$f64":[' + at + ',' + n + ',' + cols + ']}';
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
        const v = special(o.$);
        if (v !== NOT_SPECIAL) return v;
      }
      if (k === '$fn') {
        if (fnOf === undefined) throw new ErrorCtor('function reference outside a call');
        return fnOf(/** @type {number} */ (o.$fn));
      }
      if (k === '$obj') return decodeFields(/** @type {Record<string, unknown>} */ (o.$obj), fnOf, numbers);
      if (k === '$f64' && numbers !== undefined && isArray(o.$f64)) {
        const range = binaryRange(o.$f64, typedLengthOf(numbers));
        const at = range[0];
        const rows = range[1];
        const cols = range[2];
        if (cols < 0) return apply(arrayFrom, ArrayCtor, [apply(typedSubarray, numbers, [at, at + rows])]);
        /** @type {unknown[]} */
        const out = [];
        for (let r = 0; r < rows; r++) out[r] = apply(arrayFrom, ArrayCtor, [apply(typedSubarray, numbers, [at + r * cols, at + (r + 1) * cols])]);
        return out;
      }
    }
    return decodeFields(o, fnOf, numbers);
  }
  /**
   * [at, n, -1] for a vector tag, [at, rows, cols] for a matrix: checked against the channel's length.
   * @param {unknown[]} t @param {number} length @returns {[number, number, number]}
   */
  function binaryRange(t, length) {
    const at = t[0];
    const n = t[1];
    const cols = t.length === 3 ? t[2] : -1;
    const valid = (/** @type {unknown} */ x) => typeof x === 'number' && x === (x | 0);
    if (!(t.length === 2 || t.length === 3) || !valid(at) || !valid(n) || !valid(cols)) throw new ErrorCtor('numbers outside the binary channel');
    const a = /** @type {number} */ (at),
      rows = /** @type {number} */ (n),
      c = /** @type {number} */ (cols);
    if (!(a >= 0 && rows >= 0 && (c === -1 || c >= 1) && a + (c < 0 ? rows : rows * c) <= length))
      throw new ErrorCtor('numbers outside the binary channel');
    return [a, rows, c];
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
   * Otherwise the tags are replaced where they are in the freshly parsed tree (nothing else is
   * copied: an interpreter pays for every element it touches).
   * @param {string} text
   * @param {(id: number) => unknown} [fnOf]
   * @param {Float64Array} [numbers] the binary channel sent beside the text
   * @param {(array: unknown[], numbers: Float64Array, cols: number) => void} [onRun] told of each
   *   vector (cols -1) and matrix (rows of `cols`) that came through the binary channel, with a
   *   view of its numbers (the sandbox keeps it as the array's "before")
   */
  function decodeText(text, fnOf, numbers, onRun) {
    if (apply(strIndexOf, text, ['{"$']) < 0) return JSONparse(text);
    return decodeFresh(JSONparse(text), fnOf, numbers, onRun);
  }

  /**
   * The value a wire form stands for, made by replacing its tags where they are: only for a
   * tree nothing else holds (just parsed), which it changes. Arguments as in `decodeText`.
   * @param {unknown} tree
   * @param {(id: number) => unknown} [fnOf]
   * @param {Float64Array} [numbers]
   * @param {(array: unknown[], numbers: Float64Array, cols: number) => void} [onRun]
   */
  function decodeFresh(tree, fnOf, numbers, onRun) {
    if (typeof tree !== 'object' || tree === null) return tree;
    // Module-level functions and one state object, not closures: QuickJS pays for each closure
    // made, and a grader's call decodes its arguments here.
    const st = /** @type {FreshState} */ (create(null));
    st.fnOf = fnOf;
    st.numbers = numbers;
    st.onRun = onRun;
    st.sliceSafe = -1;
    return inPlace(tree, st);
  }

  /**
   * @typedef {object} FreshState
   * @property {((id: number) => unknown) | undefined} fnOf
   * @property {Float64Array | undefined} numbers
   * @property {((array: unknown[], numbers: Float64Array, cols: number) => void) | undefined} onRun
   * @property {number} sliceSafe 1 when Array.prototype.slice may copy from `numbers`, 0 when not, -1 not yet known
   */

  /** `decodeFresh` of one node. @param {any} w @param {FreshState} st @returns {unknown} */
  function inPlace(w, st) {
    if (isArray(w)) {
      for (let i = 0; i < w.length; i++) {
        const x = w[i];
        if (typeof x === 'object' && x !== null) {
          const y = inPlace(x, st);
          if (y !== x) put(w, i, y);
        }
      }
      return w;
    }
    const keys = objectKeys(w);
    if (keys.length === 1) {
      const k = keys[0];
      if (k === '$') {
        const v = special(w.$);
        if (v !== NOT_SPECIAL) return v;
      }
      if (k === '$fn') {
        if (st.fnOf === undefined) throw new ErrorCtor('function reference outside a call');
        return st.fnOf(w.$fn);
      }
      if (k === '$obj') return freshFields(w.$obj, st);
      const numbers = st.numbers;
      if (k === '$f64' && numbers !== undefined && isArray(w.$f64)) {
        const range = binaryRange(w.$f64, typedLengthOf(numbers));
        const at = range[0];
        const rows = range[1];
        const cols = range[2];
        if (cols < 0) {
          const vector = numberRun(st, at, rows);
          if (st.onRun !== undefined) st.onRun(vector, numbersView(numbers, at, rows), -1);
          return vector;
        }
        /** @type {unknown[]} */
        const out = [];
        for (let r = 0; r < rows; r++) put(out, r, numberRun(st, at + r * cols, cols));
        if (st.onRun !== undefined) st.onRun(out, numbersView(numbers, at, rows * cols), cols);
        return out;
      }
    }
    return freshFields(w, st);
  }

  /** @param {any} o @param {FreshState} st */
  function freshFields(o, st) {
    const keys = objectKeys(o);
    for (let i = 0; i < keys.length; i++) {
      const x = o[keys[i]];
      if (typeof x === 'object' && x !== null) {
        const y = inPlace(x, st);
        if (y !== x) put(o, keys[i], y);
      }
    }
    return o;
  }

  /** A fresh array of the numbers [at, at + n) of the channel. @param {FreshState} st @param {number} at @param {number} n */
  function numberRun(st, at, n) {
    const nums = /** @type {Float64Array} */ (st.numbers);
    if (n >= SLICE_FROM) {
      // Array.prototype.slice reads the typed array's `length` through its prototypes: it is used
      // only while that getter is still the built-in one (learner code may have replaced it).
      if (st.sliceSafe < 0) {
        const d = getProto(Float64Proto) === typedProto && gOPD(Float64Proto, 'length') === undefined ? gOPD(typedProto, 'length') : undefined;
        st.sliceSafe = d !== undefined && hasOwn(d, 'get') && d.get === typedLength ? 1 : 0;
      }
      if (st.sliceSafe === 1) return sliceOf(nums, at, at + n); // a C loop, after a fixed cost of about four definitions
    }
    /** @type {number[]} */
    const out = [];
    for (let i = 0; i < n; i++) put(out, i, nums[at + i]);
    return out;
  }

  /** A view of the numbers [at, at + n) of the channel (no copy). @param {Float64Array} nums @param {number} at @param {number} n */
  function numbersView(nums, at, n) {
    return new Float64ArrayCtor(bufferOf(nums), byteOffsetOf(nums) + at * 8, n);
  }

  return {
    encodeValue,
    encodeTrusted,
    copyTrusted,
    decodeWire,
    decodeText,
    decodeFresh,
    numberSink,
    isRefusal,
    field,
    put,
    uncurry,
    lookupGetter,
    numberText,
    slice,
  };
}
