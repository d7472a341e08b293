import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'old-t-in-correction',
    hint: {
      en: 'Your correction uses the number of steps done before this one. Increment t first, then divide by 1 − β^t with the new t: the first step divides by 1 − β.',
      zh: '你的修正用的是本步之前已完成的步数。先把 t 加 1，再用新的 t 除以 1 − β^t：第一步除以 1 − β。',
    },
    edits: [{ find: 'const correction = 1 - beta ** t;', replace: 'const correction = 1 - beta ** (t + 1);' }],
  },
  {
    name: 'corrected-velocity-stored',
    hint: {
      en: 'You store the corrected velocity u/(1 − β^t) in the state. The correction is only for the update of θ: keep the uncorrected u in the state, or the next step corrects it twice.',
      zh: '你把修正后的速度 u/(1 − β^t) 存进了状态。修正只用于更新 θ：状态里保留未修正的 u，否则下一步会修正两次。',
    },
    edits: [{ find: 'return { theta: next, state: { u, t } };', replace: 'return { theta: next, state: { u: u.map((ui) => ui / correction), t } };' }],
  },
  {
    name: 'no-bias-correction',
    hint: {
      en: 'You move θ by lr·u without the bias correction. Divide by 1 − β^t (t the new step count): early steps are otherwise far too small, because u starts at 0.',
      zh: '你用 lr·u 更新 θ，没有做偏差修正。要除以 1 − β^t（t 为新的步数）：u 从 0 开始，否则最初几步会太小。',
    },
    edits: [{ find: 'th - (lr * u[i]) / correction', replace: 'th - lr * u[i]' }],
  },
  {
    name: 't-not-advanced',
    hint: {
      en: 'The state you return keeps the old t. Return the new step count (t + 1), so that the next step uses the right correction.',
      zh: '你返回的状态保留了旧的 t。应返回新的步数（t + 1），下一步才能用正确的修正。',
    },
    edits: [{ find: 'return { theta: next, state: { u, t } };', replace: 'return { theta: next, state: { u, t: state.t } };' }],
  },
]);
