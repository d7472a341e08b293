import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// ---- data ----

// The worked example of zeroCenter/standardize: column 0 has μ = 4, σ = √2; column 1 μ = 10, σ = 5/√2.
const WORKED = [
  [2, 5],
  [6, 15],
  [4, 10],
  [4, 10],
];
// A constant column (column 1) among ordinary ones.
const WITH_CONSTANT = [
  [1, 7, -2],
  [4, 7, 0.5],
  [2, 7, 3],
  [8, 7, -1],
];
// μ of the 0.1 column is 0.10000000000000002 in floating point, so σ ≈ 1.4e-17, not 0.
const CONSTANT_TENTHS = [
  [0.1, 1, 5],
  [0.1, 2, -5],
  [0.1, 4, 5],
];
// The worked example of pcaWhiten: centred it is ±(3, 1), ±(1, 3); Σ = [[5, 3], [3, 5]], λ = 8 and 2.
const WORKED_PCA = [
  [13, 21],
  [11, 23],
  [7, 19],
  [9, 17],
];
// Feature 1 is exactly 2 × feature 0: the covariance is singular (one eigenvalue is 0).
const DUPLICATED = [
  [1, 2, 0.5],
  [2, 4, -1],
  [4, 8, 1.5],
  [-1, -2, 0],
  [3, 6, 2.5],
];
// Already decorrelated: the covariance is diagonal, with its larger variance on feature 1.
const AXIS_ALIGNED = [
  [1, 0],
  [-1, 0],
  [0, 3],
  [0, -3],
];

function gramSchmidt(cols: number[][]): number[][] {
  const out: number[][] = [];
  for (const c of cols) {
    const v = [...c];
    for (const q of out) {
      const d = v.reduce((s, x, i) => s + x * q[i], 0);
      for (let i = 0; i < v.length; i++) v[i] -= d * q[i];
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    out.push(v.map((x) => x / norm));
  }
  return out;
}

/**
 * m×n data whose covariance XcᵀXc/m has exactly the eigenvalues `lambdas` (well separated, no ties)
 * along random orthogonal directions, plus a random offset per feature.
 */
function dataWithSpectrum(rng: Rng, m: number, lambdas: number[]): number[][] {
  const n = lambdas.length;
  // n orthonormal columns of length m, each orthogonal to the all-ones vector (so already centred).
  const ones = new Array(m).fill(1 / Math.sqrt(m));
  const q = gramSchmidt([ones, ...Array.from({ length: n }, () => Array.from({ length: m }, () => rng.normal()))]).slice(1);
  const R = gramSchmidt(Array.from({ length: n }, () => Array.from({ length: n }, () => rng.normal()))); // rows orthonormal
  const offset = Array.from({ length: n }, () => rng.uniform(-10, 10));
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => offset[j] + lambdas.reduce((s, l, k) => s + q[k][i] * Math.sqrt(m * l) * R[k][j], 0)),
  );
}

function spectrum(rng: Rng, n: number, top = rng.uniform(2, 10)): number[] {
  const l = [top];
  for (let k = 1; k < n; k++) l.push(l[k - 1] / rng.uniform(1.6, 4));
  return l;
}

/** Mixed-scale columns for zeroCenter/standardize. */
function mixedScales(rng: Rng, m: number, n: number): number[][] {
  const cols = Array.from({ length: n }, () => {
    const scale = 10 ** rng.int(-1, 2);
    const offset = rng.uniform(-3, 3) * scale;
    return Array.from({ length: m }, () => offset + rng.uniform(-1, 1) * scale);
  });
  return Array.from({ length: m }, (_, i) => cols.map((c) => c[i]));
}

// ---- comparing pcaWhiten up to the sign of each column ----

function isMatrix(v: unknown): v is number[][] {
  return Array.isArray(v) && v.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'number'));
}

/** Flips each column of `got` whose dot product with the same column of `want` is negative. */
function alignColumns(got: number[][], want: number[][]): number[][] {
  if (got.length !== want.length || got.some((r, i) => r.length !== want[i].length)) return got;
  const n = want[0]?.length ?? 0;
  const sign = Array.from({ length: n }, (_, j) => (got.reduce((s, r, i) => s + r[j] * want[i][j], 0) < 0 ? -1 : 1));
  return got.map((r) => r.map((x, j) => sign[j] * x));
}

