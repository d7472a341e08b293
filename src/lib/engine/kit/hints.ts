// Hints and reasons several graders give in the same words: numerically stable sigmoid and
// softmax, and the mutants of a stable sigmoid that compute the same thing.
import type { Bilingual } from '../text';

/** nonFiniteHint for a sigmoid that computed e^z for large z. */
export const STABLE_SIGMOID: Bilingual = {
  en: 'e^z overflowed: compute σ(z) as 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0',
  zh: 'e^z 溢出了：z ≥ 0 时按 1/(1 + e^−z)、z < 0 时按 e^z/(1 + e^z) 计算 σ(z)',
};

/** nonFiniteHint for gated recurrent cells (GRU, LSTM): a stable sigmoid and Math.tanh. */
export const STABLE_GATES: Bilingual = {
  en: 'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): compute σ(z) as 1 / (1 + e^−z) for z ≥ 0 and e^z / (1 + e^z) for z < 0, and use Math.tanh',
  zh: 'exp 溢出了（e^1000 = Infinity，Infinity/Infinity = NaN）：z ≥ 0 时按 1 / (1 + e^−z)、z < 0 时按 e^z / (1 + e^z) 计算 σ(z)，并使用 Math.tanh',
};

/**
 * nonFiniteHint for a softmax that exponentiated unshifted values, naming what is shifted:
 * `softmaxShift({ en: 'score', zh: '分数' })` → "…subtract the largest score from every score…".
 * A Latin word in the Chinese text is set off by spaces ("每个 logit 减去最大的 logit").
 */
export function softmaxShift(what: Bilingual): Bilingual {
  const zh = /[A-Za-z]/.test(what.zh) ? ` ${what.zh} ` : what.zh;
  return {
    en: `exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): subtract the largest ${what.en} from every ${what.en} before exponentiating`,
    zh: `exp 溢出了（e^1000 = Infinity，Infinity/Infinity = NaN）：取指数前先让每个${zh}减去最大的${zh.trimEnd()}`,
  };
}

/**
 * The equivalent mutants of a stable sigmoid written `z >= 0 ? 1 / (1 + Math.exp(-z)) : …` whose
 * condition starts at column 9 of reference line `line`: `>=` → `>` and `0` → `1` compute the same.
 * Spread into a grader's `equivalentMutants`.
 */
export const stableSigmoidMutants = (line: number): Record<string, string> => ({
  [`boundary ${line}:9 >= → >`]: 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
  [`constant ${line}:12 0 → 1`]: 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
});
