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
 * Mean normalization: (x − μ) / (max − min); a constant column gives 0.
 * @param {number[][]} X
 * @returns {number[][]}
 */
export function meanNormalize(X) {
  return mapColumns(
    X,
    (c) => ({ mu: mean(c), min: Math.min(...c), max: Math.max(...c) }),
    (x, s) => (s.max === s.min ? 0 : (x - s.mu) / (s.max - s.min)),
  );
}

/**
 * Z-score normalization: (x − μ) / σ with the population σ (divide by m); a constant column gives 0.
 * @param {number[][]} X
 * @returns {number[][]}
 */
export function zScore(X) {
  return mapColumns(
    X,
    (c) => {
      const mu = mean(c);
      const sigma = Math.sqrt(mean(c.map((x) => (x - mu) ** 2)));
      // Test max === min, not sigma === 0: rounding can leave a tiny nonzero sigma.
      return { mu, sigma, constant: Math.max(...c) === Math.min(...c) };
    },
    (x, s) => (s.constant ? 0 : (x - s.mu) / s.sigma),
  );
}

/**
 * Min-max scaling of each column to [newMin, newMax]; a constant column gives newMin.
 * @param {number[][]} X
 * @param {number} newMin
 * @param {number} newMax
 * @returns {number[][]}
 */
export function minMaxScale(X, newMin, newMax) {
  return mapColumns(
    X,
    (c) => ({ min: Math.min(...c), max: Math.max(...c) }),
    (x, s) => (s.max === s.min ? newMin : newMin + ((x - s.min) / (s.max - s.min)) * (newMax - newMin)),
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
