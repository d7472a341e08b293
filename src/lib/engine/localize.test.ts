// Reports in two languages: a submission graded once reads in English or in Chinese, check
// names from the grader and every engine message from the catalog; an English-only report
// (stored before Chinese existed) still reads, in English.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmSource } from '../sandbox/node';
import { SandboxEngine } from '../sandbox/sandbox';
import { parseExport, type ExerciseMeta } from './exercise';
import { grade } from './grade';
import { defineGrader } from './grader';
import { localizeReport, requestLang } from './localize';
import { moduleOracle } from './oracle';
import type { Report } from './types';

const meta: ExerciseMeta = {
  id: 'scale',
  chapter: 1,
  order: 1,
  difficulty: 'easy',
  title: { en: 'Scale' },
  exports: ['scale(X, k)', 'inverse(x)', 'pair(a)'].map(parseExport),
  hints: { en: ['a'], zh: [] },
};

const reference = {
  scale: (X: number[][], k: number) => X.map((r) => r.map((x) => x * k)),
  inverse: (x: number) => {
    if (x === 0) throw new Error('zero has no inverse');
    return 1 / x;
  },
  pair: (a: number) => [a, a],
};

const grader = defineGrader({
  checks: [
    {
      id: 'ex',
      kind: 'example',
      name: { en: 'two by two', zh: '二乘二' },
      call: 'scale',
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ],
    },
    { id: 'zero', kind: 'error', name: { en: 'zero', zh: '零' }, call: 'inverse', args: [0], throws: 'inverse' },
    { id: 'pair', kind: 'hidden', name: 'English only', call: 'pair', args: [3] },
    {
      id: 'twice',
      kind: 'property',
      name: { en: 'scaling twice multiplies', zh: '缩放两次等于相乘' },
      call: 'scale',
      args: [[[1, 2]], 2],
      expect: 'none',
      property: ({ got, call }) => {
        const again = call('scale', got, 3) as number[][];
        return again[0][1] === 12 ? null : { en: 'scale(scale(X, 2), 3) should be scale(X, 6)', zh: 'scale(scale(X, 2), 3) 应当等于 scale(X, 6)' };
      },
    },
  ],
});

let engine: SandboxEngine;
beforeAll(() => {
  engine = new SandboxEngine(nodeWasmSource);
});

const run = (source: string) => grade({ exercise: meta, grader, oracle: moduleOracle(reference, []), source, mode: 'submit', seed: 1, engine });

const byId = (r: Report, id: string) => r.checks.find((c) => c.id === id)!;
const CJK = /[\u4e00-\u9fff]/;

const wrong = `
export function scale(X, k) { return X.map(r => r.map(x => x + k)); }
export function inverse(x) { return 1 / x; }
export function pair(a) { return new Map([[a, a]]); }
`;

describe('a report in two languages', () => {
  it('carries English and Chinese side by side, and localizes either way', async () => {
    const r = await run(wrong);
    expect(r.status).toBe('fail');
    // Stored form: English in name/message, Chinese beside it.
    expect(byId(r, 'ex')).toMatchObject({
      name: 'two by two',
      nameZh: '二乘二',
      message: 'row 1, column 1: expected 8, got 6 (abs error 2 > tolerance 8e-5) (3 of 4 numbers wrong)',
      messageZh: '第 1 行第 1 列：期望 8，得到 6（绝对误差 2 > 容差 8e-5）（4 个数中有 3 个不对）',
    });

    const zh = localizeReport(r, 'zh');
    expect(byId(zh, 'ex').name).toBe('二乘二');
    expect(byId(zh, 'ex').message).toBe('第 1 行第 1 列：期望 8，得到 6（绝对误差 2 > 容差 8e-5）（4 个数中有 3 个不对）');
    expect(byId(zh, 'zero').name).toBe('零');
    expect(byId(zh, 'zero').message).toBe('inverse 应当抛出消息中含“inverse”的 Error，但它返回了一个数');
    expect(byId(zh, 'pair').name).toBe('English only'); // no Chinese given: English
    expect(byId(zh, 'pair').message).toBe('pair：返回的值是一个 Map（请返回普通对象或数组）');
    expect(byId(zh, 'twice').message).toBe('scale(scale(X, 2), 3) 应当等于 scale(X, 6)');
    for (const c of zh.checks) {
      expect(c).not.toHaveProperty('nameZh');
      expect(c).not.toHaveProperty('messageZh');
    }

    const en = localizeReport(r, 'en');
    expect(byId(en, 'ex').name).toBe('two by two');
    expect(byId(en, 'zero').message).toBe('inverse should throw an Error whose message contains “inverse”, but it returned a number');
    expect(byId(en, 'pair').message).toBe('pair: the value returned is a Map (return a plain object or an array)');
    expect(JSON.stringify(en)).not.toMatch(CJK);
  });

  it('puts sandbox limits and load errors in Chinese too', async () => {
    const loop = await run(`
export function scale(X, k) { for (;;) {} }
export function inverse(x) { if (x === 0) throw new Error('no inverse'); return 1 / x; }
export function pair(a) { return [a, a]; }
`);
    const ex = byId(localizeReport(loop, 'zh'), 'ex');
    expect(ex.status).toBe('error');
    expect(ex.message).toBe('在 `scale` 中超出了时间限制 2 s（是死循环吗？）');
    expect(byId(localizeReport(loop, 'zh'), 'twice').message).toBe('未运行：`scale` 在之前的检查中超出了时间限制');

    const broken = await run('export function scale(X, k) { return X +; }');
    expect(broken.status).toBe('error');
    expect(localizeReport(broken, 'zh').checks[0].message).toBe('未运行：提交的代码没能加载');
    const threw = await run('throw new Error("boom"); export function scale() {}');
    expect(localizeReport(threw, 'zh').error?.message).toBe('模块加载时抛出了错误：Error: boom');
    expect(localizeReport(threw, 'en').error?.message).toBe('the module threw while loading: Error: boom');
  });

  it('reads an English-only report stored before Chinese existed, in either language', () => {
    const old: Report = {
      exercise: 'scale',
      status: 'fail',
      score: 0,
      passed: 0,
      total: 1,
      mode: 'submit',
      seed: 1,
      checks: [{ id: 'ex', name: 'two by two', kind: 'example', status: 'fail', message: 'expected 8, got 6' }],
      error: undefined,
      console: { lines: [], dropped: 0 },
      timings: { totalMs: 1, sandboxMs: 1, setupMs: 0 },
    };
    const stored = JSON.parse(JSON.stringify(old)) as Report;
    for (const lang of ['en', 'zh'] as const) {
      const shown = localizeReport(stored, lang);
      expect(shown.checks[0]).toMatchObject({ name: 'two by two', message: 'expected 8, got 6' });
    }
  });
});

describe('requestLang', () => {
  it('takes ?lang= first, then the preferred of en and zh in Accept-Language, else English', () => {
    expect(requestLang('zh', 'en')).toBe('zh');
    expect(requestLang('en', 'zh-CN')).toBe('en');
    expect(requestLang('fr', 'zh')).toBeNull();
    expect(requestLang(null, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(requestLang(null, 'fr;q=1, en;q=0.5, zh;q=0.8')).toBe('zh');
    expect(requestLang(null, 'en-GB,zh;q=0.3')).toBe('en');
    expect(requestLang(null, 'zh;q=0')).toBe('en');
    expect(requestLang(null, null)).toBe('en');
  });
});
