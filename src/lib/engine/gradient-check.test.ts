import { describe, expect, it } from 'vitest';
import * as both from './gradient-check';
import { GRADIENT_TOLERANCE, numericalGradients, relativeError, type Tensor } from './gradient-check';

// The English form of each finding (the Chinese one is checked at the end).
const describeGradientMismatch = (...a: Parameters<typeof both.describeGradientMismatch>) => both.describeGradientMismatch(...a)?.en ?? null;
const describeGradientsMismatch = (...a: Parameters<typeof both.describeGradientsMismatch>) => both.describeGradientsMismatch(...a)?.en ?? null;
const gradientCheck = (...a: Parameters<typeof both.gradientCheck>) => both.gradientCheck(...a)?.en ?? null;

// loss(W, b, c) = Σ_ij (W_ij x_j)² + b·[1, -2] + c³ with x = [1, 2]: analytic gradients below.
const x = [1, 2];
const loss = ([W, b, c]: Tensor[]) => {
  let s = 0;
  (W as number[][]).forEach((row) => row.forEach((w, j) => (s += (w * x[j]) ** 2)));
  const bb = b as number[];
  return s + bb[0] - 2 * bb[1] + (c as number) ** 3;
};
const W = [
  [0.5, -1],
  [2, 0.25],
  [-0.75, 1.5],
];
const b = [0.3, -0.7];
const c = 1.2;
const dW = W.map((row) => row.map((w, j) => 2 * w * x[j] * x[j]));
const db = [1, -2];
const dc = 3 * c * c;

describe('numericalGradients', () => {
  it('matches analytic gradients of every parameter, nested or scalar', () => {
    const [gW, gb, gc] = numericalGradients(loss, [W, b, c]);
    (gW as number[][]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(dW[i][j], 8)));
    expect((gb as number[])[0]).toBeCloseTo(1, 8);
    expect((gb as number[])[1]).toBeCloseTo(-2, 8);
    expect(gc as number).toBeCloseTo(dc, 7);
  });

  it('leaves the parameters alone and calls the loss twice per number', () => {
    const before = JSON.stringify([W, b, c]);
    let calls = 0;
    numericalGradients((p) => (calls++, loss(p)), [W, b, c]);
    expect(JSON.stringify([W, b, c])).toBe(before);
    expect(calls).toBe(2 * (6 + 2 + 1));
  });

  it('rejects non-numeric parameters', () => {
    expect(() => numericalGradients(() => 0, [{} as unknown as Tensor])).toThrow(/numbers or arrays/);
  });
});

describe('relativeError', () => {
  it('is the CS231n relative error with a floor', () => {
    expect(relativeError([3, 4], [3, 4.5])).toBeCloseTo(0.5 / (5 + Math.sqrt(29.25)), 15);
    expect(relativeError([[0, 0]], [[0, 0]])).toBe(0);
  });
});

