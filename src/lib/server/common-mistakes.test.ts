import { describe, expect, it } from 'vitest';
import { applyRewrite, COMMON_MISTAKES, commonMistake } from './common-mistakes';

const rewrite = (name: string, source: string) => applyRewrite(source, commonMistake(name)!.rewrites[0]);

describe('common mistakes', () => {
  it('each has a bilingual hint and a unique name', () => {
    expect(new Set(COMMON_MISTAKES.map((m) => m.name)).size).toBe(COMMON_MISTAKES.length);
    for (const m of COMMON_MISTAKES) {
      expect(m.hint.en.length).toBeGreaterThan(20);
      expect(m.hint.zh.length).toBeGreaterThan(5);
    }
  });

  it('rewrite a solution where the pattern occurs exactly once', () => {
    expect(rewrite('sigmoid-sign', 'return 1 / (1 + Math.exp(-z));')).toBe('return 1 / (1 + Math.exp(z));');
    expect(rewrite('sigmoid-minus', 'return 1 / (1 + Math.exp(-z));')).toBe('return 1 / (1 - Math.exp(-z));');
    expect(rewrite('forgot-bias', 'const z = dot(w, x) + b;')).toBe('const z = dot(w, x);');
    expect(rewrite('forgot-bias', 'z[j] = s + b[j];')).toBe('z[j] = s;');
    expect(rewrite('activation-before-bias', 'a = sigmoid(dot(W[j], x) + b[j]);')).toBe('a = sigmoid(dot(W[j], x)) + b[j];');
    expect(rewrite('missing-sqrt', 'return Math.sqrt(s);')).toBe('return (s);');
    expect(rewrite('label-ignored', 'J -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);')).toBe('J -= y[i] * Math.log(p);');
  });

  it('leave a solution alone where the pattern is missing or ambiguous', () => {
    expect(rewrite('missing-sqrt', 'return Math.sqrt(a) + Math.sqrt(b);')).toBeNull();
    expect(rewrite('forgot-bias', 'const z = dot(w, x) + bias;')).toBeNull();
    expect(rewrite('sigmoid-sign', 'return Math.tanh(z);')).toBeNull();
  });
});
