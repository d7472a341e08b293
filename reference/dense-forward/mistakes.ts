import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'activation-before-bias',
    hint: {
      en: 'You apply the activation before adding the bias, g(A·W) + b. The bias belongs inside: first Z = A·W + 1·bᵀ, then g(Z).',
      zh: '你在加偏置之前就用了激活函数，得到 g(A·W) + b。偏置应在激活函数里面：先算 Z = A·W + 1·bᵀ，再算 g(Z)。',
    },
    edits: [
      { find: 'let z = b[j];', replace: 'let z = 0;' },
      { find: 'out.push(g(z));', replace: 'out.push(g(z) + b[j]);' },
    ],
  },
  {
    name: 'bias-not-broadcast',
    hint: {
      en: "You add b[i], the bias of the example's row, instead of b[j], the bias of unit j. The bias is broadcast down the rows: every example gets the same vector b, Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j].",
      zh: '你加的是 b[i]（按样本的行号取偏置），而不是单元 j 的偏置 b[j]。偏置要沿行广播：每个样本都加同一个向量 b，Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j]。',
    },
    edits: [
      { find: 'return A.map((row) => {', replace: 'return A.map((row, i) => {' },
      { find: 'let z = b[j];', replace: 'let z = b[i];' },
    ],
  },
  {
    name: 'no-shape-check',
    hint: {
      en: "Your denseForward does not check shapes: when A's columns do not match W's rows, or b's length does not match W's columns, throw an Error whose message mentions 'shape' instead of computing with missing entries.",
      zh: "你的 denseForward 没有检查形状：当 A 的列数与 W 的行数不一致，或 b 的长度与 W 的列数不一致时，要抛出一个消息中含有 'shape' 的 Error，而不是拿缺失的元素去计算。",
    },
    edits: [
      {
        find: `const nOut = W[0].length;
  for (const row of A) {
    if (row.length !== nIn) {
      throw new Error(\`shape mismatch: A has \${row.length} columns but W has \${nIn} rows\`);
    }
  }
  if (b.length !== nOut) {
    throw new Error(\`shape mismatch: b has \${b.length} entries but W has \${nOut} columns\`);
  }`,
        replace: 'const nOut = W[0].length;',
      },
    ],
  },
  {
    name: 'unknown-activation-as-linear',
    hint: {
      en: "An unknown activation name falls through to the identity in your code. Only 'relu', 'sigmoid', 'tanh' and 'linear' are valid; for any other name throw an Error whose message mentions 'activation'.",
      zh: "在你的代码里，未知的激活函数名会落到恒等函数上。只有 'relu'、'sigmoid'、'tanh' 和 'linear' 是合法的；遇到其他名字要抛出一个消息中含有 'activation' 的 Error。",
    },
    edits: [
      { find: "case 'linear':", replace: 'default:' },
      {
        find: `return (z) => z;
    default:
      throw new Error(\`unknown activation '\${name}': use 'relu', 'sigmoid', 'tanh' or 'linear'\`);`,
        replace: 'return (z) => z;',
      },
    ],
  },
  {
    name: 'w-transposed',
    hint: {
      en: 'You multiply by the transpose of W (W[j][k] instead of W[k][j]). Here W is n_in×n_out: W[k][j] is the weight from input k to unit j, so Z = A·W with Z[i][j] = Σ_k A[i][k]·W[k][j].',
      zh: '你乘的是 W 的转置（用了 W[j][k] 而不是 W[k][j]）。这里 W 是 n_in×n_out：W[k][j] 是从输入 k 到单元 j 的权重，所以 Z = A·W，Z[i][j] = Σ_k A[i][k]·W[k][j]。',
    },
    edits: [
      {
        find: 'for (let k = 0; k < nIn; k++) z += row[k] * W[k][j];',
        replace: 'for (let k = 0; k < nIn; k++) z += row[k] * W[j][k];',
      },
    ],
  },
  {
    common: 'forgot-bias',
    edits: [{ find: 'let z = b[j];', replace: 'let z = 0;' }],
  },
]);
