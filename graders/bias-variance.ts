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
      name: 'speech recognition: human 10.6%, training 10.8%, cross-validation 14.8% (the worked example)',
      call: 'diagnose',
      args: [errors(10.6, 10.8, 14.8), 1],
    },
    {
      id: 'speech-high-bias',
      kind: 'example',
      name: 'speech recognition: human 10.6%, training 15.0%, cross-validation 15.5%',
      call: 'diagnose',
      args: [errors(10.6, 15.0, 15.5), 1],
    },
    {
      id: 'speech-both',
      kind: 'example',
      name: 'speech recognition: human 10.6%, training 15.0%, cross-validation 19.7%',
      call: 'diagnose',
      args: [errors(10.6, 15.0, 19.7), 1],
    },
    { id: 'speech-good', kind: 'hidden', name: 'speech recognition: human 10.6%, training 10.8%, cross-validation 11.2%', call: 'diagnose', args: [errors(10.6, 10.8, 11.2), 1] },
    {
      id: 'bias-vs-baseline-not-cv',
      kind: 'hidden',
      name: 'training close to the baseline, cross-validation far above both',
      call: 'diagnose',
      args: [errors(1, 1.5, 3), 1],
    },
    {
      id: 'variance-vs-train-not-baseline',
      kind: 'hidden',
      name: 'each gap below the tolerance, but cross-validation far above the baseline',
      call: 'diagnose',
      args: [errors(1, 1.5, 2.25), 1],
    },
    {
      id: 'bias-only-cv-far-from-baseline',
      kind: 'hidden',
      name: 'a large bias gap and a small variance gap',
      call: 'diagnose',
      args: [errors(1, 2.5, 3), 1],
    },
    {
      id: 'fractions-not-percent',
      kind: 'hidden',
      name: 'errors as fractions (0.02 baseline, 0.03 training, 0.09 cross-validation), tolerance 0.02',
      call: 'diagnose',
      args: [errors(0.02, 0.03, 0.09), 0.02],
    },
    {
      id: 'bias-at-tolerance',
      kind: 'edge',
      name: 'bias gap exactly equal to the tolerance (0.75 − 0.5 = 0.25): not flagged',
      call: 'diagnose',
      args: [errors(0.5, 0.75, 0.875), 0.25],
    },
    {
      id: 'variance-at-tolerance',
      kind: 'edge',
      name: 'variance gap exactly equal to the tolerance (0.5 − 0.25 = 0.25): not flagged',
      call: 'diagnose',
      args: [errors(0.125, 0.25, 0.5), 0.25],
    },
    {
      id: 'both-at-tolerance',
      kind: 'edge',
      name: 'both gaps exactly equal to the tolerance: good',
      call: 'diagnose',
      args: [errors(0.25, 0.5, 0.75), 0.25],
    },
    {
      id: 'bias-above-variance-at',
      kind: 'edge',
      name: 'bias gap 0.25 above a tolerance of 0.125, variance gap exactly 0.125',
      call: 'diagnose',
      args: [errors(0.5, 0.75, 0.875), 0.125],
    },
    {
      id: 'both-flagged',
      kind: 'edge',
      name: 'both gaps above the tolerance',
      call: 'diagnose',
      args: [errors(0.125, 0.5, 1), 0.25],
    },
    {
      id: 'neither-flagged',
      kind: 'edge',
      name: 'both gaps below the tolerance',
      call: 'diagnose',
      args: [errors(0.25, 0.375, 0.5), 0.25],
    },
    {
      id: 'train-below-baseline',
      kind: 'edge',
      name: 'training error below the baseline (a negative bias gap)',
      call: 'diagnose',
      args: [errors(8, 5, 5.5), 1],
    },
    {
      id: 'cv-below-train',
      kind: 'edge',
      name: 'cross-validation error below the training error (a negative variance gap)',
      call: 'diagnose',
      args: [errors(1, 1.25, 0), 0.5],
    },
    {
      id: 'zero-tolerance-equal',
      kind: 'edge',
      name: 'tolerance 0 and three equal errors: good',
      call: 'diagnose',
      args: [errors(0.5, 0.5, 0.5), 0],
    },
    {
      id: 'zero-tolerance-bias',
      kind: 'edge',
      name: 'tolerance 0: any positive bias gap counts',
      call: 'diagnose',
      args: [errors(0.5, 0.625, 0.625), 0],
    },
    {
      id: 'zero-baseline',
      kind: 'edge',
      name: 'a baseline of 0 (a perfect score is achievable)',
      call: 'diagnose',
      args: [errors(0, 0.0625, 0.5), 0.25],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random errors (multiples of 1/64, so some gaps land exactly on the tolerance)',
      call: 'diagnose',
      count: 24,
      generate: dyadic,
    },
  ],
});
