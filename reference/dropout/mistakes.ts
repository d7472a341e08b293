import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'mask-inverted',
    hint: {
      en: 'Your mask is the wrong way round: it keeps units where u > keepProb. Keep a unit where u < keepProb (mask 1), drop it otherwise (mask 0) — then keepProb 1 keeps everything.',
      zh: '你的掩码方向反了：它在 u > keepProb 时保留单元。应当在 u < keepProb 时保留（掩码为 1），否则丢弃（掩码为 0）——这样 keepProb 为 1 时全部保留。',
    },
    edits: [
      {
        find: 'const mask = u.map((row) => row.map((x) => (x < keepProb ? 1 : 0)));',
        replace: 'const mask = u.map((row) => row.map((x) => (x > keepProb ? 1 : 0)));',
      },
    ],
  },
  {
    name: 'mask-le',
    hint: {
      en: 'Your mask keeps a unit when u ≤ keepProb. The rule is strict: keep when u < keepProb, so u exactly equal to keepProb is dropped (and P(keep) is exactly keepProb).',
      zh: '你的掩码在 u ≤ keepProb 时保留单元。规则是严格不等式：u < keepProb 才保留，u 恰好等于 keepProb 时要丢弃（这样保留概率恰好是 keepProb）。',
    },
    edits: [
      {
        find: 'const mask = u.map((row) => row.map((x) => (x < keepProb ? 1 : 0)));',
        replace: 'const mask = u.map((row) => row.map((x) => (x <= keepProb ? 1 : 0)));',
      },
    ],
  },
  {
    name: 'not-inverted',
    hint: {
      en: 'Your dropout is not inverted: after zeroing the dropped units, divide the kept ones by keepProb (out = A·mask / keepProb) so the expected activation stays the same.',
      zh: '你的 dropout 没有做“反向缩放”：把丢弃的单元置零后，还要把保留的单元除以 keepProb（out = A·mask / keepProb），这样激活值的期望才保持不变。',
    },
    edits: [
      {
        find: 'const out = A.map((row, i) => row.map((a, j) => (mask[i][j] === 1 ? a / keepProb : 0)));',
        replace: 'const out = A.map((row, i) => row.map((a, j) => a * mask[i][j]));',
      },
    ],
  },
]);
