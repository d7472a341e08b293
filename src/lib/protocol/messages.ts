// Every sentence the grading engine, the comparison, the shape descriptions and the sandbox
// write for a learner, in English and Chinese. A message is a function of its parameters
// returning both forms; numbers inside are already formatted (`fmt` from ./format) by the
// caller, so both languages show the same digits.
//
// Reports carry both forms side by side (`message` / `messageZh`, see engine/types.ts); the
// interface, the CLI and the API pick one with `localizeReport`.

/** One message in both languages. */
export interface Text {
  en: string;
  zh: string;
}

export const text = (en: string, zh: string): Text => ({ en, zh });

/** The same words in both languages (a learner's own error message, a code path). */
export const same = (s: string): Text => ({ en: s, zh: s });

/** Join texts language by language. */
export function join(...parts: (Text | string)[]): Text {
  let en = '';
  let zh = '';
  for (const p of parts) {
    en += typeof p === 'string' ? p : p.en;
    zh += typeof p === 'string' ? p : p.zh;
  }
  return { en, zh };
}

/** The parallel fields of a report entry: English in `message`, Chinese in `messageZh`. */
export const asMessage = (t: Text): { message: string; messageZh: string } => ({ message: t.en, messageZh: t.zh });

// ---- shapes and places (compare.ts) ----

export const shapes = {
  undefined: text('undefined (did the function return a value?)', 'undefined（函数有返回值吗？）'),
  null: same('null'),
  nan: same('NaN'),
  number: text('a number', '一个数'),
  string: (quoted: string) => text(`the string ${quoted}`, `字符串 ${quoted}`),
  boolean: (b: boolean) => text(`the boolean ${b}`, `布尔值 ${b}`),
  dims: (d: number[]) => same(d.join('×')),
  emptyArray: text('an empty array', '一个空数组'),
  vector: (n: number) => text(`a vector of ${n} number${n === 1 ? '' : 's'}`, `一个含 ${n} 个数的向量`),
  matrix: (r: number, c: number) => text(`a ${r}×${c} matrix`, `一个 ${r}×${c} 矩阵`),
  array: (d: number[]) => text(`a ${d.join('×')} array`, `一个 ${d.join('×')} 数组`),
  items: (n: number) => text(`an array of ${n} item${n === 1 ? '' : 's'}`, `一个含 ${n} 个元素的数组`),
  object: (fields: Text) => join(text('an object with ', '一个对象，含'), fields),
  emptyObject: text('an empty object', '一个空对象'),
  other: (type: string) => text(`a ${type}`, `一个 ${type}`),
  /** `keys` already quoted as code: "`dw`". */
  fields: (keys: string[]) =>
    keys.length === 1 ? text(`the field ${keys[0]}`, `字段 ${keys[0]}`) : text(`the fields ${keys.join(', ')}`, `字段 ${keys.join('、')}`),
};

export const places = {
  element: (i: number) => text(`element ${i}`, `第 ${i} 个元素`),
  cell: (r: number, c: number) => text(`row ${r}, column ${c}`, `第 ${r} 行第 ${c} 列`),
  /** `dw[1]`, `[0].X[1][2]`: code, the same in both languages. */
  code: (p: string) => same(p),
};

// ---- comparison (compare.ts) ----

export const compare = {
  /** "row 2: …" */
  at: (where: Text, what: Text) => join(where, text(': ', '：'), what),
  expectedGot: (want: Text | string, got: Text | string) => join(text('expected ', '期望 '), want, text(', got ', '，得到 '), got),
  signOfZero: text(' (the sign of zero differs)', '（零的符号不同）'),
  outsideTolerance: (error: string, allowed: string) =>
    text(` (abs error ${error} > tolerance ${allowed})`, `（绝对误差 ${error} > 容差 ${allowed}）`),
  wrongCount: (wrong: number, cells: number) => text(` (${wrong} of ${cells} numbers wrong)`, `（${cells} 个数中有 ${wrong} 个不对）`),
  expectedNumber: (got: Text) => join(text('expected a number, got ', '期望一个数，得到'), got),
  expectedObject: (fields: Text, got: Text) => join(text('expected an object with ', '期望一个含'), fields, text(', got ', '的对象，得到'), got),
  noField: (key: string, fields: Text) =>
    join(text(`the result has no field \`${key}\` (expected `, `结果中没有字段 \`${key}\`（期望`), fields, text(')', '）')),
};

// ---- grading (grade.ts) ----

const kindZh = (kind: 'function' | 'class') => (kind === 'class' ? '类' : '函数');