describe('describeGradientMismatch', () => {
  const tol = GRADIENT_TOLERANCE;
  it('is null when every element is within tolerance', () => {
    expect(
      describeGradientMismatch(
        'dW',
        dW.map((r) => r.map((v) => v * (1 + 1e-6))),
        dW,
        tol,
      ),
    ).toBeNull();
  });

  it('names a missing 1/m with the worst element', () => {
    const msg = describeGradientMismatch(
      'dW[1]',
      dW.map((r) => r.map((v) => 2 * v)),
      dW,
      tol,
      { batchSize: 2 },
    );
    expect(msg).toMatch(
      /^dW\[1\] is 2\.0× the numerical gradient everywhere \(dW\[1\]\[2\]\[1\] = 24 instead of 12\): the loss is a mean over m = 2 examples — is the 1\/m missing\?$/,
    );
  });

  it('names 1/m twice, a flipped sign, a factor 2 and ½', () => {
    const scaled = (k: number) => dW.map((r) => r.map((v) => k * v));
    expect(describeGradientMismatch('dW', scaled(1 / 4), dW, tol, { batchSize: 4 })).toMatch(/0\.25× .*divided by m = 4 twice/);
    expect(describeGradientMismatch('dW', scaled(-1), dW, tol)).toMatch(/−1\.0× .*sign is flipped/);
    expect(describeGradientMismatch('dW', scaled(2), dW, tol)).toMatch(/2\.0× .*factor 2 too many/);
    expect(describeGradientMismatch('dW', scaled(0.5), dW, tol)).toMatch(/0\.5× .*factor 2 missing/);
    expect(describeGradientMismatch('dW', scaled(3), dW, tol)).toMatch(/3\.0× the numerical gradient everywhere \([^)]*\)$/);
  });

  it('names shapes: missing, transposed, other', () => {
    expect(describeGradientMismatch('db', undefined, db, tol)).toBe('db is missing');
    const T = dW[0].map((_, j) => dW.map((r) => r[j]));
    expect(describeGradientMismatch('dW[0]', T, dW, tol, { param: 'W[0]' })).toBe(
      'dW[0] is transposed: it is 2×3 but must have the shape of W[0], 3×2; its transpose matches the numerical gradient',
    );
    expect(describeGradientMismatch('db[0]', [db], db, tol)).toBe('db[0] must have the shape of b[0] (a vector of 2), got 1×2');
  });

  it('names a transposed square gradient', () => {
    const S = [
      [1, 2],
      [3, 4],
    ];
    expect(
      describeGradientMismatch(
        'dW',
        [
          [1, 3],
          [2, 4],
        ],
        S,
        tol,
      ),
    ).toMatch(/holds the numerical gradient transposed/);
  });

  it('names NaN, zeros and gradients that should be zero', () => {
    expect(describeGradientMismatch('db', [NaN, -2], db, tol)).toBe('db[0] is NaN, the numerical gradient is 1');
    expect(describeGradientMismatch('db', [0, 0], db, tol)).toMatch(/is 0 everywhere but the numerical gradient is not .*no gradient reaches b/);
    expect(describeGradientMismatch('db', [0, 0.5], [0, 0], tol)).toMatch(/should be 0 everywhere .* but db\[1\] = 0\.5/);
  });

  it('otherwise reports the worst element, its factor and how many differ', () => {
    const wrong = dW.map((r, i) => r.map((v, j) => (i === 2 && j === 1 ? 3 * v : v)));
    expect(describeGradientMismatch('dW', wrong, dW, tol)).toBe('dW[2][1] is 36, the numerical gradient is 12 (3.0×); 1 of 6 elements of dW differ');
  });
});

describe('describeGradientsMismatch and gradientCheck', () => {
  it('one sentence when every parameter has the same factor', () => {
    const msg = describeGradientsMismatch(
      [
        { name: 'dW', got: dW.map((r) => r.map((v) => 3 * v)) },
        { name: 'db', got: db.map((v) => 3 * v) },
      ],
      [dW, db],
      GRADIENT_TOLERANCE,
      { batchSize: 3, against: 'the correct gradient' },
    );
    expect(msg).toMatch(/^every gradient \(dW, db\) is 3\.0× the correct gradient \(dW\[2\]\[1\] = 36 instead of 12\): .* m = 3 .*1\/m missing/);
  });

  it('per parameter otherwise, at most three', () => {
    const entries = [0, 1, 2, 3, 4].map((k) => ({ name: `db[${k}]`, got: [k + 1, 0] }));
    const msg = describeGradientsMismatch(
      entries,
      entries.map(() => [1, 1]),
    );
    expect(msg).toMatch(/; and 2 more parameters$/);
  });

  it('checks learner gradients against the loss', () => {
    const right = [
      { name: 'dW', param: 'W', got: dW },
      { name: 'db', param: 'b', got: db },
      { name: 'dc', param: 'c', got: dc },
    ];
    expect(gradientCheck({ loss, params: [W, b, c], grads: right })).toBeNull();
    const wrong = [right[0], { name: 'db', param: 'b', got: [1, 2] }, right[2]];
    expect(gradientCheck({ loss, params: [W, b, c], grads: wrong })).toMatch(
      /^db\[1\] is 2, the numerical gradient is -2 \(−1\.0×: the sign is flipped\); 1 of 2 elements of db differ$/,
    );
  });
});

describe('findings in Chinese', () => {
  it('say the same thing with the same numbers and names', () => {
    const msg = both.describeGradientMismatch(
      'dW',
      dW.map((r) => r.map((v) => 2 * v)),
      dW,
      GRADIENT_TOLERANCE,
      { batchSize: 2 },
    );
    expect(msg?.zh).toMatch(/^dW 处处是数值梯度的 2\.0×（dW\[\d\]\[\d\] = [-\d.]+，应为 [-\d.]+）：损失是 m = 2 个样本的平均——是不是漏了 1\/m？$/);
    const entries = [0, 1, 2, 3, 4].map((k) => ({ name: `db[${k}]`, got: [k + 1, 0] }));
    expect(
      both.describeGradientsMismatch(
        entries,
        entries.map(() => [1, 1]),
        GRADIENT_TOLERANCE,
        { against: { en: 'the correct gradient', zh: '正确梯度' } },
      )?.zh,
    ).toMatch(/正确梯度.*；另有 2 个参数也不对$/);
  });
});
