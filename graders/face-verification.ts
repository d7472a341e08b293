import { defineGrader } from '../src/lib/engine/grader';
import { text } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

// Distances, verification with d = τ exactly, identification (nearest entry, ties to the earliest,
// the τ test, a person with several entries, an empty database) and the threshold search (ties in
// accuracy to the smallest τ, candidates out of order). Every input whose comparison can tie is
// made of multiples of 1/8, so distances are exact in binary. Which known mistake a learner made
// is recognised from reference/face-verification/mistakes.ts.


const DB = [
  { name: 'ana', embedding: [0, 1] },
  { name: 'ben', embedding: [2, 0] },
  { name: 'ana', embedding: [0.5, 1.5] },
];
const DB_TIE = [
  { name: 'cleo', embedding: [1, 2, 0] },
  { name: 'dev', embedding: [0, 0, 1] },
  { name: 'eli', embedding: [1, 0, 2] },
  { name: 'fay', embedding: [-1, 1, 1] },
];
const PAIRS_A = [
  [0, 0],
  [1, 1],
  [0, 1],
  [2, 0],
];
const PAIRS_B = [
  [0, 1],
  [1, 1.5],
  [2, 1],
  [0, 0],
];
const PAIRS_SAME = [true, true, false, true];

/** A multiple of 1/8 in [−2, 2]: sums of squares of differences stay exact. */
const eighth = (rng: Rng) => rng.int(-16, 16) / 8;
const encoding = (rng: Rng, d: number) => Array.from({ length: d }, () => eighth(rng));

function randomPairs(rng: Rng): unknown[] {
  const m = rng.int(1, 9);
  const d = rng.int(1, 4);
  const A = Array.from({ length: m }, () => encoding(rng, d));
  // same-person pairs are small perturbations, others independent: distances overlap a little
  const same = Array.from({ length: m }, () => rng.random() < 0.5);
  const B = A.map((a, i) => (same[i] ? a.map((v) => v + rng.int(-3, 3) / 8) : encoding(rng, d)));
  if (rng.random() < 0.3) {
    const k = rng.int(0, m - 1); // a mislabelled pair now and then
    same[k] = !same[k];
  }
  return [A, B, same];
}

function randomDatabase(rng: Rng): unknown[] {
  const d = rng.int(1, 3);
  const names = ['ana', 'ben', 'cleo', 'dev'];
  const db = Array.from({ length: rng.int(1, 6) }, () => ({ name: rng.pick(names), embedding: encoding(rng, d) }));
  return [encoding(rng, d), db, rng.int(0, 12) / 4];
}

