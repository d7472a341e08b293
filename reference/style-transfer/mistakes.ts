import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'content-half-sum',
    hint: {
      en: 'Your content cost is ½ Σ (aC − aG)², the lecture’s ½‖a_C − a_G‖². This exercise uses the normalization of the course assignment: J_content = 1/(4·H·W·C) Σ (aC − aG)².',
      zh: '你的内容代价是 ½ Σ (aC − aG)²，即课堂上的 ½‖a_C − a_G‖²。本题使用课程作业中的归一化：J_content = 1/(4·H·W·C) Σ (aC − aG)²。',
    },
    edits: [
      { find: 'return s / (4 * H * W * C);', replace: 'return s / 2;' },
    ],
  },
  {
    name: 'content-missing-4',
    hint: {
      en: 'Your content cost is the mean squared difference, 1/(H·W·C) Σ (aC − aG)²: the factor 4 is missing. J_content = 1/(4·H·W·C) Σ (aC − aG)².',
      zh: '你的内容代价是平方差的平均值 1/(H·W·C) Σ (aC − aG)²：少了因子 4。J_content = 1/(4·H·W·C) Σ (aC − aG)²。',
    },
    edits: [
      { find: 'return s / (4 * H * W * C);', replace: 'return s / (H * W * C);' },
    ],
  },
  {
    name: 'defaults-swapped',
    hint: {
      en: 'Your default weights are swapped: with two arguments the total must be 10·jContent + 40·jStyle, so the signature is totalCost(jContent, jStyle, alpha = 10, beta = 40).',
      zh: '你的默认权重弄反了：只传两个参数时总代价应为 10·jContent + 40·jStyle，所以函数签名是 totalCost(jContent, jStyle, alpha = 10, beta = 40)。',
    },
    edits: [
      {
        find: 'export function totalCost(jContent, jStyle, alpha = 10, beta = 40) {',
        replace: 'export function totalCost(jContent, jStyle, alpha = 40, beta = 10) {',
      },
    ],
  },
  {
    name: 'gram-normalized',
    hint: {
      en: 'You divide the Gram matrix by C·H·W (as PyTorch’s style-transfer tutorial does). Here the Gram matrix is not normalized, G = U·Uᵀ; the normalization lives in the style cost, 1/(4·C²·(H·W)²).',
      zh: '你把 Gram 矩阵除以了 C·H·W（PyTorch 风格迁移教程的做法）。本题的 Gram 矩阵不归一化，G = U·Uᵀ；归一化放在风格代价里：1/(4·C²·(H·W)²)。',
    },
    edits: [
      { find: 'return s;', replace: 'return s / (U.length * ui.length);' },
    ],
  },
  {
    name: 'gram-transposed',
    hint: {
      en: 'Your Gram matrix is Uᵀ·U, an (H·W)×(H·W) matrix comparing pixels. Style is about which channels fire together: G = U·Uᵀ is C×C with G[i][j] = Σ_k U[i][k]·U[j][k], the dot product of the unrolled channels i and j.',
      zh: '你的 Gram 矩阵是 Uᵀ·U，一个比较像素的 (H·W)×(H·W) 矩阵。风格关心的是哪些通道一起激活：G = U·Uᵀ 是 C×C 矩阵，G[i][j] = Σ_k U[i][k]·U[j][k]，即展开后第 i 个和第 j 个通道的点积。',
    },
    edits: [
      {
        find: `return U.map((ui) =>
    U.map((uj) => {`,
        replace: `const HW = U[0].length;
  const G = [];
  for (let p = 0; p < HW; p++) {
    const row = [];
    for (let q = 0; q < HW; q++) {`,
      },
      {
        find: `for (let k = 0; k < ui.length; k++) s += ui[k] * uj[k];
      return s;
    }),
  );`,
        replace: `for (let c = 0; c < U.length; c++) s += U[c][p] * U[c][q];
      row.push(s);
    }
    G.push(row);
  }
  return G;`,
      },
      { find: 'for (let i = 0; i < C; i++) {', replace: 'for (let i = 0; i < GS.length; i++) {' },
      { find: 'for (let j = 0; j < C; j++) {', replace: 'for (let j = 0; j < GS.length; j++) {' },
    ],
  },
  {
    name: 'style-c-not-squared',
    hint: {
      en: 'Your style cost divides by 4·C·(H·W)²: the number of channels must be squared too. J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)², i.e. 1/(2·C·H·W)² Σ (G_S − G_G)².',
      zh: '你的风格代价除以的是 4·C·(H·W)²：通道数也要平方。J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)²，即 1/(2·C·H·W)² Σ (G_S − G_G)²。',
    },
    edits: [
      { find: 'return s / (4 * C * C * HW * HW);', replace: 'return s / (4 * C * HW * HW);' },
    ],
  },
  {
    name: 'style-hw-not-squared',
    hint: {
      en: 'Your style cost divides by 4·C²·(H·W): H·W must be squared too, because every Gram entry is a sum over H·W products. J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)².',
      zh: '你的风格代价除以的是 4·C²·(H·W)：H·W 也要平方，因为 Gram 矩阵的每个元素都是 H·W 个乘积之和。J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)²。',
    },
    edits: [
      { find: 'return s / (4 * C * C * HW * HW);', replace: 'return s / (4 * C * C * HW);' },
    ],
  },
  {
    name: 'style-missing-4',
    hint: {
      en: 'Your style cost is missing the factor 4 in the denominator: J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)² = 1/(2·C·H·W)² Σ (G_S − G_G)².',
      zh: '你的风格代价分母里少了因子 4：J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)² = 1/(2·C·H·W)² Σ (G_S − G_G)²。',
    },
    edits: [
      { find: 'return s / (4 * C * C * HW * HW);', replace: 'return s / (C * C * HW * HW);' },
    ],
  },
  {
    name: 'weights-ignored',
    hint: {
      en: 'Your totalCost always uses 10 and 40 and ignores the alpha and beta it is given. Take them as parameters with defaults, totalCost(jContent, jStyle, alpha = 10, beta = 40), and return alpha·jContent + beta·jStyle.',
      zh: '你的 totalCost 总是用 10 和 40，忽略了传入的 alpha 和 beta。应把它们作为带默认值的参数：totalCost(jContent, jStyle, alpha = 10, beta = 40)，并返回 alpha·jContent + beta·jStyle。',
    },
    edits: [
      { find: 'return alpha * jContent + beta * jStyle;', replace: 'return 10 * jContent + 40 * jStyle;' },
    ],
  },
  {
    name: 'weights-swapped',
    hint: {
      en: 'You weight the costs the other way round: alpha multiplies the content cost and beta the style cost, J = alpha·jContent + beta·jStyle.',
      zh: '你把权重用反了：alpha 乘内容代价，beta 乘风格代价，J = alpha·jContent + beta·jStyle。',
    },
    edits: [
      { find: 'return alpha * jContent + beta * jStyle;', replace: 'return alpha * jStyle + beta * jContent;' },
    ],
  },
]);
