export const hint = {
  en: 'Your mask keeps a unit when u ≤ keepProb. The rule is strict: keep when u < keepProb, so u exactly equal to keepProb is dropped (and P(keep) is exactly keepProb).',
  zh: '你的掩码在 u ≤ keepProb 时保留单元。规则是严格不等式：u < keepProb 才保留，u 恰好等于 keepProb 时要丢弃（这样保留概率恰好是 keepProb）。',
};

export function invertedDropout(A, keepProb, u) {
  const mask = u.map((row) => row.map((x) => (x <= keepProb ? 1 : 0)));
  const out = A.map((row, i) => row.map((a, j) => (a * mask[i][j]) / keepProb));
  return { out, mask };
}