export const grading = {
  yourCode: text('your code', '你的代码'),
  missingExport: (kind: 'function' | 'class', name: string, found?: string) =>
    text(
      `solution.js does not export a ${kind} \`${name}\`${found ? ` (it exports a ${found} by that name)` : ''}: write \`export ${kind} ${name}…\``,
      `solution.js 没有导出${kindZh(kind)} \`${name}\`${found ? `（这个名字导出的是 ${found}）` : ''}：请写 \`export ${kind} ${name}…\``,
    ),
  skippedAfterTimeout: (fn: string) =>
    text(`not run: \`${fn}\` exceeded the time limit in an earlier check`, `未运行：\`${fn}\` 在之前的检查中超出了时间限制`),
  notLoaded: text('not run: the submission did not load', '未运行：提交的代码没能加载'),
  /** " (line 3, column 7)" */
  location: (line: number, column: number | undefined) => text(` (line ${line}, column ${column})`, `（第 ${line} 行第 ${column} 列）`),
  thrownError: (name: string, message: string) => same(`${name}: ${message}`),
  thrownValue: (message: string) => text(`a non-Error value (${message})`, `一个不是 Error 的值（${message}）`),
  threw: (fn: Text, thrown: Text, where: Text | string) => join(fn, text(' threw ', ' 抛出了 '), thrown, where),
  messageLacks: (word: string) => text(`, but its message does not contain “${word}”`, `，但它的消息里没有“${word}”`),
  notAnError: text(', but throw an Error, not a plain value', '，但应当抛出 Error，而不是普通的值'),
  shouldThrow: (fn: string, word: string, got: Text) =>
    join(
      text(`${fn} should throw an Error whose message contains “${word}”, but it returned `, `${fn} 应当抛出消息中含“${word}”的 Error，但它返回了`),
      got,
    ),
  argument: (name: string) => text(`argument ${name}`, `参数 ${name}`),
  argumentNumber: (n: number) => text(`argument ${n}`, `第 ${n} 个参数`),
  /** " (row 0, column 1: was 1, now 9)" */
  change: (where: Text | undefined, was: Text, now: Text) =>
    join(text(' (', '（'), where ? join(where, text(': ', '：')) : '', text('was ', '原为 '), was, text(', now ', '，现为 '), now, text(')', '）')),
  driverMutated: (detail: Text) =>
    join(
      text('your code changed a value the grader passed to it', '你的代码改动了评分程序传入的值'),
      detail,
      text(': work on a copy and return a new value', '：请在副本上计算并返回新值'),
    ),
  mutated: (fn: string, arg: Text, detail: Text) =>
    join(text(`${fn} changed its `, `${fn} 改动了它的`), arg, detail, text(': work on a copy and return a new value', '：请在副本上计算并返回新值')),
  referenceThrew: (message: string) =>
    text(`the reference threw on this check (${message}): please report this exercise`, `参考解在这项检查上抛出了错误（${message}）：请报告这道题`),
  /** Joins a comparison's message and the grader's non-finite hint. */
  hintSeparator: text(' — ', '——'),
  /** "predict: the value returned contains a function" */
  inFunction: (fn: Text, what: Text) => join(fn, text(': ', '：'), what),
  calledTimes: (name: string, got: number, want: number) => {
    const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
    return text(`${name} was called ${times(got)}, expected ${times(want)}`, `${name} 被调用了 ${got} 次，期望 ${want} 次`);
  },
  otherArguments: (i: number, name: string, cmp: Text) =>
    join(text(`call ${i} of ${name} had other arguments: `, `第 ${i} 次调用 ${name} 的参数不同：`), cmp),
  callAgainFailed: (fn: Text, message: Text) => join(text('calling ', '再次调用 '), fn, text(' again failed: ', ' 失败：'), message),
  propertyFailed: (message: string) => text(`the property check failed: ${message}`, `性质检查出错：${message}`),
  /** A property called an export again that the module does not have. */
  isMissing: (name: string) => text(`${name} is missing`, `缺少 ${name}`),
};

// ---- the browser's Run worker, killed from the page (client/runner.ts) ----

export const runner = {
  killed: (seconds: number) =>
    text(
      `time limit exceeded: the code did not finish within ${seconds} s and was stopped (an infinite loop?)`,
      `超出时间限制：代码在 ${seconds} 秒内没有结束，已被停止（是死循环吗？）`,
    ),
  notRun: text('not run: the submission was stopped', '未运行：提交的代码已被停止'),
};

// ---- a grading the server could not finish (server/stored-grading.ts) ----

export const server = {
  /** `message` is the pool's own English ("grading did not finish within 30 s"). */
  failed: (timeout: boolean, message: string) => text(message, timeout ? `评分没有在限定时间内完成（${message}）` : `评分出错（${message}）`),
};

// ---- the sandbox (sandbox/sandbox.ts) ----

