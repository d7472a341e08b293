// Findings for paths: a list of states, one per step of an iterated update (optimizers, runs).
import { compareValues, type Tolerance } from '../compare';
import type { GraderText } from '../grader';
import type { Bilingual } from '../text';

/**
 * Compare a learner's path with the reference's and name the first wrong step and the setting:
 * "step 3 (steps 1–2 are right) of 8, lr = 0.1: <what differs>". A path of the wrong length is
 * said as the comparison says it. `null` when the paths agree.
 */
export function explainPath(got: unknown, expected: unknown, tol: Tolerance, setting: Bilingual): GraderText | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const want = expected as unknown[];
  if (!Array.isArray(got) || got.length !== want.length) return cmp.text ?? { en: 'the path has the wrong shape', zh: '路径的形状不对' };
  let k = 0;
  while (k < want.length && compareValues(got[k], want[k], tol).ok) k++;
  const step = compareValues(got[k], want[k], tol);
  const first =
    k === 0
      ? { en: 'step 1', zh: '第 1 步' }
      : {
          en: `step ${k + 1} (${k === 1 ? 'step 1 is' : `steps 1–${k} are`} right)`,
          zh: `第 ${k + 1} 步（${k === 1 ? '第 1 步' : `第 1–${k} 步`}是对的）`,
        };
  return {
    en: `${first.en} of ${want.length}, ${setting.en}: ${step.message}`,
    zh: `共 ${want.length} 步中的${first.zh}，${setting.zh}：${step.messageZh ?? step.message}`,
  };
}
