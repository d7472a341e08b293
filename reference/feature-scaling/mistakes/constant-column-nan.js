export const hint = {
  en: 'A constant column (max = min) makes you divide by zero (NaN/Infinity), or by a σ that rounding left tiny but nonzero. Test max === min first: such a column maps to 0 (meanNormalize, zScore) and to newMin (minMaxScale).',
  zh: '常数列（max = min）让你除以 0（得到 NaN/Infinity），或除以一个因舍入误差而极小但非零的 σ。先判断 max === min：这样的列在 meanNormalize、zScore 中映射为 0，在 minMaxScale 中映射为 newMin。',
};

// Column-wise feature scaling. Every function returns a new m×n matrix.

/** Column j of X as a plain array. */
function column(X, j) {
  return X.map((row) => row[j]);
}

function mean(v) {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

/** Apply f(value, stats of its column) to every cell, stats computed once per column. */
function mapColumns(X, statsOf, f) {
  const n = X[0].length;
  const stats = [];
  for (let j = 0; j < n; j++) stats.push(statsOf(column(X, j)));
  return X.map((row) => row.map((x, j) => f(x, stats[j])));
}

/**
 * Mean normalization: (x − μ) / (max − min) (no guard for a constant column).
 * @param {number[][]} X
 * @returns {number[][]}
 */
export function meanNormalize(X) {
  return mapColumns(
    X,
    (c) => ({ mu: mean(c), min: Math.min(...c), max: Math.max(...c) }),
    (x, s) => (x - s.mu) / (s.max - s.min),
  );
}

/**
 * Z-score normalization: (x − μ) / σ with the population σ (divide by m) (no guard for a constant column).
 * @param {number[][]} X
 * @returns {number[][]}
 */
export function zScore(X) {
  return mapColumns(
    X,
    (c) => {
      const mu = mean(c);
      const sigma = Math.sqrt(mean(c.map((x) => (x - mu) ** 2)));
      return { mu, sigma, constant: Math.max(...c) === Math.min(...c) };
    },
    (x, s) => (x - s.mu) / s.sigma,
  );
}

/**
 * Min-max scaling of each column to [newMin, newMax] (no guard for a constant column).
 * @param {number[][]} X
 * @param {number} newMin
 * @param {number} newMax
 * @returns {number[][]}
 */
export function minMaxScale(X, newMin, newMax) {
  return mapColumns(
    X,
    (c) => ({ min: Math.min(...c), max: Math.max(...c) }),
    (x, s) => newMin + ((x - s.min) / (s.max - s.min)) * (newMax - newMin),
  );
}

/**
 * Decimal scaling: x / 10^j, j the smallest integer ≥ 0 with max|x| / 10^j < 1 (per column).
 * @param {number[][]} X
 * @returns {number[][]}
 */
export function decimalScale(X) {
  return mapColumns(
    X,
    (c) => {
      const maxAbs = Math.max(...c.map(Math.abs));
      // Count powers of ten with a loop: exact, unlike Math.log10 near powers of ten.
      let p = 1; // 10^j
      while (maxAbs / p >= 1) p *= 10;
      return p;
    },
    (x, p) => x / p,
  );
}
