import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const ADD_FROBENIUS = {
  find: `}

/**`,
  replace: `}
const frobenius = (A) => Math.sqrt(A.reduce((s, row) => s + row.reduce((t, a) => t + a * a, 0), 0));

/**`,
};

export default defineMistakes([
  {
    name: 'includes-input-norm',
    hint: {
      en: "Your list starts with the norm of X itself. Return one norm per layer, each of that layer's output after its ReLU: depth numbers, X not included.",
      zh: '你的列表以 X 本身的范数开头。每层返回一个范数，即该层经过 ReLU 后的输出：共 depth 个数，不包括 X。',
    },
    edits: [
      ADD_FROBENIUS,
      {
        find: 'let A = X;',
        replace: `let A = X;
  norms.push(frobenius(X));`,
      },
      {
        find: `A = A.map((row) =>
      W[0].map((_, j) => {
        let z = 0;
        for (let k = 0; k < row.length; k++) z += row[k] * W[k][j];
        return Math.max(0, z);
      }),
    );
    let sumSq = 0;
    for (const row of A) for (const a of row) sumSq += a * a;
    norms.push(Math.sqrt(sumSq));`,
        replace: `const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(A));`,
      },
    ],
  },
  {
    name: 'norm-before-relu',
    hint: {
      en: "You take the norm of Z = A·W, before the ReLU. The experiment measures each layer's output, relu(Z): take the norm after the activation.",
      zh: '你取的是 ReLU 之前 Z = A·W 的范数。实验测量的是每一层的输出 relu(Z)：请在激活之后取范数。',
    },
    edits: [
      ADD_FROBENIUS,
      {
        find: `A = A.map((row) =>
      W[0].map((_, j) => {
        let z = 0;
        for (let k = 0; k < row.length; k++) z += row[k] * W[k][j];
        return Math.max(0, z);
      }),
    );
    let sumSq = 0;
    for (const row of A) for (const a of row) sumSq += a * a;
    norms.push(Math.sqrt(sumSq));`,
        replace: `const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(Z));`,
      },
    ],
  },
  {
    name: 'same-weights-every-layer',
    hint: {
      en: 'You draw one width×width matrix and reuse it in every hidden layer. Each layer has its own weights: call initWeights once per layer, layer by layer (the first with nIn = the columns of X).',
      zh: '你只抽取了一个 width×width 矩阵，并在每个隐藏层重复使用。每一层都有自己的权重：逐层为每一层调用一次 initWeights（第一层的 nIn 等于 X 的列数）。',
    },
    edits: [
      ADD_FROBENIUS,
      {
        find: 'let A = X;',
        replace: `let A = X;
  let shared = null;`,
      },
      {
        find: `const W = initWeights(scheme, A[0].length, width, randn);
    // A ← relu(A·W): biases are 0
    A = A.map((row) =>
      W[0].map((_, j) => {
        let z = 0;
        for (let k = 0; k < row.length; k++) z += row[k] * W[k][j];
        return Math.max(0, z);
      }),
    );
    let sumSq = 0;
    for (const row of A) for (const a of row) sumSq += a * a;
    norms.push(Math.sqrt(sumSq));`,
        replace: `const W = l === 0 ? initWeights(scheme, A[0].length, width, randn) : (shared ??= initWeights(scheme, width, width, randn));
    const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(A));`,
      },
    ],
  },
  {
    name: 'squared-norm',
    hint: {
      en: 'You return Σ a², the squared norm. The Frobenius norm is its square root: ‖A‖ = √(Σ a²).',
      zh: '你返回的是 Σ a²，即范数的平方。Frobenius 范数是它的平方根：‖A‖ = √(Σ a²)。',
    },
    edits: [
      ADD_FROBENIUS,
      {
        find: `A = A.map((row) =>
      W[0].map((_, j) => {
        let z = 0;
        for (let k = 0; k < row.length; k++) z += row[k] * W[k][j];
        return Math.max(0, z);
      }),
    );
    let sumSq = 0;
    for (const row of A) for (const a of row) sumSq += a * a;
    norms.push(Math.sqrt(sumSq));`,
        replace: `const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(A) ** 2);`,
      },
    ],
  },
]);