export default defineGrader({
  checks: [
    { id: 'distance-example', kind: 'example', name: text('the squared distance between [1, 2, 0] and [0, 0.5, 2]', '[1, 2, 0] 与 [0, 0.5, 2] 之间的平方距离'), call: 'embeddingDistance', args: [[1, 2, 0], [0, 0.5, 2]] },
    { id: 'verify-example', kind: 'example', name: text('verify at d = τ = 1.25: the same person', 'd = τ = 1.25 时的 verify：是同一个人'), call: 'verify', args: [[1, 0.5], [0, 0], 1.25] },
    { id: 'identify-example', kind: 'example', name: text('the worked example: [0.5, 1] against ana, ben, ana with τ = 0.5', '例子：[0.5, 1] 与 ana、ben、ana 比较，τ = 0.5'), call: 'identify', args: [[0.5, 1], DB, 0.5] },
    { id: 'identify-unknown-example', kind: 'example', name: text('the worked example with τ = 0.125: too far from everyone', '例子，τ = 0.125：与所有人都太远'), call: 'identify', args: [[0.5, 1], DB, 0.125] },
    { id: 'threshold-example', kind: 'example', name: text('the worked example: 4 labelled pairs, accuracy tied at τ = 1 and τ = 4', '例子：4 对带标签的样本，τ = 1 与 τ = 4 的准确率相同'), call: 'pickThreshold', args: [PAIRS_A, PAIRS_B, PAIRS_SAME] },

    { id: 'distance-long', kind: 'hidden', name: text('the distance between two 6-dimensional encodings', '两个 6 维编码之间的距离'), call: 'embeddingDistance', args: [[0.3, -1.2, 2.5, 0, 0.7, -0.4], [1.1, 0.4, -0.5, 0.25, 0.7, 2]] },
    { id: 'verify-far', kind: 'hidden', name: text('verify a pair just beyond τ', '距离刚好超过 τ 的一对'), call: 'verify', args: [[1, 0.5], [0, 0], 1.125] },
    { id: 'verify-near', kind: 'hidden', name: text('verify a close pair (d = 0.3125, τ = 0.5)', '一对接近的编码（d = 0.3125，τ = 0.5）'), call: 'verify', args: [[0.5, 0.25, 0], [0.25, -0.25, 0], 0.5] },
    { id: 'identify-nearest-not-first', kind: 'hidden', name: text('the nearest entry is not the first one within τ', '最近的条目不是第一个在 τ 以内的'), call: 'identify', args: [[0.5, 0.5, 1.25], DB_TIE, 5] },
    { id: 'identify-tie', kind: 'hidden', name: text('two different people at exactly the same distance: the earlier entry', '两个不同的人距离完全相同：取靠前的条目'), call: 'identify', args: [[0.5, 0.5, 1.5], DB_TIE, 2] },
    { id: 'identify-second-entry', kind: 'hidden', name: text("a person's second entry is the nearest", '某人的第二个条目是最近的'), call: 'identify', args: [[0.5, 2], DB, 1] },
    { id: 'pairs-mislabelled', kind: 'hidden', name: text('6 pairs where no threshold classifies all of them', '6 对样本，没有阈值能把它们全部分对'), call: 'pickThreshold', args: [[[0, 0], [1, 0], [0, 2], [1, 1], [3, 0], [0.5, 0.5]], [[0, 0.5], [1, 1.5], [0, 0], [0, 0], [0, 0], [0.5, 0.5]], [true, false, false, true, false, false]] },

    { id: 'verify-zero-distance', kind: 'edge', name: text('identical encodings with τ = 0: d = 0 ≤ 0', '相同的编码且 τ = 0：d = 0 ≤ 0'), call: 'verify', args: [[0.25, -1], [0.25, -1], 0] },
    { id: 'identify-at-tau', kind: 'edge', name: text('the nearest entry exactly at d = τ counts', '最近条目恰好在 d = τ 处也算'), call: 'identify', args: [[0.5, 1], DB, 0.25] },
    { id: 'identify-empty', kind: 'edge', name: text("an empty database: 'unknown'", "空数据库：'unknown'"), call: 'identify', args: [[1, 2], [], 1] },
    { id: 'identify-empty-infinite-tau', kind: 'edge', name: text("an empty database with τ = Infinity: still 'unknown'", "空数据库且 τ = Infinity：仍为 'unknown'"), call: 'identify', args: [[1, 2], [], Infinity] },
    { id: 'identify-one-entry', kind: 'edge', name: text('a database of one entry', '只有一个条目的数据库'), call: 'identify', args: [[0, 0, 0], [{ name: 'gus', embedding: [1, 1, 1] }], 3] },
    { id: 'threshold-one-pair', kind: 'edge', name: text('a single pair of different people: the only candidate, accuracy 0', '只有一对不同的人：唯一的候选，准确率 0'), call: 'pickThreshold', args: [[[1, 1]], [[0, 0]], [false]] },
    { id: 'threshold-all-same', kind: 'edge', name: text('every pair the same person: the largest distance classifies all', '每对都是同一个人：最大距离能把全部分对'), call: 'pickThreshold', args: [[[0, 0], [1, 2], [0.5, 0]], [[0, 1], [1, 0], [0, 0]], [true, true, true]] },
    { id: 'threshold-equal-distances', kind: 'edge', name: text('equal distances: the accuracy counts every pair at d = τ as the same person', '距离相等：d = τ 的每一对都算作同一个人'), call: 'pickThreshold', args: [[[1, 0], [0, 1], [2, 0], [0, 0]], [[0, 0], [0, 0], [1, 0], [0, 0.5]], [true, true, false, true]] },

    {
      id: 'threshold-is-a-distance',
      kind: 'property',
      name: text('the threshold is one of the pair distances and its accuracy is a multiple of 1/m', '阈值是某一对的距离，准确率是 1/m 的倍数'),
      call: 'pickThreshold',
      args: [[[0, 0], [1, 0], [0, 2], [1, 1], [3, 0]], [[0, 0.5], [1, 1.5], [0, 0], [0, 0], [0, 0]], [true, true, false, true, false]],
      property: ({ got, args }) => {
        const [A, B] = args as [number[][], number[][]];
        const g = got as { tau?: unknown; accuracy?: unknown };
        if (!g || typeof g.tau !== 'number' || typeof g.accuracy !== 'number') return null; // the value comparison reports it
        const d = A.map((a, i) => a.reduce((s, v, j) => s + (v - B[i][j]) ** 2, 0));
        if (!d.includes(g.tau)) return text(`τ = ${g.tau} is not one of the pair distances ${d.join(', ')}`, `τ = ${g.tau} 不是某一对的距离 ${d.join(', ')}`);
        const k = g.accuracy * A.length;
        if (Math.abs(k - Math.round(k)) > 1e-9) return text(`accuracy ${g.accuracy} is not a count of right pairs divided by m = ${A.length}`, `准确率 ${g.accuracy} 不是分对的数目除以 m = ${A.length}`);
        return null;
      },
    },
    {
      id: 'random-distance',
      kind: 'random',
      name: text('random encodings: the distance', '随机编码：距离'),
      call: 'embeddingDistance',
      count: 4,
      generate: (rng) => {
        const d = rng.int(1, 8);
        return [rng.vector(d, -2, 2), rng.vector(d, -2, 2)];
      },
    },
    {
      id: 'random-verify',
      kind: 'random',
      name: text('random pairs and thresholds: verify', '随机的编码对与阈值：verify'),
      call: 'verify',
      count: 5,
      generate: (rng) => {
        const d = rng.int(1, 4);
        return [encoding(rng, d), encoding(rng, d), rng.int(0, 16) / 4];
      },
    },
    { id: 'random-identify', kind: 'random', name: text('random databases: identify', '随机数据库：identify'), call: 'identify', count: 8, generate: randomDatabase },
    { id: 'random-threshold', kind: 'random', name: text('random labelled pairs: pickThreshold', '随机的带标签编码对：pickThreshold'), call: 'pickThreshold', count: 8, generate: randomPairs },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'negation 11:18 a[j] - b[j] → -(a[j] - b[j])': 'the difference is squared, so its sign does not matter',
    'arguments 26:28 a, b → b, a': 'the squared distance is symmetric and both encodings have d entries',
    'arguments 41:33 emb, entry.embedding → entry.embedding, emb': 'the squared distance is symmetric and both encodings have d entries',
    'arguments 61:55 a, B[i] → B[i], a': 'the squared distance is symmetric and both encodings have d entries',
    'constant 63:23 1 → 0': 'accuracy ≥ 0, and an accuracy of 0 equals −0 with a finite τ < Infinity: the first candidate is taken either way',
    'constant 63:23 1 → 2': 'accuracy ≥ 0 > −1 > −2: the first candidate is taken either way',
    'boundary 66:23 < → <=': 'at i = m, (undefined <= tau) === undefined is false: nothing is counted',
    'boundary 68:70 < → <=': 'equal accuracy and equal τ replace bestTau with the same value',
  },
});
