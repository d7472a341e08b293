// The trusted half of the sandbox: JavaScript that runs inside QuickJS *before* any learner
// code, captures the built-ins it needs (so later prototype pollution cannot reach it), and
// returns a harness object that only the host holds a handle to.
//
// It owns the wire format inside the sandbox (same as `protocol/codec.ts`), reads learner
// values without ever running their getters or toJSON (accessors are refused; Proxy traps
// run, but under the host's deadline), checks arguments for mutation (by content and by
// object identity, so a Proxy slipped into an argument cannot hide a change), captures
// console output with caps, and makes Math.random and Date deterministic.
//
// Nothing learner code does may make a harness function fail in a way the host cannot read:
// learner exceptions (from Proxy traps, fake promises, …) become `threw` replies, and the
// harness's own refusals never reach learner code (they would let it forge a refusal).
//
// Kept as plain ES2020 source in a string: it is evaluated by QuickJS, not by the host.

export const PRELUDE_SOURCE = String.raw`(function (hostCall, seed, caps) {
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
  const isView = ArrayBuffer.isView;
  const ObjectProto = O.prototype;
  const PromiseProto = Promise.prototype;
  const promiseThen = PromiseProto.then;
  const MapProto = Map.prototype, SetProto = Set.prototype;
  const typedLength = gOPD(getProto(Int8Array.prototype), 'length').get;
  const JSONparse = JSON.parse;
  const JSONstringify = JSON.stringify;
  const ErrorCtor = Error;
  const ErrorProto = Error.prototype;
  const TypeErrorCtor = TypeError;
  const strSlice = String.prototype.slice;
  const imul = Math.imul;
  const WeakSetCtor = WeakSet;
  const weakHas = WeakSet.prototype.has, weakAdd = WeakSet.prototype.add;
  const slice = (str, n) => apply(strSlice, str, [0, n]);
  // Arrays built with defineProperty: plain index assignment could reach a setter that
  // learner code defined on Array.prototype. The descriptors have no prototype: a getter
  // named get/set/value on Object.prototype would otherwise be read as part of them.
  function field(value) {
    const d = create(null);
    d.value = value;
    d.writable = true;
    d.enumerable = true;
    d.configurable = true;
    return d;
  }
  function withFirst(first, rest) {
    const all = [];
    defineProperty(all, 0, field(first));
    for (let i = 0; i < rest.length; i++) defineProperty(all, i + 1, field(rest[i]));
    return all;
  }
  const MAX_DEPTH = 64;

  // Refusals are recognised by identity (a private WeakSet), never by prototype: a learner
  // object cannot pass for one, and none is ever thrown into learner code.
  // (An object literal, never an assignment: a setter on Object.prototype must not see one.)
  const refusals = new WeakSetCtor();
  const isRefusal = (e) => typeof e === 'object' && e !== null && apply(weakHas, refusals, [e]);

  // ---- encoding learner values (never calls their getters, toJSON or valueOf) ----
  // objs, when given, collects every object visited (in order): the mutation check compares
  // identities as well as contents. maxItems (console only) shows the first items of a long
  // array or object and says how many more there are.
  function encodeValue(root, lenient, maxNodes, maxChars, objs, maxItems) {
    const items = maxItems === undefined ? Infinity : maxItems;
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
    function refuse(what) {
      const r = { message: what + where() };
      apply(weakAdd, refusals, [r]);
      throw r;
    }
    const tooLarge = () => refuse('is too large (more than ' + maxNodes + ' values)');
    function dataOf(obj, key) {
      const d = gOPD(obj, key);
      if (d === undefined) return undefined;
      if (!hasOwn(d, 'value')) {
        if (lenient) return { v: '[Getter]', e: d.enumerable };
        refuse('has a getter (an accessor property)');
      }
      return { v: d.value, e: d.enumerable };
    }
    function go(v, depth) {
      if (++nodes > maxNodes) tooLarge();
      if (out.length > maxChars) refuse('is too large (more than ' + maxChars + ' characters)');
      const t = typeof v;
      if (t === 'number') {
        if (v !== v) out += '{"$":"NaN"}';
        else if (v === Infinity) out += '{"$":"Infinity"}';
        else if (v === -Infinity) out += '{"$":"-Infinity"}';
        else if (v === 0 && 1 / v < 0) out += '{"$":"-0"}';
        else out += '' + v;
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
      if (t === 'boolean') { out += v ? 'true' : 'false'; return; }
      if (t === 'undefined') { out += '{"$":"undefined"}'; return; }
      if (v === null) { out += 'null'; return; }
      if (t === 'function') {
        if (lenient) { out += '{"$fn":-1}'; return; }
        refuse('contains a function');
      }
      if (t !== 'object') {
        if (lenient) { out += JSONstringify('[' + t + ']'); return; }
        refuse('contains a ' + t);
      }
      if (depth >= MAX_DEPTH) {
        if (lenient) { out += '"[…]"'; return; }
        refuse('is nested too deeply (more than ' + MAX_DEPTH + ' levels)');
      }
      for (let i = 0; i < na; i++) {
        if (ancestors[i] === v) {
          if (lenient) { out += '"[Circular]"'; return; }
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
            } else go(dataOf(v, i).v, depth + 1);
            pd--;
          }
          if (shown < n) out += ',' + JSONstringify('… ' + (n - shown) + ' more');
          out += ']';
          return;
        }
        if (isView(v)) {
          let n;
          try { n = apply(typedLength, v, []); } catch (e) { n = -1; }
          if (n < 0) {
            if (lenient) { out += '"[DataView]"'; return; }
            refuse('contains a DataView');
          }
          const shown = n > items ? items : n;
          if (nodes + shown > maxNodes) tooLarge();
          out += '[';
          for (let i = 0; i < shown; i++) {
            if (i) out += ',';
            path[pd++] = i;
            go(v[i], depth + 1);
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
            if (k === '$' || k === '$fn' || k === '$obj') tagged = true;
            out += (first ? '' : ',') + JSONstringify(k) + ':';
            first = false;
            go(d.v, depth + 1);
          }
          pd--;
        }
        if (shown < keys.length) out += (first ? '' : ',') + '"…":' + JSONstringify((keys.length - shown) + ' more keys');
        const body = '{' + out + '}';
        out = saved + (tagged ? '{"$obj":' + body + '}' : body);
      } finally {
        na--;
      }
    }
    go(root, 0);
    return out;
  }

  // ---- decoding host values (trusted JSON made by the host) ----
  const hostFns = create(null);
  function decode(v) {
    if (typeof v !== 'object' || v === null) return v;
    if (isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = decode(v[i]);
      return v;
    }
    const keys = ownKeys(v);
    if (keys.length === 1) {
      const k = keys[0];
      if (k === '$') {
        const t = v.$;
        if (t === 'NaN') return NaN;
        if (t === 'Infinity') return Infinity;
        if (t === '-Infinity') return -Infinity;
        if (t === '-0') return -0;
        if (t === 'undefined') return undefined;
      }
      if (k === '$fn') return hostFunction(v.$fn);
      if (k === '$obj') return decodeFields(v.$obj);
    }
    return decodeFields(v);
  }
  function decodeFields(o) {
    const keys = ownKeys(o);
    for (let i = 0; i < keys.length; i++) o[keys[i]] = decode(o[keys[i]]);
    return o;
  }
  function hostFunction(id) {
    if (hostFns[id]) return hostFns[id];
    const f = function () {
      const n = arguments.length;
      let text = '[';
      for (let i = 0; i < n; i++) {
        let part;
        try {
          part = encodeValue(arguments[i], false, caps.maxNodes, caps.maxChars);
        } catch (e) {
          if (isRefusal(e)) throw new TypeErrorCtor('argument ' + (i + 1) + ' of a function from the grader ' + e.message);
          throw e;
        }
        text += (i ? ',' : '') + part;
      }
      text += ']';
      return decode(JSONparse(hostCall(id, text)));
    };
    hostFns[id] = f;
    return f;
  }
  const strIndexOf = String.prototype.indexOf;
  // Most arguments carry no tags: then the parsed value is already the value.
  const decodeText = (text) => (apply(strIndexOf, text, ['{"$']) < 0 ? JSONparse(text) : decode(JSONparse(text)));

  // ---- errors thrown by learner code ----
  function readData(obj, key) {
    let o = obj;
    for (let depth = 0; o !== null && depth < 16; depth++) {
      const d = gOPD(o, key);
      if (d !== undefined) return hasOwn(d, 'value') ? d.value : undefined;
      o = getProto(o);
    }
    return undefined;
  }
  function describeError(e) {
    let name = '', message = '', stack = '', isError = false;
    try {
      if (typeof e === 'object' && e !== null) {
        let p = e;
        for (let depth = 0; p !== null && depth < 16; depth++) { if (p === ErrorProto) { isError = true; break; } p = getProto(p); }
        const n = readData(e, 'name'), m = readData(e, 'message'), s = readData(e, 'stack');
        name = typeof n === 'string' ? n : '';
        message = typeof m === 'string' ? m : '';
        stack = typeof s === 'string' ? s : '';
        if (!isError && !message) message = encodeValue(e, true, 200, 400);
      } else if (typeof e === 'string') message = e;
      else if (typeof e === 'symbol') message = 'a symbol';
      else message = '' + e;
    } catch (inner) {
      message = 'an object that could not be read';
    }
    return '{"name":' + JSONstringify(slice(name, 100)) + ',"message":' + JSONstringify(slice(message, 1000)) +
      ',"stack":' + JSONstringify(slice(stack, 2000)) + ',"isError":' + isError + (e === null ? ',"isNull":true' : '') + '}';
  }
  const threw = (e) => '{"threw":' + describeError(e) + '}';

  // The encoding of values the harness itself just decoded (no getters, no proxies, no
  // learner code has run on them yet): the same text encodeValue(v, true) gives, read
  // directly, with the objects met collected for the identity check.
  function encodeOwn(v, objs) {
    const t = typeof v;
    if (t === 'number') {
      if (v !== v) return '{"$":"NaN"}';
      if (v === Infinity) return '{"$":"Infinity"}';
      if (v === -Infinity) return '{"$":"-Infinity"}';
      if (v === 0 && 1 / v < 0) return '{"$":"-0"}';
      return '' + v;
    }
    if (t === 'string') return JSONstringify(v);
    if (t === 'boolean') return v ? 'true' : 'false';
    if (t === 'undefined') return '{"$":"undefined"}';
    if (t === 'function') return '{"$fn":-1}';
    if (v === null) return 'null';
    objs[objs.n++] = v;
    let out = '';
    if (isArray(v)) {
      for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + encodeOwn(v[i], objs);
      return '[' + out + ']';
    }
    const keys = ownKeys(v);
    let tagged = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === '$' || k === '$fn' || k === '$obj') tagged = true;
      out += (i ? ',' : '') + JSONstringify(k) + ':' + encodeOwn(v[k], objs);
    }
    return tagged ? '{"$obj":{' + out + '}}' : '{' + out + '}';
  }

  // ---- calls ----
  // The arguments as they were before the call: per argument a structural copy (the harness
  // just decoded them: plain data, no getters, no learner code has seen them) and the objects
  // in it, in walk order, for the identity check. The text form is made only when a change is
  // suspected: turning numbers into text is the slow part of a call in an interpreter.
  function copyOwn(v, objs) {
    if (typeof v !== 'object' || v === null) return v; // functions stay by identity
    objs[objs.n++] = v;
    if (isArray(v)) {
      const c = [];
      for (let i = 0; i < v.length; i++) defineProperty(c, i, field(copyOwn(v[i], objs))); // not c[i] = …: setters on Array.prototype
      return c;
    }
    const c = create(null); // no __proto__ setter: the keys are copied as they are
    const keys = ownKeys(v);
    for (let i = 0; i < keys.length; i++) c[keys[i]] = copyOwn(v[keys[i]], objs);
    return c;
  }
  function snapshot(args) {
    const all = create(null);
    for (let i = 0; i < args.length; i++) {
      const objs = create(null);
      objs.n = 0;
      all[i] = { copy: copyOwn(args[i], objs), objs: objs, text: null };
    }
    return all;
  }
  // True only when v is provably what it was: the same objects (by identity, so never a
  // Proxy), data properties only, the same keys in the same order, numbers equal as Object.is.
  // Anything else is left to the full comparison below, which also says what changed.
  function sameAs(v, c, objs, walk) {
    if (typeof c !== 'object' || c === null) {
      if (typeof c === 'number') return typeof v === 'number' && (v === c ? v !== 0 || 1 / v === 1 / c : v !== v && c !== c);
      return v === c;
    }
    if (v !== objs[walk.k++]) return false;
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
        b.text = encodeOwn(b.copy, scratch);
      }
      const objs = create(null);
      objs.n = 0;
      let text = null;
      try { text = encodeValue(args[i], true, caps.maxNodes, caps.maxChars, objs); } catch (e) { text = null; }
      let same = text === b.text && objs.n === b.objs.n;
      for (let j = 0; same && j < objs.n; j++) same = objs[j] === b.objs[j];
      if (!same) out += (out ? ',' : '') + '[' + i + ',' + (text === null ? '"[an argument that can no longer be read]"' : text) + ']';
    }
    return out;
  }
  let pending = null; // { state: 0 | 1 | 2, value, args, before }
  let lastArgs = null, lastBefore = null; // for recheck
  function complete(value, args, before) {
    let text;
    try {
      text = '{"value":' + encodeValue(value, false, caps.maxNodes, caps.maxChars);
    } catch (e) {
      if (isRefusal(e)) return '{"invalid":' + JSONstringify(e.message) + '}';
      return threw(e); // a Proxy trap of the value threw
    }
    const changed = mutations(args, before);
    if (changed) text += ',"mutated":[' + changed + ']';
    lastArgs = args;
    lastBefore = before;
    return text + '}';
  }
  // After the host ran promise jobs a call left behind (a change deferred to a microtask).
  function recheck() {
    if (lastArgs === null) return '{}';
    const changed = mutations(lastArgs, lastBefore);
    return changed ? '{"mutated":[' + changed + ']}' : '{}';
  }
  function isPromise(v) {
    return typeof v === 'object' && v !== null && getProto(v) === PromiseProto;
  }
  function settle(value, args, before) {
    let promise;
    try { promise = isPromise(value); } catch (e) { return threw(e); }
    if (promise) {
      const p = { state: 0, value: undefined, args: args, before: before };
      try {
        apply(promiseThen, value, [(v) => { p.state = 1; p.value = v; }, (e) => { p.state = 2; p.value = e; }]);
        pending = p;
        return '{"pending":true}';
      } catch (e) {
        // not a real promise (an object with Promise.prototype, a Proxy): read as a value
      }
    }
    return complete(value, args, before);
  }
  function begin(target, argsText, withModule) {
    pending = null;
    lastArgs = null;
    lastBefore = null;
    const args = decodeText(argsText);
    const before = snapshot(args);
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
    return complete(p.value, p.args, p.before);
  }

  // ---- the module's exports ----
  let moduleExports = null;
  function setExports(ns) {
    moduleExports = ns;
    const keys = ownKeys(ns);
    let out = '[';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      if (typeof keys[i] !== 'string') continue;
      let kind;
      try { const d = gOPD(ns, keys[i]); kind = d === undefined ? 'undefined' : typeof d.value; } catch (e) { kind = 'uninitialized'; }
      out += (first ? '' : ',') + '[' + JSONstringify(keys[i]) + ',' + JSONstringify(kind) + ']';
      first = false;
    }
    return out + ']';
  }

  let modulePending = null;
  function adoptModule(v) {
    if (isPromise(v)) {
      const p = { state: 0, value: undefined };
      modulePending = p;
      apply(promiseThen, v, [(ns) => { p.state = 1; p.value = ns; }, (e) => { p.state = 2; p.value = e; }]);
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
  let nLines = 0, chars = 0, dropped = 0;
  function logger(level) {
    return function () {
      if (nLines >= caps.consoleLines || chars >= caps.consoleChars) { dropped++; return; }
      let text = '[';
      try {
        for (let i = 0; i < arguments.length; i++) {
          const room = caps.consoleChars - chars - text.length;
          text += (i ? ',' : '') + encodeValue(arguments[i], true, 10000, room > 16 ? room : 16, undefined, 100);
        }
      } catch (e) { text = '["[unprintable]"'; }
      text += ']';
      chars += text.length;
      lines[nLines++] = '{"level":"' + level + '","args":' + text + '}';
    };
  }
  function takeConsole() {
    let out = '{"lines":[';
    for (let i = 0; i < nLines; i++) out += (i ? ',' : '') + lines[i];
    out += '],"dropped":' + dropped + '}';
    nLines = 0; chars = 0; dropped = 0;
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
  const FixedDate = function Date(year, monthIndex, day, hours, minutes, seconds, ms) {
    if (new.target === undefined) return apply(dateToString, construct(RealDate, [FIXED_NOW]), []);
    return arguments.length === 0 ? construct(RealDate, [FIXED_NOW], new.target) : construct(RealDate, arguments, new.target);
  };
  defineProperty(FixedDate, 'prototype', { value: DateProto, writable: false, enumerable: false, configurable: false });
  defineProperty(FixedDate, 'now', { value: function now() { return FIXED_NOW; }, writable: true, configurable: true, enumerable: false });
  defineProperty(FixedDate, 'parse', { value: RealDate.parse, writable: true, configurable: true, enumerable: false });
  defineProperty(FixedDate, 'UTC', { value: RealDate.UTC, writable: true, configurable: true, enumerable: false });
  defineProperty(DateProto, 'constructor', { value: FixedDate, writable: true, configurable: true, enumerable: false });
  defineProperty(globalThis, 'Date', { value: FixedDate, writable: true, configurable: true, enumerable: false });
  const removed = ['performance', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'print', 'os', 'std', 'scriptArgs', 'bjson'];
  for (let i = 0; i < removed.length; i++) delete globalThis[removed[i]];

  function reseed(n) { s = n >>> 0; }

  return { begin: begin, finish: finish, recheck: recheck, adoptModule: adoptModule, describeError: describeError, takeConsole: takeConsole, reseed: reseed };
})`;
