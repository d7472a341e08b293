// The catalog: every reason the sandbox prelude gives for refusing a value has a Chinese form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal, sandbox } from './messages';

const CJK = /[\u4e00-\u9fff]/;

/** The trusted code inside QuickJS: the prelude and the wire codec it carries. */
const PRELUDE_SOURCE = ['../sandbox/prelude.js', './wire-codec.js'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');

/** The English refusals the prelude writes, with its variables filled in: `refuse('is too large (more than ' + maxNodes + ' values)')`. */
function preludeRefusals(): string[] {
  const out: string[] = [];
  for (const m of PRELUDE_SOURCE.matchAll(/refuse\(('(?:[^'\\]|\\.)*'(?:\s*\+\s*[\w.]+(?:\s*\+\s*'(?:[^'\\]|\\.)*')?)*)\)/g)) {
    const filled = m[1].replace(/'\s*\+\s*[\w.]+\s*\+\s*'/g, '7').replace(/'\s*\+\s*[\w.]+$/, "symbol'");
    out.push(filled.slice(1, -1));
  }
  return out;
}

describe('the message catalog', () => {
  it('translates every refusal of the prelude', () => {
    const all = preludeRefusals();
    expect(all.length).toBeGreaterThanOrEqual(14);
    expect(all).toContain('is a Promise (the grader expected a value; await it, or remove async)');
    for (const en of all) {
      const t = refusal(en);
      expect(t.en).toBe(en);
      expect(t.zh, en).toMatch(CJK);
    }
    expect(refusal('is too large (more than 1000 values)').zh).toBe('太大了（超过 1000 个值）');
    expect(sandbox.valueRefused('contains a function')).toEqual({ en: 'the value returned contains a function', zh: '返回的值含有函数' });
  });
});