/** Where a limit was hit: English puts it after the limit, Chinese before. */
export const where = {
  loading: text('while loading the module', '加载模块时'),
  inExport: (name: string) => text(`in \`${name}\``, `在 \`${name}\` 中`),
  inDriver: text('in your code (called by the grader’s script)', '在你的代码中（由评分脚本调用）'),
};

export function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export const sandbox = {
  stopped: text('the sandbox stopped', '沙箱已停止'),
  stoppedAt: (at: Text) => text(`the sandbox stopped ${at.en}`, `${at.zh}沙箱已停止`),
  stoppedEarlier: (reason: 'stack' | 'memory' | undefined) =>
    text(
      `the sandbox stopped after an earlier failure${reason === 'stack' ? ' (maximum call stack size exceeded)' : reason === 'memory' ? ' (memory limit exceeded)' : ''}`,
      `沙箱在之前的一次故障后已停止${reason === 'stack' ? '（超出最大调用栈深度）' : reason === 'memory' ? '（超出内存限制）' : ''}`,
    ),
  stoppedUnexpectedly: (at: Text, detail: string) =>
    text(`the sandbox stopped unexpectedly ${at.en} (${detail})`, `${at.zh}沙箱意外停止（${detail}）`),
  submissionTimeUsed: (ms: number) =>
    text(
      `the submission's time limit of ${duration(ms)} was used up before this check`,
      `在这项检查之前，整份提交的时间限制 ${duration(ms)} 已经用完`,
    ),
  submissionTime: (ms: number, at: Text) =>
    text(`time limit of ${duration(ms)} for the whole submission exceeded ${at.en}`, `${at.zh}超出了整份提交的时间限制 ${duration(ms)}`),
  callTime: (ms: number, at: Text) =>
    text(`time limit of ${duration(ms)} exceeded ${at.en} (an infinite loop?)`, `${at.zh}超出了时间限制 ${duration(ms)}（是死循环吗？）`),
  memory: (mb: number, at: Text) => text(`memory limit of ${mb} MB exceeded ${at.en}`, `${at.zh}超出了内存限制 ${mb} MB`),
  stack: (at: Text) =>
    text(
      `maximum call stack size exceeded ${at.en} (recursion too deep, or without an end?)`,
      `${at.zh}超出了最大调用栈深度（递归太深，或者没有终止条件？）`,
    ),
  syntax: (message: string) => same(`SyntaxError: ${message}`),
  loadThrew: (thrown: Text) => join(text('the module threw while loading: ', '模块加载时抛出了错误：'), thrown),
  thrownValue: (message: string) => text(`a non-Error value: ${message}`, `一个不是 Error 的值：${message}`),
  topLevelAwait: text('the module’s top-level await never finished', '模块顶层的 await 一直没有完成'),
  neverSettled: (at: Text) => text(`${at.en} returned a Promise that never settled`, `${at.zh}返回的 Promise 一直没有完成`),
  valueRefused: (what: string) => join(text('the value returned ', '返回的值'), refusal(what)),
};

/**
 * The prelude (inside QuickJS) says in English why a value cannot leave the sandbox
 * ("contains a function", "is too large (more than 1000 values)"); its Chinese form.
 */
const REFUSALS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is too large \(more than (\d+) values\)$/, (m) => `太大了（超过 ${m[1]} 个值）`],
  [/^is too large \(more than (\d+) characters\)$/, (m) => `太大了（超过 ${m[1]} 个字符）`],
  [/^has a getter \(an accessor property\)$/, () => '含有 getter（访问器属性）'],
  [/^contains a function$/, () => '含有函数'],
  [/^contains a DataView$/, () => '含有 DataView'],
  [/^contains a cycle \(an object inside itself\)$/, () => '含有循环引用（对象包含它自己）'],
  [/^contains a (\w+)$/, (m) => `含有 ${m[1]}`],
  [/^is nested too deeply \(more than (\d+) levels\)$/, (m) => `嵌套太深（超过 ${m[1]} 层）`],
  [/^is an array without a readable length$/, () => '是一个读不出长度的数组'],
  [/^has an empty slot \(a hole in the array\)$/, () => '含有空位（数组中的洞）'],
  [/^is a Promise \(the grader expected a value; await it, or remove async\)$/, () => '是一个 Promise（评分需要的是值：请 await 它，或去掉 async）'],
  [/^is a Map \(return a plain object or an array\)$/, () => '是一个 Map（请返回普通对象或数组）'],
  [/^is a Set \(return an array\)$/, () => '是一个 Set（请返回数组）'],
  [/^is an instance of a class \(return plain data: numbers, arrays, plain objects\)$/, () => '是某个类的实例（请返回普通数据：数、数组、普通对象）'],
];

export function refusal(en: string): Text {
  for (const [re, zh] of REFUSALS) {
    const m = re.exec(en);
    if (m) return text(en, zh(m));
  }
  return same(en);
}