function compareUpToSign(got: unknown, expected: unknown, tol: Tolerance): GraderText | null {
  const want = expected as { Xrot: number[][]; Xwhite: number[][]; eigenvalues: number[] };
  let aligned = got;
  if (got && typeof got === 'object' && !Array.isArray(got)) {
    const g = got as Record<string, unknown>;
    aligned = {
      ...g,
      ...(isMatrix(g.Xrot) ? { Xrot: alignColumns(g.Xrot, want.Xrot) } : {}),
      ...(isMatrix(g.Xwhite) ? { Xwhite: alignColumns(g.Xwhite, want.Xwhite) } : {}),
    };
  }
  const cmp = compareValues(aligned, want, tol);
  if (cmp.ok) return null;
  return cmp.structural ? cmp.text! : { en: `${cmp.message} (each column of Xrot and Xwhite is compared up to its sign)`, zh: `${cmp.messageZh ?? cmp.message}（Xrot 和 Xwhite 的每一列在相差一个符号的意义下比较）` };
}

// Eigenvectors from an iterative method are accurate to ~1e-10, not to the last bit.
const PCA_TOL = { rtol: 1e-5, atol: 1e-6 };
const pca = { call: 'pcaWhiten', compare: compareUpToSign, tolerance: PCA_TOL } as const;
const EPS_HINT = { en: 'a direction with zero variance has λ = 0: divide by √(λ + eps), not √λ', zh: '方差为零的方向 λ = 0：要除以 √(λ + eps)，而不是 √λ' };

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'zero-center-example', kind: 'example', name: { en: 'zeroCenter on the worked example', zh: 'zeroCenter 作用于题中例子' }, call: 'zeroCenter', args: [WORKED] },
    { id: 'standardize-example', kind: 'example', name: { en: 'standardize on the worked example', zh: 'standardize 作用于题中例子' }, call: 'standardize', args: [WORKED] },
    { id: 'pca-example', kind: 'example', name: { en: 'pcaWhiten on four points (the worked example)', zh: 'pcaWhiten 作用于四个点（题中例子）' }, ...pca, args: [WORKED_PCA] },

    // ---- zeroCenter ----
    { id: 'zero-center-batch-of-one', kind: 'edge', name: { en: 'zeroCenter on a single example (all zeros)', zh: 'zeroCenter 作用于单个样本（全为零）' }, call: 'zeroCenter', args: [[[3, -1.5, 8]]] },
    { id: 'zero-center-constant', kind: 'edge', name: { en: 'zeroCenter with a constant column', zh: '带常数列的 zeroCenter' }, call: 'zeroCenter', args: [WITH_CONSTANT] },
    {
      id: 'zero-center-random',
      kind: 'random',
      name: { en: 'zeroCenter on random columns of mixed scales', zh: 'zeroCenter 作用于尺度各异的随机列' },
      call: 'zeroCenter',
      count: 4,
      generate: (rng) => [mixedScales(rng, rng.int(1, 10), rng.int(1, 5))],
    },

    // ---- standardize ----
    { id: 'standardize-constant', kind: 'edge', name: { en: 'standardize with a constant column (it maps to 0)', zh: '带常数列的 standardize（该列映射为 0）' }, call: 'standardize', args: [WITH_CONSTANT] },
    {
      id: 'standardize-constant-tenths',
      kind: 'edge',
      name: { en: 'standardize with a constant column of 0.1s (σ computed in floating point is not exactly 0)', zh: '带一列 0.1 常数的 standardize（浮点数算出的 σ 不恰好为 0）' },
      call: 'standardize',
      args: [CONSTANT_TENTHS],
      nonFiniteHint: { en: 'a constant column has σ = 0: map it to 0 instead of dividing', zh: '常数列的 σ = 0：把它映射为 0，不要做除法' },
    },
    { id: 'standardize-two-rows', kind: 'edge', name: { en: 'standardize two examples (every value becomes ±1)', zh: '对两个样本 standardize（每个值都变成 ±1）' }, call: 'standardize', args: [[[1, 10, -4], [3, -10, 6]]] },
    {
      id: 'standardize-batch-of-one',
      kind: 'edge',
      name: { en: 'standardize a single example (every column is constant)', zh: '对单个样本 standardize（每一列都是常数）' },
      call: 'standardize',
      args: [[[12.5, -3, 0]]],
      nonFiniteHint: { en: 'a constant column has σ = 0: map it to 0 instead of dividing', zh: '常数列的 σ = 0：把它映射为 0，不要做除法' },
    },
    {
      id: 'standardize-random',
      kind: 'random',
      name: { en: 'standardize random columns of mixed scales', zh: '对尺度各异的随机列 standardize' },
      call: 'standardize',
      count: 5,
      generate: (rng) => [mixedScales(rng, rng.int(2, 12), rng.int(1, 5))],
    },

    // ---- pcaWhiten ----
    { id: 'pca-one-feature', kind: 'edge', name: { en: 'pcaWhiten with a single feature', zh: '只有一个特征的 pcaWhiten' }, ...pca, args: [[[1], [4], [-2], [5]]] },
    { id: 'pca-axis-aligned', kind: 'edge', name: { en: 'pcaWhiten on data already aligned with the axes (larger variance on feature 1)', zh: '数据已与坐标轴对齐时的 pcaWhiten（特征 1 方差更大）' }, ...pca, args: [AXIS_ALIGNED] },
    {
      id: 'pca-singular',
      kind: 'edge',
      name: { en: 'pcaWhiten with a duplicated feature (an eigenvalue of 0)', zh: '有重复特征的 pcaWhiten（有一个特征值为 0）' },
      ...pca,
      args: [DUPLICATED],
      nonFiniteHint: EPS_HINT,
    },
    {
      id: 'pca-small-eigenvalue',
      kind: 'edge',
      name: { en: 'pcaWhiten with a direction of tiny variance (λ = 1e-4, the default eps matters)', zh: '有一个方差极小方向的 pcaWhiten（λ = 1e-4，默认 eps 起作用）' },
      ...pca,
      generate: (rng) => [dataWithSpectrum(rng, 8, [3, 0.5, 1e-4])],
    },
    {
      id: 'pca-large-eps',
      kind: 'edge',
      name: { en: 'pcaWhiten with eps = 0.1', zh: 'eps = 0.1 的 pcaWhiten' },
      ...pca,
      generate: (rng) => [dataWithSpectrum(rng, 7, [4, 1, 0.2]), 0.1],
    },
    {
      id: 'pca-two-points',
      kind: 'edge',
      name: { en: 'pcaWhiten on two points in 2-D (one eigenvalue is 0)', zh: '二维中两个点的 pcaWhiten（一个特征值为 0）' },
      ...pca,
      args: [[[1, 2], [3, 5]]],
      nonFiniteHint: EPS_HINT,
    },
    {
      id: 'pca-single-example',
      kind: 'edge',
      name: { en: 'pcaWhiten on a single example (Σ is 0: every eigenvalue, Xrot and Xwhite are 0)', zh: '只有一个样本的 pcaWhiten（Σ 为 0：特征值、Xrot 和 Xwhite 全为 0）' },
      ...pca,
      args: [[[3, -1.5, 8]]],
      nonFiniteHint: EPS_HINT,
    },
    {
      id: 'pca-uncorrelated-equal-variances',
      kind: 'edge',
      name: {
        en: 'pcaWhiten where features 0 and 1 are uncorrelated with equal variances (Σ₀₁ = 0, Σ₀₀ = Σ₁₁ = 1, Σ₀₂ = 1): a Jacobi rotation must skip the 0, not divide by it',
        zh: '特征 0 与 1 不相关且方差相等的 pcaWhiten（Σ₀₁ = 0，Σ₀₀ = Σ₁₁ = 1，Σ₀₂ = 1）：Jacobi 旋转必须跳过这个 0，而不是除以它',
      },
      ...pca,
      args: [
        [
          [11, -2, 7],
          [9, -2, 6],
          [11, -4, 5],
          [9, -4, 2],
        ],
      ],
    },
    {
      id: 'pca-five-features',
      kind: 'hidden',
      name: { en: 'pcaWhiten on 12 examples with 5 features', zh: '12 个样本、5 个特征上的 pcaWhiten' },
      ...pca,
      generate: (rng) => [dataWithSpectrum(rng, 12, [9, 4, 1.5, 0.5, 0.12])],
    },
    {
      id: 'pca-random',
      kind: 'random',
      name: { en: 'pcaWhiten on random data with well-separated variances', zh: '方差分得很开的随机数据上的 pcaWhiten' },
      ...pca,
      count: 6,
      generate: (rng) => {
        const n = rng.int(2, 4);
        const X = dataWithSpectrum(rng, rng.int(n + 2, 10), spectrum(rng, n));
        return rng.random() < 0.5 ? [X] : [X, rng.pick([1e-3, 0.01, 0.1])];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 6:42 < → <=': 'the mean of a column n that does not exist (NaN) is never read: rows map over their own n entries',
    'boundary 33:21 < → <=': 'the σ of a column n that does not exist is never read: rows map over their own n entries',
    'constant 57:15 0 → 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'constant 58:16 0 → 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'relational 58:21 < → >': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'constant 58:44 0 → 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'relational 58:49 < → >': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 58:49 < → <=': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'arithmetic 58:65 += → -=': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 58:73 j → j + 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 58:73 j → j - 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'arithmetic 58:76 * → /': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 58:83 j → j + 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 58:83 j → j - 1': 'total only scales the convergence test, and the sweeps still go on until the off-diagonal part vanishes: the same eigenpairs',
    'constant 60:20 0 → 1': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 60:29 < → <=': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'constant 61:15 0 → 1': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 62:23 < → <=': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'negation 62:46 p + 1 → -(p + 1)': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'arithmetic 62:48 + → -': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'constant 62:50 1 → 0': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 62:55 < → <=': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 62:77 q → q + 1': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'arithmetic 62:80 * → /': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'index 62:87 q → q + 1': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'guard 63:5 if (off <= 1e-30 * total) → (removed)': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 63:13 <= → <': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'arithmetic 63:22 * → /': 'changes only when the Jacobi sweeps stop changes, and they still go on until the off-diagonal part vanishes: the same eigenpairs',
    'boundary 65:23 < → <=': 'the extra row p = n has no q > p: nothing happens',
    'index 69:26 q → q - 1': 'a different rotation angle only slows the sweeps: on the well-separated spectra the statement promises they still converge within the 100-sweep cap (measured ≤ 1e-12 off for n ≤ 6, eigenvalue ratios ≥ 1.6)',
    'index 69:29 q → q - 1': 'a different rotation angle only slows the sweeps: on the well-separated spectra the statement promises they still converge within the 100-sweep cap (measured ≤ 1e-12 off for n ≤ 6, eigenvalue ratios ≥ 1.6)',
    'index 69:36 p → p + 1': 'a different rotation angle only slows the sweeps: on the well-separated spectra the statement promises they still converge within the 100-sweep cap (measured ≤ 1e-12 off for n ≤ 6, eigenvalue ratios ≥ 1.6)',
    'index 69:39 p → p + 1': 'a different rotation angle only slows the sweeps: on the well-separated spectra the statement promises they still converge within the 100-sweep cap (measured ≤ 1e-12 off for n ≤ 6, eigenvalue ratios ≥ 1.6)',
    'arithmetic 69:32 - → +': 'θ = (A_qq + A_pp)/(2A_pq) under-rotates, so the sweeps converge more slowly: with the well-separated eigenvalues the statement promises (ratios ≥ 1.6, n ≤ 5) they still reach the 100-sweep cap within 2% of the tolerance (measured over 600 spectra)',
    'constant 69:46 2 → 1': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'constant 69:46 2 → 0.5': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'boundary 70:26 >= → >': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'constant 70:29 0 → 1': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'constant 70:33 1 → 2': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'constant 70:38 1 → 2': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'constant 70:88 1 → 2': 'a slightly different angle still shrinks A[p][q] (and the off-diagonal sum of squares) at every rotation, so the sweeps converge to the same eigenpairs',
    'negation 71:19 1 / Math.sqrt(t * t + 1) → -(1 / Math.sqrt(t * t + 1))': 'c → −c (and s → −s) is the rotation by φ + π, i.e. −J, which gives the same similarity JᵀAJ and flips the signs of eigenvectors only',
    'boundary 80:27 < → <=': 'the extra column A[p][n] is never read: only the n×n part and the diagonal are',
    'constant 111:65 0 → 1': 'every entry is overwritten before it is read',
    'boundary 113:23 < → <=': 'the extra column cov[a][n] is never read: only the n×n part is',
    'constant 125:63 0 → 1': 'every entry is overwritten before it is read',
    'constant 127:15 0 → 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'constant 128:18 0 → 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'relational 128:23 < → >': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'math 128:37 Math.abs → (removed)': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'index 128:57 k → k + 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'index 128:57 k → k - 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'relational 128:61 > → <': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'boundary 128:61 > → >=': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'math 128:63 Math.abs → (removed)': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'index 128:95 k → k + 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'index 128:95 k → k - 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'relational 129:22 < → >': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'boundary 129:22 < → <=': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'constant 129:24 0 → 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'negation 129:28 -1 → 1': 'each eigenvector\'s sign is free: the statement says so and the grader compares each column up to its sign',
    'arithmetic 133:79 + → -': 'negating every column of Xrot is a sign flip of each eigenvector, the statement says so and the grader compares each column up to its sign',
  },
});
