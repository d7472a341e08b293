import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'eps-inside-sqrt',
    hint: {
      en: 'You put eps inside the square root: √(v̂ + eps). Adam (and PyTorch) adds eps after the root: θ −= lr·m̂ / (√v̂ + eps). The difference shows when gradients are tiny (|g| around 1e-4 or less), where √eps = 1e-4 is far larger than eps.',
      zh: '你把 eps 放进了平方根里：√(v̂ + eps)。Adam（以及 PyTorch）在开方之后再加 eps：θ −= lr·m̂ / (√v̂ + eps)。梯度很小时（|g| 约 1e-4 或更小）差别就出现了，因为 √eps = 1e-4 远大于 eps。',
    },
    edits: [
      {
        find: 'return th - (lr * mHat) / (Math.sqrt(vHat) + eps);',
        replace: 'return th - (lr * mHat) / Math.sqrt(vHat + eps);',
      },
    ],
  },
  {
    name: 'no-bias-correction',
    hint: {
      en: 'Your update uses m and v without bias correction. Divide by 1 − βᵗ first: m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ), then θ −= lr·m̂ / (√v̂ + eps). Without it the first steps are far too small or too large, because m and v start at 0.',
      zh: '你的更新直接用了 m 和 v，没有做偏差修正。先除以 1 − βᵗ：m̂ = m / (1 − β₁ᵗ)，v̂ = v / (1 − β₂ᵗ)，再 θ −= lr·m̂ / (√v̂ + eps)。m 和 v 从 0 开始，不修正的话最初几步的步长会严重偏小或偏大。',
    },
    edits: [
      {
        find: `const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  const newTheta = theta.map((th, i) => {
    const mHat = m[i] / correction1;
    const vHat = v[i] / correction2;
    return th - (lr * mHat) / (Math.sqrt(vHat) + eps);
  });`,
        replace: 'const newTheta = theta.map((th, i) => th - (lr * m[i]) / (Math.sqrt(v[i]) + eps));',
      },
    ],
  },
  {
    name: 't-off-by-one',
    hint: {
      en: 'Your bias correction uses t before it is incremented. state.t counts the steps already done: this step is number t = state.t + 1, and m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) use that new t (on the first step 1 − β⁰ = 0 divides by zero).',
      zh: '你的偏差修正用的是加 1 之前的 t。state.t 记录已经完成的步数：本步是第 t = state.t + 1 步，m̂ = m / (1 − β₁ᵗ)、v̂ = v / (1 − β₂ᵗ) 要用这个新的 t（第一步时 1 − β⁰ = 0，会除以零）。',
    },
    edits: [
      { find: 'const mHat = m[i] / correction1;', replace: 'const mHat = m[i] / (1 - beta1 ** state.t);' },
      { find: 'const vHat = v[i] / correction2;', replace: 'const vHat = v[i] / (1 - beta2 ** state.t);' },
    ],
  },
  {
    name: 'stores-corrected-moments',
    hint: {
      en: 'Your returned state holds the bias-corrected m̂ and v̂. The state must keep the raw moving averages m and v: the correction 1 − βᵗ is applied only to compute the step, fresh at every step, and never stored.',
      zh: '你返回的状态里存的是修正后的 m̂ 和 v̂。状态必须保存未修正的滑动平均 m 和 v：1 − βᵗ 的修正只在计算本步更新时临时使用，每步重新计算，不能存回状态。',
    },
    edits: [
      {
        find: 'const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);',
        replace: 'const m = state.m.map((mi, i) => (beta1 * mi + (1 - beta1) * grad[i]) / (1 - beta1 ** t));',
      },
      {
        find: 'const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);',
        replace: 'const v = state.v.map((vi, i) => (beta2 * vi + (1 - beta2) * grad[i] * grad[i]) / (1 - beta2 ** t));',
      },
      { find: 'const mHat = m[i] / correction1;', replace: 'const mHat = m[i];' },
      { find: 'const vHat = v[i] / correction2;', replace: 'const vHat = v[i];' },
    ],
  },
  {
    name: 't-not-saved',
    hint: {
      en: 'The state you return keeps the old t. Return t = state.t + 1 in the new state: the next step needs it for its bias correction 1 − βᵗ.',
      zh: '你返回的状态里 t 还是旧值。新状态要返回 t = state.t + 1：下一步的偏差修正 1 − βᵗ 需要它。',
    },
    edits: [
      {
        find: 'return { theta: newTheta, state: { m, v, t } };',
        replace: 'return { theta: newTheta, state: { m, v, t: state.t } };',
      },
    ],
  },
]);
