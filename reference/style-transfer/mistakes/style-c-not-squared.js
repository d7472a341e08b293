export const hint = {
  en: 'Your style cost divides by 4·C·(H·W)²: the number of channels must be squared too. J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)², i.e. 1/(2·C·H·W)² Σ (G_S − G_G)².',
  zh: '你的风格代价除以的是 4·C·(H·W)²：通道数也要平方。J_style = 1/(4·C²·(H·W)²) Σ (G_S − G_G)²，即 1/(2·C·H·W)² Σ (G_S − G_G)²。',
};

// Neural style transfer costs (as in the notes and the course assignment), for one layer's
// activations stored C×H×W.

/**
 * Unroll a C×H×W volume into a C×(H·W) matrix: row c is channel c read row by row.
 * @param {number[][][]} A
 * @returns {number[][]}
 */
function unroll(A) {
  return A.map((channel) => channel.flat());
}

/**
 * Gram matrix G = U·Uᵀ of the unrolled activations U (C×HW): G[i][j] = Σ_k U[i][k]·U[j][k].
 * Not normalized.
 * @param {number[][][]} A - C×H×W activations
 * @returns {number[][]} C×C
 */
export function gramMatrix(A) {
  const U = unroll(A);
  return U.map((ui) =>
    U.map((uj) => {
      let s = 0;
      for (let k = 0; k < ui.length; k++) s += ui[k] * uj[k];
      return s;
    }),
  );
}

/**
 * Content cost J_content = 1/(4·H·W·C) Σ (aC − aG)².
 * @param {number[][][]} aC - C×H×W activations of the content image
 * @param {number[][][]} aG - C×H×W activations of the generated image
 * @returns {number}
 */
export function contentCost(aC, aG) {
  const C = aC.length;
  const H = aC[0].length;
  const W = aC[0][0].length;
  let s = 0;
  for (let c = 0; c < C; c++) {
    for (let h = 0; h < H; h++) {
      for (let w = 0; w < W; w++) {
        const d = aC[c][h][w] - aG[c][h][w];
        s += d * d;
      }
    }
  }
  return s / (4 * H * W * C);
}

/**
 * Style cost of one layer J_style = 1/(4·C²·(H·W)²) Σ_ij (G_S[i][j] − G_G[i][j])².
 * @param {number[][][]} aS - C×H×W activations of the style image
 * @param {number[][][]} aG - C×H×W activations of the generated image
 * @returns {number}
 */
export function styleLayerCost(aS, aG) {
  const C = aS.length;
  const HW = aS[0].length * aS[0][0].length;
  const GS = gramMatrix(aS);
  const GG = gramMatrix(aG);
  let s = 0;
  for (let i = 0; i < C; i++) {
    for (let j = 0; j < C; j++) {
      const d = GS[i][j] - GG[i][j];
      s += d * d;
    }
  }
  return s / (4 * C * HW * HW);
}

/**
 * Total cost J = α·J_content + β·J_style.
 * @param {number} jContent
 * @param {number} jStyle
 * @param {number} [alpha=10]
 * @param {number} [beta=40]
 * @returns {number}
 */
export function totalCost(jContent, jStyle, alpha = 10, beta = 40) {
  return alpha * jContent + beta * jStyle;
}
