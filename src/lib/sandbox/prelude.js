// @ts-check
// The trusted half of the sandbox: JavaScript that runs inside QuickJS *before* any learner
// code, captures the built-ins it needs (so later prototype pollution cannot reach it), and
// returns a harness object that only the host holds a handle to.
//
// It speaks the wire format through the one codec (`protocol/wire-codec.js`, the same code the
// host uses), reads learner values without ever running their getters or toJSON (accessors
// are refused; Proxy traps run, but under the host's deadline), checks arguments for mutation
// (by content and by object identity, so a Proxy slipped into an argument cannot hide a
// change), captures console output with caps, and makes Math.random and Date deterministic.
//
// Nothing learner code does may make a harness function fail in a way the host cannot read:
// learner exceptions (from Proxy traps, fake promises, …) become `threw` replies, and the
// harness's own refusals never reach learner code (they would let it forge a refusal).
//
// Plain ES2020, evaluated by QuickJS, not by the host: the host reads this file as text and
// `prelude-script.ts` joins it with the codec's text (imports and `export` removed).
import { wireCodec } from '../protocol/wire-codec.js';

/**
 * @typedef {object} Caps
 * @property {number} maxNodes
 * @property {number} maxChars
 * @property {number} consoleLines
 * @property {number} consoleChars
 */

/**
 * The arguments of a call as they were before it.
 * @typedef {{ copy: any, objs: any, text: string | null }} Before
 * A promise a call or the module returned, and how it settled (0 pending, 1 fulfilled, 2 rejected).
 * @typedef {{ state: number, value: any, args?: unknown[], before?: Before[] }} Pending
 */

/**
 * @param {(id: number, argsText: string) => string} hostCall calls host function `id` with wire-text arguments, returns its wire-text result
 * @param {number} seed Math.random's seed
 * @param {Caps} caps
 */
