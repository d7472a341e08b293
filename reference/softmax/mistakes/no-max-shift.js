export const hint = {
  en: 'You exponentiate the logits as they are: e^1000 is Infinity and Infinity/Infinity is NaN (and a row of −1000s gives 0/0). Subtract the row maximum first, softmax(z) = softmax(z − max(z)): every exponent is then ≤ 0 and the largest term is 1.',
  zh: '你直接对 logits 求指数：e^1000 是 Infinity，Infinity/Infinity 是 NaN（一行全是 −1000 时则是 0/0）。先减去该行的最大值，softmax(z) = softmax(z − max(z))：这样每个指数都 ≤ 0，最大的一项恰好是 1。',
};

export function softmax(Z) {
  return Z.map((row) => {
    const e = row.map((z) => Math.exp(z));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  });
}
