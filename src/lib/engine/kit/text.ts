// Small pieces of grader text in both languages: a pair, a count of calls, a setting in brackets.
import type { Comparison } from '../compare';
import type { GraderText } from '../grader';
import type { Bilingual } from '../text';

/** A grader text in both languages: `text('a batch of one', '只有一个样本的批')`. */
export const text = (en: string, zh: string): Bilingual => ({ en, zh });

/** How often something was called: "once" / "3 times", "1 次" / "3 次". */
export const times = (n: number): Bilingual => ({ en: n === 1 ? 'once' : `${n} times`, zh: `${n} 次` });

/** What a shape mismatch says when the comparison has no text of its own. */
export const WRONG_SHAPE: Bilingual = { en: 'the result has the wrong shape', zh: '结果的形状不对' };

/**
 * A failed comparison with the setting it was made in: "<message> (lr = 0.1)" /
 * "<message>（lr = 0.1）"; a shape mismatch is said as the comparison says it (or WRONG_SHAPE).
 * `null` when the comparison passed.
 */
export function inSetting(cmp: Comparison, setting: Bilingual): GraderText | null {
  if (cmp.ok) return null;
  if (cmp.structural) return cmp.text ?? WRONG_SHAPE;
  return { en: `${cmp.message} (${setting.en})`, zh: `${cmp.messageZh ?? cmp.message}（${setting.zh}）` };
}
