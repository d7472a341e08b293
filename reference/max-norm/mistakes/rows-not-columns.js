export const hint = {
  en: 'You constrain the rows of W. With W of shape n_in×n_out, one unit’s incoming weights are a COLUMN W[·][j]: compute the norm of each column and rescale that column.',
  zh: '你约束的是 W 的行。W 的形状是 n_in×n_out，一个单元的输入权重是一**列** W[·][j]：应计算每一列的范数并缩放这一列。',
};

export function maxNormConstraint(W, c) {
  return W.map((row) => {
    const norm = Math.sqrt(row.reduce((s, w) => s + w * w, 0));
    const scale = norm > c ? c / norm : 1;
    return row.map((w) => w * scale);
  });
}
