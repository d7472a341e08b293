import { describe, expect, it } from 'vitest';
import { fn } from './host-fn';
import { Rng } from './random';
import {
  BAND_Z,
  describeDrawOrder,
  describeGaussianSample,
  describeGaussianSummary,
  detectDrawOrder,
  flatten,
  mean,
  meanBand,
  randnArg,
  replay,
  SAMPLE_SUMMARY_SOURCE,
  sampleSummary,
  seededGaussian,
  variance,
  varianceBand,
} from './statistics';

const matrix = (rows: number, cols: number, at: (i: number, j: number) => number) =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => at(i, j)));

describe('seeded streams', () => {
  it('are the numbers of Rng.normal', () => {
    const rng = new Rng(42);
    const g = seededGaussian(42);
    for (let i = 0; i < 1000; i++) expect(g()).toBe(rng.normal());
  });

  it('replay a function argument from a fresh instance', () => {
    const marker = randnArg(7);
    const first = replay(marker, 5);
    expect(replay(marker, 5)).toEqual(first);
    expect(first).toEqual(replay(seededGaussian(7), 5));
  });

  it('replay a finite stream up to its end', () => {
    const marker = fn('randn', () => {
      const xs = [1, 2, 3];
      let k = 0;
      return () => {
        if (k >= xs.length) throw new Error('exhausted');
        return xs[k++];
      };
    });
    expect(replay(marker, 10)).toEqual([1, 2, 3]);
  });
});

