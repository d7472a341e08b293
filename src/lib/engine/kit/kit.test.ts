// The grader kit: each helper says and computes what the graders that share it rely on.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE, compareValues } from '../compare';
import { Rng } from '../random';
import {
  explainPath,
  inSetting,
  randomSpd,
  randomSpdSpectrum,
  softmaxShift,
  STABLE_SIGMOID,
  stableSigmoidMutants,
  stepPathDriver,
  text,
  times,
  WRONG_SHAPE,
} from './index';

describe('text', () => {
  it('pairs English and Chinese', () => {
    expect(text('once', '一次')).toEqual({ en: 'once', zh: '一次' });
  });
  it('counts calls', () => {
    expect(times(1)).toEqual({ en: 'once', zh: '1 次' });
    expect(times(0)).toEqual({ en: '0 times', zh: '0 次' });
    expect(times(3)).toEqual({ en: '3 times', zh: '3 次' });
  });
  it('puts the setting after a failed comparison, in both languages', () => {
    expect(inSetting(compareValues([1, 2], [1, 2], DEFAULT_TOLERANCE), text('lr = 0.1', 'lr = 0.1'))).toBeNull();
    const found = inSetting(compareValues([1, 3], [1, 2], DEFAULT_TOLERANCE), text('lr = 0.1', 'lr = 0.1')) as { en: string; zh: string };
    expect(found.en).toBe(`${compareValues([1, 3], [1, 2], DEFAULT_TOLERANCE).message} (lr = 0.1)`);
    expect(found.zh).toMatch(/（lr = 0\.1）$/);
    expect(found.zh).not.toBe(found.en);
  });
  it('says a shape mismatch as the comparison does', () => {
    const cmp = compareValues([1], [1, 2], DEFAULT_TOLERANCE);
    expect(inSetting(cmp, text('x', 'x'))).toEqual(cmp.text ?? WRONG_SHAPE);
    expect(inSetting({ ok: false, structural: true, wrong: [] }, text('x', 'x'))).toEqual(WRONG_SHAPE);
  });
});

describe('explainPath', () => {
  const want = [{ theta: [1] }, { theta: [2] }, { theta: [3] }, { theta: [4] }];
  const setting = text('lr = 0.5', 'lr = 0.5');
  it('is null when the paths agree', () => {
    expect(explainPath(want, want, DEFAULT_TOLERANCE, setting)).toBeNull();
  });
  it('names the first wrong step and the steps before it', () => {
    const got = [{ theta: [1] }, { theta: [2] }, { theta: [9] }, { theta: [9] }];
    const r = explainPath(got, want, DEFAULT_TOLERANCE, setting) as { en: string; zh: string };
    expect(r.en).toMatch(/^step 3 \(steps 1–2 are right\) of 4, lr = 0\.5: /);
    expect(r.zh).toMatch(/^共 4 步中的第 3 步（第 1–2 步是对的），lr = 0\.5：/);
    const second = explainPath([{ theta: [1] }, { theta: [0] }, ...want.slice(2)], want, DEFAULT_TOLERANCE, setting) as { en: string };
    expect(second.en).toMatch(/^step 2 \(step 1 is right\) of 4/);
    const first = explainPath([{ theta: [0] }, ...want.slice(1)], want, DEFAULT_TOLERANCE, setting) as { en: string };
    expect(first.en).toMatch(/^step 1 of 4/);
  });
  it('says a path of the wrong length as a shape problem', () => {
    const r = explainPath(want.slice(1), want, DEFAULT_TOLERANCE, setting);
    expect(r).not.toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/step \d/);
  });
});

describe('random matrices', () => {
  const eigenvaluesOf2x2 = (P: number[][]) => {
    const tr = P[0][0] + P[1][1];
    const det = P[0][0] * P[1][1] - P[0][1] * P[1][0];
    const d = Math.sqrt(tr * tr - 4 * det);
    return [(tr - d) / 2, (tr + d) / 2];
  };
  it('randomSpd is symmetric with eigenvalues at least ½, and seeded', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const P = randomSpd(new Rng(seed), 2);
      expect(P[0][1]).toBe(P[1][0]);
      expect(eigenvaluesOf2x2(P)[0]).toBeGreaterThanOrEqual(0.5 - 1e-12);
      expect(randomSpd(new Rng(seed), 2)).toEqual(P);
    }
    expect(randomSpd(new Rng(3), 4)).toHaveLength(4);
  });
  it('randomSpdSpectrum has its eigenvalues in [lo, hi] and reports the largest', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { P, lambdaMax } = randomSpdSpectrum(new Rng(seed), 2, 0.2, 20);
      expect(P[0][1]).toBe(P[1][0]);
      const [lo, hi] = eigenvaluesOf2x2(P);
      expect(lo).toBeGreaterThanOrEqual(0.2 - 1e-9);
      expect(hi).toBeLessThanOrEqual(20 + 1e-9);
      expect(hi).toBeCloseTo(lambdaMax, 9);
    }
  });
});

describe('hints', () => {
  it('are bilingual and name the stable forms', () => {
    expect(STABLE_SIGMOID.en).toContain('1/(1 + e^−z) for z ≥ 0');
    expect(STABLE_SIGMOID.zh).toContain('z ≥ 0 时按 1/(1 + e^−z)');
  });
  it('softmaxShift names what is shifted, a Latin word set off by spaces in Chinese', () => {
    expect(softmaxShift(text('score', '分数'))).toEqual({
      en: 'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): subtract the largest score from every score before exponentiating',
      zh: 'exp 溢出了（e^1000 = Infinity，Infinity/Infinity = NaN）：取指数前先让每个分数减去最大的分数',
    });
    expect(softmaxShift(text('logit', 'logit')).zh).toBe(
      'exp 溢出了（e^1000 = Infinity，Infinity/Infinity = NaN）：取指数前先让每个 logit 减去最大的 logit',
    );
  });
  it('stableSigmoidMutants gives the two mutant ids at the line', () => {
    expect(Object.keys(stableSigmoidMutants(8))).toEqual(['boundary 8:9 >= → >', 'constant 8:12 0 → 1']);
  });
});

describe('stepPathDriver', () => {
  const source = stepPathDriver({ params: 'theta, v, lr, steps', step: 'm.step(theta, v, lr)', state: ['theta', 'v'] });
  it('writes the driver', () => {
    expect(source).toBe(`(m, theta, v, lr, steps) => {
  const path = [];
  for (let k = 0; k < steps; k++) {
    const r = m.step(theta, v, lr);
    theta = r.theta;
    v = r.v;
    path.push({ theta: Array.isArray(theta) ? theta.slice() : theta, v: Array.isArray(v) ? v.slice() : v });
  }
  return path;
}`);
  });
  it('feeds the state back and records a copy per step', () => {
    const driver = new Function(`return ${source}`)() as (...a: unknown[]) => unknown;
    // an update that changes its arrays in place: the path must still hold each step's values
    const m = { step: (theta: number[], v: number[], lr: number) => ((v[0] = v[0] + 1), (theta[0] = theta[0] - lr * v[0]), { theta, v }) };
    expect(driver(m, [1], [0], 0.5, 3)).toEqual([
      { theta: [0.5], v: [1] },
      { theta: [-0.5], v: [2] },
      { theta: [-2], v: [3] },
    ]);
  });
});