export function prelude(hostCall, seed, caps) {
  'use strict';
  const O = Object;
  const gOPD = O.getOwnPropertyDescriptor;
  const getProto = O.getPrototypeOf;
  const create = O.create;
  const hasOwn = O.hasOwn;
  const defineProperty = O.defineProperty;
  const ownKeys = Reflect.ownKeys;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const isArray = Array.isArray;
  const PromiseProto = Promise.prototype;
  const promiseThen = PromiseProto.then;
  const JSONstringify = JSON.stringify;
  const ErrorCtor = Error;
  const ErrorProto = Error.prototype;
  const TypeErrorCtor = TypeError;
  const imul = Math.imul;
  const { encodeValue, encodeTrusted, decodeText, numberSink, isRefusal, put, uncurry, lookupGetter, slice } = wireCodec({ inSandbox: true });
  const isView = ArrayBuffer.isView;
  const Float64ArrayCtor = Float64Array;
  const MapCtor = Map;
  const mapGet = /** @type {(m: Map<unknown, unknown>, k: unknown) => any} */ (uncurry(Map.prototype.get));
  const mapSet = /** @type {(m: Map<unknown, unknown>, k: unknown, v: unknown) => void} */ (uncurry(Map.prototype.set));
  const typedLengthOf = /** @type {(v: ArrayBufferView) => number} */ (
    uncurry(/** @type {PropertyDescriptor} */ (gOPD(getProto(Float64Array.prototype), 'length')).get)
  );
  const bufferOf = /** @type {(v: Float64Array) => ArrayBuffer} */ (
    uncurry(/** @type {PropertyDescriptor} */ (gOPD(getProto(Float64Array.prototype), 'buffer')).get)
  );
  // The binary channel of the value a call returns: its arrays of numbers, read by the host
  // with `takeNumbers` right after the reply that says how many there are.
  const numbers = numberSink();
  // Options of the value a call returns: made once, without a prototype (read directly).
  const valueOptions = create(null);
  valueOptions.maxNodes = caps.maxNodes;
  valueOptions.maxChars = caps.maxChars;
  valueOptions.numbers = numbers;
  // Arrays built with defineProperty (`field`): plain index assignment could reach a setter
  // that learner code defined on Array.prototype.
  /** Functions among the arguments, in a mutation report (they stay on the host). */
  const markFunction = () => -1;
  /** @param {unknown} first @param {unknown[]} rest */
  function withFirst(first, rest) {
    /** @type {unknown[]} */
    const all = [];
    put(all, 0, first);
    for (let i = 0; i < rest.length; i++) put(all, i + 1, rest[i]);
    return all;
  }

  // ---- functions from the grader: stand-ins that call the host ----
  const hostFns = create(null);
  /** @param {number} id @returns {Function} */
  function hostFunction(id) {
    if (hostFns[id]) return hostFns[id];
    const f = function () {
      const n = arguments.length;
      let text = '[';
      for (let i = 0; i < n; i++) {
        let part;
        try {
          part = encodeValue(arguments[i], { maxNodes: caps.maxNodes, maxChars: caps.maxChars });
        } catch (e) {
          if (isRefusal(e)) throw new TypeErrorCtor('argument ' + (i + 1) + ' of a function from the grader ' + e.message);
          throw e;
        }
        text += (i ? ',' : '') + part;
      }
      text += ']';
      return decodeText(hostCall(id, text), hostFunction);
    };
    hostFns[id] = f;
    return f;
  }
  // ---- errors thrown by learner code ----
  /** @param {any} obj @param {string} key */
  function readData(obj, key) {
    let o = obj;
    for (let depth = 0; o !== null && depth < 16; depth++) {
      const d = gOPD(o, key);
      if (d !== undefined) return hasOwn(d, 'value') ? d.value : undefined;
      o = getProto(o);
    }
    return undefined;
  }
  /** @param {unknown} e */
  function describeError(e) {
    let name = '',
      message = '',
      stack = '',
      isError = false;
    try {
      if (typeof e === 'object' && e !== null) {
        let p = e;
        for (let depth = 0; p !== null && depth < 16; depth++) {
          if (p === ErrorProto) {
            isError = true;
            break;
          }
          p = getProto(p);
        }
        const n = readData(e, 'name'),
          m = readData(e, 'message'),
          s = readData(e, 'stack');
        name = typeof n === 'string' ? n : '';
        message = typeof m === 'string' ? m : '';
        stack = typeof s === 'string' ? s : '';
        if (!isError && !message) message = encodeValue(e, { lenient: true, maxNodes: 200, maxChars: 400 });
      } else if (typeof e === 'string') message = e;
      else if (typeof e === 'symbol') message = 'a symbol';
      else message = '' + e;
    } catch (inner) {
      message = 'an object that could not be read';
    }
    return (
      '{"name":' +
      JSONstringify(slice(name, 100)) +
      ',"message":' +
      JSONstringify(slice(message, 1000)) +
      ',"stack":' +
      JSONstringify(slice(stack, 2000)) +
      ',"isError":' +
      isError +
      (e === null ? ',"isNull":true' : '') +
      '}'
    );
  }
  /** @param {unknown} e */
  const threw = (e) => '{"threw":' + describeError(e) + '}';

  // ---- calls ----
  // The arguments as they were before the call: per argument a structural copy (the harness
  // just decoded them: plain data, no getters, no learner code has seen them) and the objects
  // in it, in walk order, for the identity check. Numbers are kept as float64, never as
  // objects per element: a vector as a Float64Array (arguments are never typed arrays, so a
  // typed array in a copy always stands for one), a matrix — rows of one length — as a `Matrix`
  // (one Float64Array, row after row). What came through the binary channel is kept as it
  // arrived (a view, no copy at all); the rest is copied. The text form is made only when a
  // change is suspected: turning numbers into text is the slow part of a call in an interpreter.
  const MATRIX = create(null); // the prototype that marks a matrix record in a copy
  /**
   * @typedef {{ flat: Float64Array, rows: number, cols: number }} Matrix
   * @param {Float64Array} flat @param {number} rows @param {number} cols @returns {Matrix}
   */
  function matrix(flat, rows, cols) {
    const m = create(MATRIX);
    m.flat = flat;
    m.rows = rows;
    m.cols = cols;
    return m;
  }
  /** @param {any} v @param {any} objs @param {Map<unknown[], any>} runs @returns {any} */
  function copyOwn(v, objs, runs) {
    if (typeof v !== 'object' || v === null) return v; // functions stay by identity
    objs[objs.n++] = v;
    if (isArray(v)) {
      const n = v.length;
      const run = mapGet(runs, v);
      if (run !== undefined) {
        if (!isView(run)) for (let r = 0; r < n; r++) objs[objs.n++] = v[r]; // a matrix: its rows are objects too
        return run;
      }
      if (n === 0) return [];
      const first = v[0];
      if (typeof first === 'number') {
        const f = new Float64ArrayCtor(n);
        for (let j = 0; j < n; j++) {
          const x = v[j];
          if (typeof x !== 'number') return copyItems(v, n, objs, runs);
          f[j] = x;
        }
        return f;
      }
      if (isArray(first) && first.length > 0) {
        const cols = first.length;
        const flat = new Float64ArrayCtor(n * cols);
        for (let r = 0, k = 0; r < n; r++) {
          const row = v[r];
          if (!isArray(row) || row.length !== cols) return copyItems(v, n, objs, runs);
          for (let j = 0; j < cols; j++, k++) {
            const x = row[j];
            if (typeof x !== 'number') return copyItems(v, n, objs, runs);
            flat[k] = x;
          }
        }
        for (let r = 0; r < n; r++) objs[objs.n++] = v[r];
        return matrix(flat, n, cols);
      }
      return copyItems(v, n, objs, runs);
    }
    const c = create(null); // no __proto__ setter: the keys are copied as they are
    const keys = ownKeys(v);
    for (let i = 0; i < keys.length; i++) c[keys[i]] = copyOwn(v[keys[i]], objs, runs);
    return c;
  }
  /** An array copied item by item. @param {any[]} v @param {number} n @param {any} objs @param {Map<unknown[], any>} runs */
  function copyItems(v, n, objs, runs) {
    /** @type {unknown[]} */
    const c = [];
    for (let j = 0; j < n; j++) put(c, j, copyOwn(v[j], objs, runs)); // not c[j] = …: setters on Array.prototype
    return c;
  }
  /**
   * A copy with its matrices as arrays of rows again (a mutation report encodes it as text).
   * @param {any} c @returns {unknown}
   */
  function expand(c) {
    if (typeof c !== 'object' || c === null || isView(c)) return c;
    if (getProto(c) === MATRIX) {
      /** @type {unknown[]} */
      const rows = [];
      for (let r = 0; r < c.rows; r++) {
        const row = new Float64ArrayCtor(c.cols);
        for (let j = 0; j < c.cols; j++) row[j] = c.flat[r * c.cols + j];
        put(rows, r, row);
      }
      return rows;
    }
    if (isArray(c)) {
      /** @type {unknown[]} */
      const out = [];
      for (let i = 0; i < c.length; i++) put(out, i, expand(c[i]));
      return out;
    }
    const out = create(null);
    const keys = ownKeys(c);
    for (let i = 0; i < keys.length; i++) out[keys[i]] = expand(c[keys[i]]);
    return out;
  }
  /** The runs of a call without a binary channel (never added to). */
  const noRuns = new MapCtor();
  /** @param {unknown[]} args @param {Map<unknown[], any>} runs @returns {Before[]} */
  function snapshot(args, runs) {
    const all = create(null);
    for (let i = 0; i < args.length; i++) {
      const objs = create(null);
      objs.n = 0;
      all[i] = { copy: copyOwn(args[i], objs, runs), objs: objs, text: null };
    }
    return all;
  }
  /**
   * True when the array `v` still holds exactly the numbers of `run` (Object.is) in data
   * properties. `v` is an array the harness made (checked by identity first): an ordinary array,
   * whose `length` is its own data property, so nothing read here runs learner code.
   * @param {any} v @param {Float64Array} run
   */
  function sameRun(v, run) {
    const n = typedLengthOf(run);
    return v.length === n && sameNumbers(v, run, 0, n);
  }
  /**
   * `v`'s n elements are data properties holding flat[at..at+n) (Object.is).
   * @param {any} v @param {Float64Array} flat @param {number} at @param {number} n
   */
  function sameNumbers(v, flat, at, n) {
    for (let i = 0; i < n; i++) {
      // An own property without a getter: a data property (or a setter alone, which reads as
      // undefined); `v` is ordinary, so neither test runs anything.
      if (!hasOwn(v, i) || lookupGetter(v, i) !== undefined) return false;
      const x = v[i];
      const y = flat[at + i];
      if (x === y) {
        if (x === 0 && 1 / x !== 1 / y) return false;
      } else if (x === x || y === y) return false; // unequal, unless both NaN (then x is a number)
    }
    return true;
  }
  /**
   * The matrix `v` (checked by identity already) still has m.rows rows, each the same row object
   * as before (by identity) holding the same m.cols numbers.
   * @param {any} v @param {Matrix} m @param {any} objs @param {{ k: number }} walk
   */
  function sameMatrix(v, m, objs, walk) {
    if (v.length !== m.rows) return false;
    const cols = m.cols;
    for (let r = 0; r < m.rows; r++) {
      if (!hasOwn(v, r) || lookupGetter(v, r) !== undefined) return false;
      const row = v[r];
      if (row !== objs[walk.k++]) return false; // a row the harness made (identity): ordinary, too
      if (row.length !== cols || !sameNumbers(row, m.flat, r * cols, cols)) return false;
    }
    return true;
  }
  // True only when v is provably what it was: the same objects (by identity, so never a
  // Proxy), data properties only, the same keys in the same order, numbers equal as Object.is.
  // Anything else is left to the full comparison below, which also says what changed.
  /** @param {any} v @param {any} c @param {any} objs @param {{ k: number }} walk @returns {boolean} */
  function sameAs(v, c, objs, walk) {
    if (typeof c !== 'object' || c === null) {
      if (typeof c === 'number') return typeof v === 'number' && (v === c ? v !== 0 || 1 / v === 1 / c : v !== v && c !== c);
      return v === c;
    }
    if (v !== objs[walk.k++]) return false;
    if (isView(c)) return sameRun(v, /** @type {Float64Array} */ (c));
    if (getProto(c) === MATRIX) return sameMatrix(v, /** @type {Matrix} */ (c), objs, walk);
    if (isArray(c)) {
      const len = gOPD(v, 'length');
      if (len === undefined || !hasOwn(len, 'value') || len.value !== c.length) return false;
      for (let i = 0; i < c.length; i++) {
        const d = gOPD(v, i);
        if (d === undefined || !hasOwn(d, 'value') || !sameAs(d.value, c[i], objs, walk)) return false;
      }
      return true;
    }
    const keys = ownKeys(v);
    const ck = ownKeys(c);
    if (keys.length !== ck.length) return false;
    for (let i = 0; i < ck.length; i++) {
      if (keys[i] !== ck[i]) return false;
      const d = gOPD(v, ck[i]);
      if (d === undefined || !hasOwn(d, 'value') || !sameAs(d.value, c[ck[i]], objs, walk)) return false;
    }
    return true;
  }
  /** @param {any[]} args @param {Before[]} before */
  function mutations(args, before) {
    let out = '';
    for (let i = 0; i < args.length; i++) {
      const b = before[i];
      let fast = false;
      try {
        const walk = { k: 0 };
        fast = sameAs(args[i], b.copy, b.objs, walk) && walk.k === b.objs.n;
      } catch (e) {
        fast = false;
      }
      if (fast) continue;
      if (b.text === null) {
        const scratch = create(null);
        scratch.n = 0;
        b.text = encodeTrusted(expand(b.copy), markFunction, scratch);
      }
      const objs = create(null);
      objs.n = 0;
      let text = null;
      try {
        text = encodeValue(args[i], { lenient: true, maxNodes: caps.maxNodes, maxChars: caps.maxChars, objs: objs });
      } catch (e) {
        text = null;
      }
      let same = text === b.text && objs.n === b.objs.n;
      for (let j = 0; same && j < objs.n; j++) same = objs[j] === b.objs[j];
      if (!same) out += (out ? ',' : '') + '[' + i + ',' + (text === null ? '"[an argument that can no longer be read]"' : text) + ']';
    }
    return out;
  }
  /** @type {Pending | null} */
  let pending = null;
  /** @type {unknown[] | null} */
  let lastArgs = null; // for recheck
  /** @type {Before[] | null} */
  let lastBefore = null;
  /** @param {unknown} value @param {unknown[]} args @param {Before[]} before */
  function complete(value, args, before) {
    let text;
    numbers.n = 0;
    try {
      text = '{"value":' + encodeValue(value, valueOptions);
    } catch (e) {
      if (isRefusal(e)) return '{"invalid":' + JSONstringify(e.message) + '}';
      return threw(e); // a Proxy trap of the value threw
    }
    if (numbers.n > 0) text += ',"numbers":' + numbers.n;
    const changed = mutations(args, before);
    if (changed) text += ',"mutated":[' + changed + ']';
    lastArgs = args;
    lastBefore = before;
    return text + '}';
  }
  // After the host ran promise jobs a call left behind (a change deferred to a microtask).
  function recheck() {
    if (lastArgs === null || lastBefore === null) return '{}';
    const changed = mutations(lastArgs, lastBefore);
    return changed ? '{"mutated":[' + changed + ']}' : '{}';
  }
  /** @param {unknown} v */
  function isPromise(v) {
    return typeof v === 'object' && v !== null && getProto(v) === PromiseProto;
  }
  /** @param {unknown} value @param {unknown[]} args @param {Before[]} before */
  function settle(value, args, before) {
    let promise;
    try {
      promise = isPromise(value);
    } catch (e) {
      return threw(e);
    }
    if (promise) {
      const p = { state: 0, value: undefined, args: args, before: before };
      try {
        apply(promiseThen, value, [
          (v) => {
            p.state = 1;
            p.value = v;
          },
          (e) => {
            p.state = 2;
            p.value = e;
          },
        ]);
        pending = p;
        return '{"pending":true}';
      } catch (e) {
        // not a real promise (an object with Promise.prototype, a Proxy): read as a value
      }
    }
    return complete(value, args, before);
  }
  /**
   * @param {string | Function} target an export's name, or a driver `(m, ...args) => …`
   * @param {string} argsText the arguments' wire text
   * @param {ArrayBuffer | undefined} argNumbers their binary channel (float64), if any
   * @param {boolean} withModule
   */
  function begin(target, argsText, argNumbers, withModule) {
    pending = null;
    lastArgs = null;
    lastBefore = null;
    let runs = noRuns;
    /** @type {((a: unknown[], flat: Float64Array, cols: number) => void) | undefined} */
    let onRun;
    /** @type {Float64Array | undefined} */
    let numbersIn;
    if (argNumbers !== undefined) {
      const found = (runs = new MapCtor());
      numbersIn = new Float64ArrayCtor(argNumbers);
      onRun = (a, flat, cols) => mapSet(found, a, cols < 0 ? flat : matrix(flat, a.length, cols));
    }
    const args = /** @type {unknown[]} */ (decodeText(argsText, hostFunction, numbersIn, onRun));
    const before = snapshot(args, runs);
    /** @type {any} */
    let fn = target;
    if (typeof target === 'string') {
      fn = moduleExports === null ? undefined : moduleExports[target];
      if (typeof fn !== 'function') return '{"missing":' + JSONstringify(typeof fn) + '}';
    }
    let value;
    try {
      value = withModule ? apply(fn, undefined, withFirst(moduleExports, args)) : apply(fn, undefined, args);
    } catch (e) {
      return threw(e);
    }
    return settle(value, args, before);
  }
  function finish() {
    const p = pending;
    pending = null;
    if (p === null || p.state === 0) return '{"neverSettled":true}';
    if (p.state === 2) return threw(p.value);
    return complete(p.value, p.args ?? [], p.before ?? []);
  }

  // ---- the module's exports ----
  /** @type {any} */
  let moduleExports = null;
  /** @param {any} ns */
  function setExports(ns) {
    moduleExports = ns;
    const keys = ownKeys(ns);
    let out = '[';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      if (typeof keys[i] !== 'string') continue;
      let kind;
      try {
        const d = gOPD(ns, keys[i]);
        kind = d === undefined ? 'undefined' : typeof d.value;
      } catch (e) {
        kind = 'uninitialized';
      }
      out += (first ? '' : ',') + '[' + JSONstringify(keys[i]) + ',' + JSONstringify(kind) + ']';
      first = false;
    }
    return out + ']';
  }

  /** @type {Pending | null} */
  let modulePending = null;
  /** @param {unknown} v */
  function adoptModule(v) {
    if (isPromise(v)) {
      const p = { state: 0, value: undefined };
      modulePending = p;
      apply(promiseThen, v, [
        (ns) => {
          p.state = 1;
          p.value = ns;
        },
        (e) => {
          p.state = 2;
          p.value = e;
        },
      ]);
      return '{"pending":true}';
    }
    if (v === undefined && modulePending !== null) {
      const p = modulePending;
      modulePending = null;
      if (p.state === 0) return '{"neverSettled":true}';
      if (p.state === 2) return threw(p.value);
      v = p.value;
    }
    return '{"exports":' + setExports(v) + '}';
  }

  // ---- console: captured and capped ----
  const lines = create(null);
  let nLines = 0,
    chars = 0,
    dropped = 0;
  /** @param {string} level */
  function logger(level) {
    return function () {
      if (nLines >= caps.consoleLines || chars >= caps.consoleChars) {
        dropped++;
        return;
      }
      let text = '[';
      try {
        for (let i = 0; i < arguments.length; i++) {
          const room = caps.consoleChars - chars - text.length;
          text += (i ? ',' : '') + encodeValue(arguments[i], { lenient: true, maxNodes: 10000, maxChars: room > 16 ? room : 16, maxItems: 100 });
        }
      } catch (e) {
        text = '["[unprintable]"';
      }
      text += ']';
      chars += text.length;
      lines[nLines++] = '{"level":"' + level + '","args":' + text + '}';
    };
  }
  function takeConsole() {
    let out = '{"lines":[';
    for (let i = 0; i < nLines; i++) out += (i ? ',' : '') + lines[i];
    out += '],"dropped":' + dropped + '}';
    nLines = 0;
    chars = 0;
    dropped = 0;
    return out;
  }
  const consoleObject = { log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('debug') };
  defineProperty(globalThis, 'console', { value: consoleObject, writable: true, configurable: true, enumerable: false });

  // ---- determinism: no clocks, no entropy, no host objects ----
  let s = seed >>> 0;
  const random = function random() {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  defineProperty(Math, 'random', { value: random, writable: true, configurable: true, enumerable: false });
  // Date is replaced by a plain function sharing Date.prototype, and the real constructor is
  // made unreachable (a subclass would keep it one Object.getPrototypeOf away).
  const RealDate = Date;
  const DateProto = RealDate.prototype;
  const dateToString = DateProto.toString;
  const FIXED_NOW = 1767225600000; // 2026-01-01T00:00:00Z
  /** @param {any} year @param {any} monthIndex @param {any} day @param {any} hours @param {any} minutes @param {any} seconds @param {any} ms */
  const FixedDate = function Date(year, monthIndex, day, hours, minutes, seconds, ms) {
    if (new.target === undefined) return apply(dateToString, construct(RealDate, [FIXED_NOW]), []);
    return arguments.length === 0 ? construct(RealDate, [FIXED_NOW], new.target) : construct(RealDate, arguments, new.target);
  };
  defineProperty(FixedDate, 'prototype', { value: DateProto, writable: false, enumerable: false, configurable: false });
  defineProperty(FixedDate, 'now', {
    value: function now() {
      return FIXED_NOW;
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
  defineProperty(FixedDate, 'parse', { value: RealDate.parse, writable: true, configurable: true, enumerable: false });
  defineProperty(FixedDate, 'UTC', { value: RealDate.UTC, writable: true, configurable: true, enumerable: false });
  defineProperty(DateProto, 'constructor', { value: FixedDate, writable: true, configurable: true, enumerable: false });
  defineProperty(globalThis, 'Date', { value: FixedDate, writable: true, configurable: true, enumerable: false });
  const removed = ['performance', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'print', 'os', 'std', 'scriptArgs', 'bjson'];
  for (let i = 0; i < removed.length; i++) delete (/** @type {any} */ (globalThis)[removed[i]]);

  /** @param {number} n */
  function reseed(n) {
    s = n >>> 0;
  }

  /**
   * Burns `n` interrupt checks (loop iterations): the host shifts where QuickJS's next interrupt
   * check falls while it discards promise jobs a stopped call left queued.
   * @param {number} n
   */
  function spin(n) {
    for (let i = 0; i < n; i++);
  }

  /**
   * The numbers of the last value: the sink's whole buffer (float64), of which the host copies
   * the first n (the reply said how many). Not a slice: ArrayBuffer.prototype.slice looks up a
   * species constructor that learner code could have replaced.
   */
  function takeNumbers() {
    return bufferOf(numbers.buf);
  }

  return {
    spin: spin,
    takeNumbers: takeNumbers,
    begin: begin,
    finish: finish,
    recheck: recheck,
    adoptModule: adoptModule,
    describeError: describeError,
    takeConsole: takeConsole,
    reseed: reseed,
  };
}
