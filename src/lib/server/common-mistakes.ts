// Mistakes common to several exercises, written once with their hints in both languages.
// Server only (hidden like the references): nothing here may reach the browser.
//
// An exercise gets a common mistake two ways:
// - it opts in from its mistakes.ts, with its own edits and the library's hint:
//     { common: 'forgot-bias', edits: [{ find: 'z += b;', replace: '' }] }
// - or automatically, where one of the library's rewrites applies to its solution exactly once
//   (the rewritten solution becomes a mistake `common-<name>`, unless an exercise's own mistake
//   is already that very program). An exercise's own mistake wins a tie in recognition.
import type { LocalizedText } from '../engine/types';

export interface CommonMistake {
  /** `[a-z0-9-]+`; the mistake's id is `common-<name>`. */
  name: string;
  hint: LocalizedText & { zh: string };
  /** Rewrites of a solution that make this slip; each applies only where it matches exactly once. */
  rewrites: { find: RegExp; replace: string }[];
}

export const COMMON_MISTAKES: CommonMistake[] = [
  {
    name: 'sigmoid-sign',
    hint: {
      en: 'The sign of the exponent in your sigmoid is flipped: 1 / (1 + e^z) falls as z grows. The sigmoid is σ(z) = 1 / (1 + e^−z), which tends to 1 for large z.',
      zh: '你的 sigmoid 中指数的符号反了：1 / (1 + e^z) 随 z 增大而减小。sigmoid 是 σ(z) = 1 / (1 + e^−z)，z 很大时趋于 1。',
    },
    rewrites: [{ find: /(1\s*\/\s*\(\s*1\s*\+\s*Math\.exp\(\s*)-\s*/g, replace: '$1' }],
  },
  {
    name: 'sigmoid-minus',
    hint: {
      en: 'Your sigmoid has 1 − e^−z in the denominator: it is σ(z) = 1 / (1 + e^−z), with a plus.',
      zh: '你的 sigmoid 分母写成了 1 − e^−z：正确的是 σ(z) = 1 / (1 + e^−z)，是加号。',
    },
    rewrites: [{ find: /(1\s*\/\s*\(\s*1\s*)\+(\s*Math\.exp\(\s*-)/g, replace: '$1-$2' }],
  },
  {
    name: 'forgot-bias',
    hint: {
      en: 'The bias is left out: every pre-activation is z = w·x + b (or W·a + b), and your values miss the + b.',
      zh: '漏掉了偏置：每个预激活值都是 z = w·x + b（或 W·a + b），你的结果少了 + b。',
    },
    rewrites: [{ find: /\s*\+\s*b(\[[\w$]+\])?(?![\w$.[])/g, replace: '' }],
  },
  {
    name: 'activation-before-bias',
    hint: {
      en: 'The bias is added after the activation: the activation applies to the whole pre-activation, g(W·a + b), not g(W·a) + b.',
      zh: '偏置加在了激活之后：激活作用于整个预激活值 g(W·a + b)，而不是 g(W·a) + b。',
    },
    rewrites: [{ find: /\b(sigmoid|relu|tanh|Math\.tanh)\(([^()]*?(?:\([^()]*\)[^()]*?)*)\s*\+\s*(b(?:\[[\w$]+\])?)\)/g, replace: '$1($2) + $3' }],
  },
  {
    name: 'missing-sqrt',
    hint: {
      en: 'A square root is missing: the squared norm Σ x² where the norm ‖x‖ = √(Σ x²) is expected, or v where √v is expected (a root mean square, a standard deviation, the √d scale).',
      zh: '漏了平方根：该用范数 ‖x‖ = √(Σ x²) 的地方用了平方范数 Σ x²，或该用 √v 的地方用了 v（均方根、标准差、√d 缩放）。',
    },
    rewrites: [{ find: /Math\.sqrt(?=\()/g, replace: '' }],
  },
  {
    name: 'label-ignored',
    hint: {
      en: 'Your loss only counts one label: the cross-entropy has a term for each, −[y·log p + (1 − y)·log(1 − p)], and the (1 − y) term is missing.',
      zh: '你的损失只考虑了一种标签：交叉熵对两种标签各有一项，−[y·log p + (1 − y)·log(1 − p)]，你漏掉了 (1 − y) 那一项。',
    },
    rewrites: [{ find: /\s*\+\s*\(\s*1\s*-\s*y(?:\[[\w$]+\])?\s*\)\s*\*\s*Math\.log\((?:[^()]|\([^()]*\))*\)/g, replace: '' }],
  },
];

export const commonMistake = (name: string): CommonMistake | undefined => COMMON_MISTAKES.find((m) => m.name === name);

/** The solution with one of the library's rewrites applied, where it matches exactly once; else null. */
export function applyRewrite(solution: string, rewrite: CommonMistake['rewrites'][number]): string | null {
  const matches = solution.match(rewrite.find);
  if (!matches || matches.length !== 1) return null;
  const out = solution.replace(rewrite.find, rewrite.replace);
  return out === solution ? null : out;
}
