import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'beta-swapped',
    hint: {
      en: 'You weight the new value by β and the past by (1 − β). It is the other way round: v_t = β·v_{t−1} + (1 − β)·θ_t, so a β close to 1 averages over many values (about 1/(1 − β)).',
      zh: '你给新值的权重是 β，给过去的权重是 (1 − β)，正好反了：v_t = β·v_{t−1} + (1 − β)·θ_t，β 接近 1 时是对很多个值（约 1/(1 − β) 个）求平均。',
    },
    edits: [
      {
        find: `let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: `let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = (1 - beta) * v + beta * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** t) : v);`,
      },
    ],
  },
  {
    name: 'corrected-value-fed-back',
    hint: {
      en: 'You store the bias-corrected value back into v and continue the recursion from it. The correction is only for the output: keep v_t = β·v_{t−1} + (1 − β)·θ_t uncorrected and return v_t / (1 − β^t).',
      zh: '你把偏差修正后的值存回 v，并用它继续递推。修正只作用于输出：递推用未修正的 v_t = β·v_{t−1} + (1 − β)·θ_t，返回 v_t / (1 − β^t)。',
    },
    edits: [
      {
        find: `let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: `let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    if (biasCorrection) v = v / (1 - beta ** t);
    out.push(v);`,
      },
    ],
  },
  {
    name: 'no-bias-correction-when-asked',
    hint: {
      en: 'With biasCorrection = true every output must be divided by (1 − β^t): v_t / (1 − β^t). Yours returns the raw v_t, which starts far too close to 0.',
      zh: 'biasCorrection = true 时，每个输出都要除以 (1 − β^t)：v_t / (1 − β^t)。你返回的是未修正的 v_t，它在开头离 0 太近。',
    },
    edits: [
      {
        find: `betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: 'out.push(v);',
      },
    ],
  },
  {
    name: 't-from-zero',
    hint: {
      en: 'Your bias correction uses β^i with the array index i = 0, 1, …, so the first output is divided by 1 − β^0 = 0. t counts from 1: divide the i-th output by 1 − β^(i+1).',
      zh: '你的偏差修正用了数组下标 i = 0, 1, … 作为指数，第一个输出被除以 1 − β^0 = 0。t 从 1 开始：第 i 个输出除以 1 − β^(i+1)。',
    },
    edits: [
      {
        find: `let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: `let v = 0;
  for (let i = 0; i < values.length; i++) {
    v = beta * v + (1 - beta) * values[i];
    out.push(biasCorrection ? v / (1 - beta ** i) : v);`,
      },
    ],
  },
  {
    name: 't-off-by-one',
    hint: {
      en: 'Your bias correction divides by 1 − β^(t+1): t counts the values from 1, so the first output is v_1 / (1 − β), which equals θ_1.',
      zh: '你的偏差修正除以了 1 − β^(t+1)：t 从 1 开始计数，所以第一个输出是 v_1 / (1 − β)，恰好等于 θ_1。',
    },
    edits: [
      {
        find: `let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: `let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** (t + 1)) : v);`,
      },
    ],
  },
  {
    name: 'v0-is-first-value',
    hint: {
      en: 'You start the average at the first value (v_0 = θ_1). The notes start at v_0 = 0: v_1 = (1 − β)·θ_1, which is why the bias correction is needed.',
      zh: '你把平均值的初值设成了第一个值（v_0 = θ_1）。笔记中初值是 v_0 = 0：v_1 = (1 − β)·θ_1，正因如此才需要偏差修正。',
    },
    edits: [
      {
        find: `let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);`,
        replace: `let v = values.length ? values[0] : 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** t) : v);`,
      },
    ],
  },
]);