describe('moments', () => {
  it('flatten, mean and population variance over all elements', () => {
    expect(
      flatten([
        [1, 2],
        [3, [4]],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(
      mean([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(variance([[5]])).toBe(0);
  });

  it('sum with compensation (mean of many equal small numbers is exact)', () => {
    expect(mean(new Array(100000).fill(0.1))).toBeCloseTo(0.1, 15);
  });
});

describe('confidence bands', () => {
  it('refuse too few draws', () => {
    expect(() => varianceBand(10, 1)).toThrow(/at least/);
    expect(() => meanBand(10, 0, 1)).toThrow(/at least/);
  });

  it('are ±z standard errors wide', () => {
    const m = meanBand(10000, 0, 4);
    expect(m.hi).toBeCloseTo(BAND_Z * 0.02, 12);
    const v = varianceBand(20000, 2);
    // SE of the population variance ≈ v·√(2/n) = 0.02; Wilson–Hilferty is close to normal here
    expect(v.hi - v.center).toBeGreaterThan(0.95 * BAND_Z * 0.02);
    expect(v.hi - v.center).toBeLessThan(1.1 * BAND_Z * 0.02);
    expect(v.center - v.lo).toBeGreaterThan(0.9 * BAND_Z * 0.02);
  });

  it('hold correct samples: 400 seeds of 1000 N(0, 3) draws all pass', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const g = seededGaussian(seed);
      const xs = Array.from({ length: 1000 }, () => Math.sqrt(3) * g());
      expect(describeGaussianSample(xs, { variance: 3 })).toBeNull();
    }
  });

  it('reject a wrong variance and a shifted mean, in words', () => {
    const g = seededGaussian(3);
    const xs = Array.from({ length: 5000 }, () => g());
    expect(
      describeGaussianSample(
        xs.map((x) => 0.1 * x),
        { variance: 0.1, varianceText: '2/nIn', what: 'W' },
      )?.en,
    ).toMatch(/^the variance of W is 0\.009988 \(0\.09988× the target\); 5000 draws of N\(0, 2\/nIn\)/);
    expect(
      describeGaussianSample(
        xs.map((x) => x + 0.5),
        { variance: 1 },
      )?.en,
    ).toMatch(/the mean of the values is 0\.5/);
    expect(describeGaussianSample([...xs.slice(1), NaN], { variance: 1 })?.en).toMatch(/NaN/);
    expect(
      describeGaussianSample(
        xs.map((x) => 0.1 * x),
        { variance: 0.1, varianceText: '2/nIn', what: { en: 'W', zh: 'W ' } },
      )?.zh,
    ).toMatch(/^W 的方差是 0\.009988（目标的 0\.09988 倍）；从 N\(0, 2\/nIn\) 抽取 5000 次/);
  });
});

describe('sample summaries (computed where the sample is drawn)', () => {
  const summarize = new Function(`return (${SAMPLE_SUMMARY_SOURCE});`)() as (W: unknown, rows: number, cols: number) => unknown;

  it('the driver source gives the host summary: n, non-finite count, mean, population variance', () => {
    const g = seededGaussian(5);
    const W = matrix(30, 40, () => 0.3 + 2 * g());
    const inside = summarize(W, 30, 40) as { n: number; nonFinite: number; mean: number; variance: number };
    const host = sampleSummary(W);
    expect(inside.n).toBe(1200);
    expect(inside.nonFinite).toBe(0);
    expect(inside.mean).toBeCloseTo(host.mean, 12);
    expect(inside.variance).toBeCloseTo(host.variance, 12);
    expect(host).toMatchObject({ n: 1200, nonFinite: 0 });
    expect(host.mean).toBeCloseTo(mean(W), 15);
    expect(host.variance).toBeCloseTo(variance(W), 15);
  });

  it('the driver source refuses other shapes and non-numbers, counts NaN and ±Infinity, and needs no Array.prototype method', () => {
    const saved = {
      map: Array.prototype.map,
      reduce: Array.prototype.reduce,
      forEach: Array.prototype.forEach,
      every: Array.prototype.every,
      some: Array.prototype.some,
    };
    const poison = () => {
      throw new Error('replaced by the learner');
    };
    Object.assign(Array.prototype, { map: poison, reduce: poison, forEach: poison, every: poison, some: poison });
    let results: unknown[];
    try {
      results = [
        summarize(
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          3,
          2,
        ), // transposed
        summarize([[1, 2], [3]], 2, 2), // ragged
        summarize(
          [
            [1, '2'],
            [3, 4],
          ],
          2,
          2,
        ),
        summarize(undefined, 1, 1),
        summarize(
          [
            [1, NaN],
            [Infinity, -Infinity],
          ],
          2,
          2,
        ),
        summarize(
          [
            [1, 2],
            [3, 6],
          ],
          2,
          2,
        ),
      ];
    } finally {
      Object.assign(Array.prototype, saved);
    }
    expect(results.slice(0, 4)).toEqual([null, null, null, null]);
    expect(results[4]).toMatchObject({ n: 4, nonFinite: 3 });
    expect(results[5]).toEqual({ n: 4, nonFinite: 0, mean: 3, variance: 3.5 });
  });

  it('judged from its summary, a sample gets the same words as judged from its values', () => {
    const g = seededGaussian(9);
    const xs = Array.from({ length: 1500 }, () => g());
    const spec = { variance: 0.5, varianceText: '1/nIn', what: { en: 'W', zh: 'W ' } };
    for (const sample of [xs.map((x) => Math.SQRT1_2 * x), xs, xs.map((x) => x + 0.3), [...xs.slice(1), Infinity]]) {
      expect(describeGaussianSummary(sampleSummary(sample), spec)).toEqual(describeGaussianSample(sample, spec));
    }
    expect(describeGaussianSummary(sampleSummary(xs), spec)?.en).toMatch(/^the variance of W is .*1500 draws of N\(0, 1\/nIn\)/);
    expect(describeGaussianSummary({ n: 1500, nonFinite: 2, mean: NaN, variance: NaN }, spec)?.en).toBe('W contain NaN or Infinity');
  });
});

describe('detectDrawOrder', () => {
  const z = replay(seededGaussian(11), 40);
  const rows = 4;
  const cols = 6;

  it('row-major first, with the scale', () => {
    expect(
      detectDrawOrder(
        matrix(rows, cols, (i, j) => 0.5 * z[i * cols + j]),
        z,
        rows,
        cols,
      ),
    ).toEqual({ order: 'row-major', scale: 0.5 });
  });

  it('column by column, reversed, shifted', () => {
    expect(
      detectDrawOrder(
        matrix(rows, cols, (i, j) => 2 * z[j * rows + i]),
        z,
        rows,
        cols,
      )?.order,
    ).toBe('column-major');
    expect(
      detectDrawOrder(
        matrix(rows, cols, (i, j) => z[rows * cols - 1 - (i * cols + j)]),
        z,
        rows,
        cols,
      )?.order,
    ).toBe('reversed');
    expect(
      detectDrawOrder(
        matrix(rows, cols, (i, j) => z[i * cols + j + 2]),
        z,
        rows,
        cols,
      ),
    ).toEqual({ order: 'shifted', scale: 1, offset: 2 });
  });

  it('transposed and reshaped results', () => {
    expect(
      detectDrawOrder(
        matrix(cols, rows, (j, i) => z[i * cols + j]),
        z,
        rows,
        cols,
      )?.order,
    ).toBe('transposed');
    expect(
      detectDrawOrder(
        matrix(3, 8, (i, j) => z[i * 8 + j]),
        z,
        rows,
        cols,
      )?.order,
    ).toBe('reshaped');
  });

  it('any other arrangement of the same numbers is permuted, also with a negative scale', () => {
    const perm = new Rng(5).permutation(rows * cols);
    const m = detectDrawOrder(
      matrix(rows, cols, (i, j) => -3 * z[perm[i * cols + j]]),
      z,
      rows,
      cols,
    );
    expect(m?.order).toBe('permuted');
    expect(m?.scale).toBeCloseTo(-3, 12);
  });

  it('null for other numbers, and zeros fit with scale 0', () => {
    expect(
      detectDrawOrder(
        matrix(rows, cols, (i, j) => z[i * cols + j] + (i === 2 && j === 3 ? 1e-3 : 0)),
        z,
        rows,
        cols,
      ),
    ).toBeNull();
    expect(
      detectDrawOrder(
        matrix(rows, cols, () => 0),
        z,
        rows,
        cols,
      ),
    ).toEqual({ order: 'row-major', scale: 0 });
    expect(detectDrawOrder('nope', z, rows, cols)).toBeNull();
  });

  it('describes each order for a learner', () => {
    expect(describeDrawOrder({ order: 'column-major', scale: 1 }, 4, 6).en).toMatch(
      /^the values are placed column by column \(W\[0\]\[0\], W\[1\]\[0\], W\[2\]\[0\], …\): call randn\(\) row by row/,
    );
    expect(describeDrawOrder({ order: 'shifted', scale: 1, offset: 1 }, 2, 2).en).toMatch(/called once too many/);
    expect(describeDrawOrder({ order: 'transposed', scale: 1 }, 2, 3).en).toMatch(/is 3×2, but W must have 2 rows and 3 columns/);
    expect(describeDrawOrder({ order: 'transposed', scale: 1 }, 2, 3).zh).toMatch(/结果是 3×2，但 W 必须有 2 行 3 列/);
  });
});
