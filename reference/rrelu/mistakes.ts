import { defineMistakes } from '../../src/lib/engine/mistakes';

const FIRST_U = `/** The first number of u: one slope for the whole tensor. */
function firstOf(u) {
  return Array.isArray(u) ? firstOf(u[0]) : u;
}

function checkMode(mode) {`;

export default defineMistakes([
  {
    name: 'random-at-eval',
    hint: {
      en: "In 'eval' mode you still draw the slope from u. At test time RReLU is deterministic: every element uses a = (lower + upper)/2 and u is ignored (it may be null).",
      zh: "在 'eval' 模式下你仍然用 u 抽取斜率。测试时 RReLU 是确定的：每个元素都用 a = (lower + upper)/2，u 被忽略（可能为 null）。",
    },
    edits: [{ find: "if (mode === 'train') return lower + (upper - lower) * u;", replace: 'if (u != null) return lower + (upper - lower) * u;' }],
  },
  {
    name: 'one-slope-per-tensor',
    hint: {
      en: "You draw one slope for the whole input. In 'train' mode every element has its own slope, from the u at the same position: a = lower + (upper − lower)·u[i][j].",
      zh: "你为整个输入只抽取了一个斜率。在 'train' 模式下每个元素都有自己的斜率，取自相同位置的 u：a = lower + (upper − lower)·u[i][j]。",
    },
    edits: [
      { find: 'function checkMode(mode) {', replace: FIRST_U },
      { find: 'return elementwise(z, u, (x, ui) => (x >= 0 ? x : slope(mode, ui, lower, upper) * x));', replace: 'return elementwise(z, u, (x) => (x >= 0 ? x : slope(mode, firstOf(u), lower, upper) * x));' },
      { find: 'return elementwise(z, u, (x, ui) => (x > 0 ? 1 : slope(mode, ui, lower, upper)));', replace: 'return elementwise(z, u, (x) => (x > 0 ? 1 : slope(mode, firstOf(u), lower, upper)));' },
    ],
  },
  {
    name: 'grad-one-at-zero',
    hint: {
      en: 'Your derivative is 1 at z = 0. Like PyTorch (and leakyReluGrad in `activations`), rreluGrad gives 1 only where z > 0 and the slope a elsewhere, so a at exactly 0.',
      zh: '你的导数在 z = 0 处为 1。与 PyTorch（以及 `activations` 中的 leakyReluGrad）一样，rreluGrad 只在 z > 0 处为 1，其余为斜率 a，所以在 0 处恰为 a。',
    },
    edits: [{ find: '(x > 0 ? 1 : slope(mode, ui, lower, upper))', replace: '(x >= 0 ? 1 : slope(mode, ui, lower, upper))' }],
  },
  {
    name: 'slope-without-range',
    hint: {
      en: 'Your slope is lower + upper·u. A uniform number in [lower, upper) is lower + (upper − lower)·u: at u = 0 it is lower, and it approaches upper as u approaches 1.',
      zh: '你的斜率是 lower + upper·u。[lower, upper) 上的均匀数是 lower + (upper − lower)·u：u = 0 时为 lower，u 趋近 1 时趋近 upper。',
    },
    edits: [{ find: 'return lower + (upper - lower) * u;', replace: 'return lower + upper * u;' }],
  },
]);
