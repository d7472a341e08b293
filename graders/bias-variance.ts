import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const errors = (baseline: number, trainError: number, cvError: number) => ({ baseline, trainError, cvError });

/** Multiples of 1/64: every difference is exact in binary, so gaps equal to the tolerance stay exact. */
function dyadic(rng: Rng): unknown[] {
  const baseline = rng.int(0, 64) / 64;
  const trainError = baseline + rng.int(-8, 40) / 64;
  const cvError = trainError + rng.int(-8, 40) / 64;
  return [errors(baseline, trainError, cvError), rng.int(0, 16) / 64];
}

export default defineGrader({
  checks: [
    {
      id: 'speech-high-variance',
      kind: 'example',
      name: { en: 'speech recognition: human 10.6%, training 10.8%, cross-validation 14.8% (the worked example)', zh: '语音识别：人类 10.6%，训练 10.8%，交叉验证 14.8%（题中例子）' },
      call: 'diagnose',
      args: [errors(10.6, 10.8, 14.8), 1],
    },
    {
      id: 'speech-high-bias',
      kind: 'example',
      name: { en: 'speech recognition: human 10.6%, training 15.0%, cross-validation 15.5%', zh: '语音识别：人类 10.6%，训练 15.0%，交叉验证 15.5%' },
      call: 'diagnose',
      args: [errors(10.6, 15.0, 15.5), 1],
    },
    {
      id: 'speech-both',
      kind: 'example',
      name: { en: 'speech recognition: human 10.6%, training 15.0%, cross-validation 19.7%', zh: '语音识别：人类 10.6%，训练 15.0%，交叉验证 19.7%' },
      call: 'diagnose',
      args: [errors(10.6, 15.0, 19.7), 1],
    },
    { id: 'speech-good', kind: 'hidden', name: { en: 'speech recognition: human 10.6%, training 10.8%, cross-validation 11.2%', zh: '语音识别：人类 10.6%，训练 10.8%，交叉验证 11.2%' }, call: 'diagnose', args: [errors(10.6, 10.8, 11.2), 1] },
    {
      id: 'bias-vs-baseline-not-cv',
      kind: 'hidden',
      name: { en: 'training close to the baseline, cross-validation far above both', zh: '训练误差接近基准，交叉验证误差远高于两者' },
      call: 'diagnose',
      args: [errors(1, 1.5, 3), 1],
    },
    {
      id: 'variance-vs-train-not-baseline',
      kind: 'hidden',
      name: { en: 'each gap below the tolerance, but cross-validation far above the baseline', zh: '每个差距都低于容差，但交叉验证误差远高于基准' },
      call: 'diagnose',
      args: [errors(1, 1.5, 2.25), 1],
    },
    {
      id: 'bias-only-cv-far-from-baseline',
      kind: 'hidden',
      name: { en: 'a large bias gap and a small variance gap', zh: '偏差差距大，方差差距小' },
      call: 'diagnose',
      args: [errors(1, 2.5, 3), 1],
    },
    {
      id: 'fractions-not-percent',
      kind: 'hidden',
      name: { en: 'errors as fractions (0.02 baseline, 0.03 training, 0.09 cross-validation), tolerance 0.02', zh: '以小数表示的误差（基准 0.02、训练 0.03、交叉验证 0.09），容差 0.02' },
      call: 'diagnose',
      args: [errors(0.02, 0.03, 0.09), 0.02],
    },
    {
      id: 'bias-at-tolerance',
      kind: 'edge',
      name: { en: 'bias gap exactly equal to the tolerance (0.75 − 0.5 = 0.25): not flagged', zh: '偏差差距恰好等于容差（0.75 − 0.5 = 0.25）：不标记' },
      call: 'diagnose',
      args: [errors(0.5, 0.75, 0.875), 0.25],
    },
    {
      id: 'variance-at-tolerance',
      kind: 'edge',
      name: { en: 'variance gap exactly equal to the tolerance (0.5 − 0.25 = 0.25): not flagged', zh: '方差差距恰好等于容差（0.5 − 0.25 = 0.25）：不标记' },
      call: 'diagnose',
      args: [errors(0.125, 0.25, 0.5), 0.25],
    },
    {
      id: 'both-at-tolerance',
      kind: 'edge',
      name: { en: 'both gaps exactly equal to the tolerance: good', zh: '两个差距都恰好等于容差：结果为 \'good\'' },
      call: 'diagnose',
      args: [errors(0.25, 0.5, 0.75), 0.25],
    },
    {
      id: 'bias-above-variance-at',
      kind: 'edge',
      name: { en: 'bias gap 0.25 above a tolerance of 0.125, variance gap exactly 0.125', zh: '偏差差距 0.25 高于容差 0.125，方差差距恰好为 0.125' },
      call: 'diagnose',
      args: [errors(0.5, 0.75, 0.875), 0.125],
    },
    {
      id: 'both-flagged',
      kind: 'edge',
      name: { en: 'both gaps above the tolerance', zh: '两个差距都高于容差' },
      call: 'diagnose',
      args: [errors(0.125, 0.5, 1), 0.25],
    },
    {
      id: 'neither-flagged',
      kind: 'edge',
      name: { en: 'both gaps below the tolerance', zh: '两个差距都低于容差' },
      call: 'diagnose',
      args: [errors(0.25, 0.375, 0.5), 0.25],
    },
    {
      id: 'train-below-baseline',
      kind: 'edge',
      name: { en: 'training error below the baseline (a negative bias gap)', zh: '训练误差低于基准（偏差差距为负）' },
      call: 'diagnose',
      args: [errors(8, 5, 5.5), 1],
    },
    {
      id: 'cv-below-train',
      kind: 'edge',
      name: { en: 'cross-validation error below the training error (a negative variance gap)', zh: '交叉验证误差低于训练误差（方差差距为负）' },
      call: 'diagnose',
      args: [errors(1, 1.25, 0), 0.5],
    },
    {
      id: 'zero-tolerance-equal',
      kind: 'edge',
      name: { en: 'tolerance 0 and three equal errors: good', zh: '容差 0，三个误差相等：结果为 \'good\'' },
      call: 'diagnose',
      args: [errors(0.5, 0.5, 0.5), 0],
    },
    {
      id: 'zero-tolerance-bias',
      kind: 'edge',
      name: { en: 'tolerance 0: any positive bias gap counts', zh: '容差 0：任何正的偏差差距都算' },
      call: 'diagnose',
      args: [errors(0.5, 0.625, 0.625), 0],
    },
    {
      id: 'zero-baseline',
      kind: 'edge',
      name: { en: 'a baseline of 0 (a perfect score is achievable)', zh: '基准为 0（可以达到满分）' },
      call: 'diagnose',
      args: [errors(0, 0.0625, 0.5), 0.25],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random errors (multiples of 1/64, so some gaps land exactly on the tolerance)', zh: '随机误差（1/64 的倍数，所以有些差距恰好落在容差上）' },
      call: 'diagnose',
      count: 24,
      generate: dyadic,
    },
  ],
});
