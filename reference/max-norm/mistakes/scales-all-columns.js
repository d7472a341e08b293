export const hint = {
  en: 'You rescale every column to norm c, also the ones already inside the ball (and 0/0 on a zero column). Max-norm only shrinks: scale a column by c/‖w‖ only when ‖w‖ > c, leave it unchanged otherwise.',
  zh: '你把每一列都缩放到范数 c，连本来就在球内的列也放大了（零列还会出现 0/0）。max-norm 只会缩小：仅当 ‖w‖ > c 时把该列乘以 c/‖w‖，否则保持不变。',
};

export function maxNormConstraint(W, c) {
  const nOut = W[0].length;
  const scale = [];
  for (let j = 0; j < nOut; j++) {
    let sumSq = 0;
    for (let i = 0; i < W.length; i++) sumSq += W[i][j] * W[i][j];
    scale.push(c / Math.sqrt(sumSq));
  }
  return W.map((row) => row.map((w, j) => w * scale[j]));
}
