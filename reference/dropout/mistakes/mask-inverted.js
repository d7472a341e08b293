export const hint = {
  en: 'Your mask is the wrong way round: it keeps units where u > keepProb. Keep a unit where u < keepProb (mask 1), drop it otherwise (mask 0) — then keepProb 1 keeps everything.',
  zh: '你的掩码方向反了：它在 u > keepProb 时保留单元。应当在 u < keepProb 时保留（掩码为 1），否则丢弃（掩码为 0）——这样 keepProb 为 1 时全部保留。',
};

export function invertedDropout(A, keepProb, u) {
  const mask = u.map((row) => row.map((x) => (x > keepProb ? 1 : 0)));
  const out = A.map((row, i) => row.map((a, j) => (a * mask[i][j]) / keepProb));
  return { out, mask };
}
