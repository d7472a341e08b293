import { compareValues, DEFAULT_TOLERANCE, describeShape } from '../src/lib/engine/compare';
import { type CallLog, type CheckDef, defineGrader, type GraderText, HostFn } from '../src/lib/engine/grader';
import { times } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';
import { describeDrawOrder, describeGaussianSummary, detectDrawOrder, GAUSSIAN_SOURCE, num, listRandn, randnArg, replay, SAMPLE_SUMMARY_SOURCE, type SampleSummary } from '../src/lib/engine/statistics';
import { joinText } from '../src/lib/engine/text';

// Exact checks replay the learner's randn stream and explain a wrong matrix: right numbers in
// another order (column by column, reversed, transposed…), or the right order with a wrong
// scale (by how much; which known mistake it is, is recognised from mistakes.ts). Statistical
// checks judge a large draw by its mean and variance alone (confidence bands of
// src/lib/engine/statistics.ts), so a learner who only draws in another order passes those and
// is told precisely what is left.

type Scheme = 'zeros' | 'small' | 'xavier' | 'he' | 'glorot';
const RANDOM_SCHEMES = ['small', 'xavier', 'he', 'glorot'] as const;

/** The target variance of each scheme, as a number and as the learner reads it. */
function target(scheme: Scheme, nIn: number, nOut: number): { v: number; text: string } {
  switch (scheme) {
    case 'zeros':
      return { v: 0, text: '0' };
    case 'small':
      return { v: 1e-4, text: '0.01² = 1e-4' };
    case 'xavier':
      return { v: 1 / nIn, text: `1/nIn = 1/${nIn}` };
    case 'he':
      return { v: 2 / nIn, text: `2/nIn = 2/${nIn}` };
    case 'glorot':
      return { v: 2 / (nIn + nOut), text: `2/(nIn+nOut) = 2/${nIn + nOut}` };
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.abs(b);

/**
 * Everything wrong with a matrix that should be √v · (the draws, row by row); null when right.
 * `expected` is the reference's matrix, `marker` the randn argument (replayed here).
 */
function explain(got: unknown, expected: unknown, scheme: Scheme, nIn: number, nOut: number, marker: HostFn): GraderText | null {
  const cmp = compareValues(got, expected, DEFAULT_TOLERANCE);
  if (cmp.ok) return null;
  const z = replay(marker, nIn * nOut + 4);
  const match = detectDrawOrder(got, z, nIn, nOut);
  if (!match) {
    if (Array.isArray(got) && Array.isArray(got[0]) && (got.length !== nIn || got[0].length !== nOut)) {
      return { en: `expected an ${nIn}×${nOut} matrix (nIn rows, nOut columns), got ${describeShape(got)}`, zh: `应为 ${nIn}×${nOut} 矩阵（nIn 行、nOut 列），实际得到 ${describeShape(got)}` };
    }
    return { en: `${cmp.message} — the values are not the draws of randn() times one scale; call randn() once per element, row by row, and multiply by √(${target(scheme, nIn, nOut).text})`, zh: `${cmp.messageZh ?? cmp.message} —— 这些值不是 randn() 的抽样乘以同一个缩放因子；每个元素调用一次 randn()，逐行填充，再乘以 √(${target(scheme, nIn, nOut).text})` };
  }
  const wantScale = Math.sqrt(target(scheme, nIn, nOut).v);
  const parts: GraderText[] = [];
  const scaleOk = close(match.scale, wantScale);
  if (match.order !== 'row-major') {
    const order = describeDrawOrder(match, nIn, nOut);
    parts.push(scaleOk ? { en: `the variance is right (${target(scheme, nIn, nOut).text}), but ${order.en}`, zh: `方差是对的（${target(scheme, nIn, nOut).text}），但${order.zh}` } : order);
  }
  if (!scaleOk) {
    // Which wrong scale it is (He's variance for Xavier, nOut for nIn…) is for mistake recognition.
    const ratio = { en: `every value is ${num(match.scale / wantScale)}× the right one (scale ${num(match.scale)} instead of ${num(wantScale)})`, zh: `每个值都是正确值的 ${num(match.scale / wantScale)} 倍（缩放因子是 ${num(match.scale)}，应为 ${num(wantScale)}）` };
    parts.push({ en: `${ratio.en}: '${scheme}' is N(0, ${target(scheme, nIn, nOut).text}), so multiply each draw by ${num(wantScale)}`, zh: `${ratio.zh}：'${scheme}' 是 N(0, ${target(scheme, nIn, nOut).text})，所以每个抽样值要乘以 ${num(wantScale)}` });
  }
  if (!parts.length) return cmp.text ?? { en: 'the values differ from the expected ones', zh: '这些值与期望值不同' };
  const first = joinText(parts, { en: '; and ', zh: '；并且' });
  return { en: first.en.charAt(0).toUpperCase() + first.en.slice(1), zh: first.zh };
}

/** Counts of randn() calls: once per element, none for 'zeros'. */
function sameCalls(got: CallLog, want: CallLog): GraderText | null {
  const g = got.randn?.length ?? 0;
  const w = want.randn?.length ?? 0;
  if (g === w) return null;
  if (w === 0) return { en: `randn() was called ${times(g).en}; 'zeros' draws nothing`, zh: `randn() 被调用了 ${times(g).zh}；'zeros' 不抽样` };
  return { en: `randn() was called ${times(g).en}, but it must be called exactly once per element: ${times(w).en} for this matrix`, zh: `randn() 被调用了 ${times(g).zh}，但每个元素必须恰好调用一次：这个矩阵应调用 ${times(w).zh}` };
}

/** What the exact checks and the random one share: the call, judged by its calls and the property. */
const initWeights = { call: 'initWeights', calls: sameCalls, compare: () => null } satisfies Partial<CheckDef>;

/** A value check on one matrix, with the explanations above; randn is a seed or a listed randn. */
function exact({ scheme, nIn, nOut, randn, ...check }: { id: string; kind: CheckDef['kind']; name: GraderText; scheme: Scheme; nIn: number; nOut: number; randn: number | HostFn }): CheckDef {
  const marker = typeof randn === 'number' ? randnArg(randn) : randn;
  return {
    ...initWeights,
    ...check,
    args: [scheme, nIn, nOut, marker],
    property: ({ got, expected }) => explain(got, expected, scheme, nIn, nOut, marker),
  };
}

/**
 * A large draw judged by its statistics only: variance and mean within ±6 standard errors.
 * Thousands of draws are too many for a function argument (each call crosses the sandbox
 * boundary), so the driver builds the same seeded randn inside the sandbox, counts the calls
 * and returns the matrix's summary (n, non-finite count, mean, variance), not its numbers; a
 * matrix of the wrong shape comes back whole, for the message.
 */
const SANDBOX_RANDN = `(m, scheme, nIn, nOut, seed) => {
  const draw = (${GAUSSIAN_SOURCE})(seed);
  let calls = 0;
  const W = m.initWeights(scheme, nIn, nOut, () => { calls++; return draw(); });
  const summary = (${SAMPLE_SUMMARY_SOURCE})(W, nIn, nOut);
  return summary === null ? { W, randnCalls: calls } : { summary, randnCalls: calls };
}`;

function statistical({ id, scheme, nIn, nOut, seed }: { id: string; scheme: Scheme; nIn: number; nOut: number; seed: number }): CheckDef {
  const { v, text } = target(scheme, nIn, nOut);
  return {
    id,
    kind: 'property',
    name: { en: `statistics of a ${nIn}×${nOut} '${scheme}' matrix: mean 0 and variance ${text.split(' = ')[0]}`, zh: `一个 ${nIn}×${nOut} 的 '${scheme}' 矩阵的统计量：均值 0、方差 ${text.split(' = ')[0]}` },
    run: SANDBOX_RANDN,
    args: [scheme, nIn, nOut, seed],
    expect: 'none',
    property: ({ got }) => {
      const { W, summary, randnCalls } = (got ?? {}) as { W?: unknown; summary?: SampleSummary; randnCalls?: number };
      if (!summary) {
        return { en: `expected an ${nIn}×${nOut} matrix (nIn rows, nOut columns), got ${describeShape(W)}`, zh: `应为 ${nIn}×${nOut} 矩阵（nIn 行、nOut 列），实际得到 ${describeShape(W)}` };
      }
      if (randnCalls !== nIn * nOut) {
        return { en: `randn() was called ${times(randnCalls ?? 0).en}, but it must be called exactly once per element: ${times(nIn * nOut).en} for this matrix`, zh: `randn() 被调用了 ${times(randnCalls ?? 0).zh}，但每个元素必须恰好调用一次：这个矩阵应调用 ${times(nIn * nOut).zh}` };
      }
      // Which wrong scale it is, is for mistake recognition (reference/weight-init/mistakes.ts).
      return describeGaussianSummary(summary, { variance: v, varianceText: text, what: { en: `your ${nIn}×${nOut} '${scheme}' matrix`, zh: `你的 ${nIn}×${nOut} '${scheme}' 矩阵` } });
    },
  };
}

const COUNT_CALLS = `(m, scheme, nIn, nOut, randn) => {
  let calls = 0;
  const W = m.initWeights(scheme, nIn, nOut, () => { calls++; return randn(); });
  return { W, randnCalls: calls };
}`;

function zeros({ nIn, nOut, seed, ...check }: { id: string; name: GraderText; nIn: number; nOut: number; seed: number }): CheckDef {
  return {
    ...check,
    kind: 'edge',
    run: COUNT_CALLS,
    args: ['zeros', nIn, nOut, randnArg(seed)],
    compare: (got, expected, tol) => {
      const g = got as { W?: unknown; randnCalls?: number };
      const cmp = compareValues(g?.W, (expected as { W: unknown }).W, tol);
      if (!cmp.ok) return { en: `initWeights('zeros', ${nIn}, ${nOut}, randn): ${cmp.message}`, zh: `initWeights('zeros', ${nIn}, ${nOut}, randn)：${cmp.messageZh ?? cmp.message}` };
      if (g.randnCalls) return { en: `'zeros' draws nothing, but randn() was called ${times(g.randnCalls).en}: return the zero matrix without calling randn()`, zh: `'zeros' 不抽样，但 randn() 被调用了 ${times(g.randnCalls).zh}：直接返回零矩阵，不要调用 randn()` };
      return null;
    },
  };
}

function randomCase(rng: Rng) {
  const scheme = rng.pick(RANDOM_SCHEMES);
  const nIn = rng.int(1, 9);
  let nOut = rng.int(1, 9);
  if (nOut === nIn) nOut++; // nIn ≠ nOut, so fan-in and fan-out mistakes show
  return { scheme, nIn, nOut, seed: rng.int(1, 1_000_000) };
}

export default defineGrader({
  checks: [
    exact({
      id: 'xavier-by-hand',
      kind: 'example',
      name: { en: "'xavier', nIn = 4, nOut = 2, with randn() returning 1, −2, 0.5, 3, −1, 2, 0, −0.5 (the worked example)", zh: '\'xavier\'，nIn = 4，nOut = 2，randn() 依次返回 1, −2, 0.5, 3, −1, 2, 0, −0.5（题中例子）' },
      scheme: 'xavier',
      nIn: 4,
      nOut: 2,
      randn: listRandn([1, -2, 0.5, 3, -1, 2, 0, -0.5], 'element'),
    }),
    exact({ id: 'he-seeded', kind: 'example', name: { en: "'he', nIn = 3, nOut = 4, seeded randn()", zh: '\'he\'，nIn = 3，nOut = 4，带种子的 randn()' }, scheme: 'he', nIn: 3, nOut: 4, randn: 2024 }),
    exact({ id: 'small', kind: 'hidden', name: { en: "'small': 0.01·randn(), 5×3", zh: '\'small\'：0.01·randn()，5×3' }, scheme: 'small', nIn: 5, nOut: 3, randn: 11 }),
    exact({ id: 'xavier', kind: 'hidden', name: { en: "'xavier' with nIn ≠ nOut (6×4)", zh: 'nIn ≠ nOut 的 \'xavier\'（6×4）' }, scheme: 'xavier', nIn: 6, nOut: 4, randn: 12 }),
    exact({ id: 'he', kind: 'hidden', name: { en: "'he' with nIn ≠ nOut (4×7)", zh: 'nIn ≠ nOut 的 \'he\'（4×7）' }, scheme: 'he', nIn: 4, nOut: 7, randn: 13 }),
    exact({ id: 'glorot', kind: 'hidden', name: { en: "'glorot' with nIn ≠ nOut (3×5)", zh: 'nIn ≠ nOut 的 \'glorot\'（3×5）' }, scheme: 'glorot', nIn: 3, nOut: 5, randn: 14 }),
    exact({ id: 'glorot-tall', kind: 'hidden', name: { en: "'glorot', 8×2", zh: '\'glorot\'，8×2' }, scheme: 'glorot', nIn: 8, nOut: 2, randn: 15 }),
    exact({ id: 'one-row', kind: 'edge', name: { en: "a single input unit (nIn = 1, 'he', 1×6)", zh: '只有一个输入单元（nIn = 1，\'he\'，1×6）' }, scheme: 'he', nIn: 1, nOut: 6, randn: 16 }),
    exact({ id: 'one-column', kind: 'edge', name: { en: "a single output unit (nOut = 1, 'xavier', 5×1)", zh: '只有一个输出单元（nOut = 1，\'xavier\'，5×1）' }, scheme: 'xavier', nIn: 5, nOut: 1, randn: 17 }),
    exact({ id: 'one-by-one', kind: 'edge', name: { en: "a 1×1 'glorot' matrix", zh: '1×1 的 \'glorot\' 矩阵' }, scheme: 'glorot', nIn: 1, nOut: 1, randn: 18 }),
    zeros({ id: 'zeros', name: { en: "'zeros' (3×4): all zeros and randn() never called", zh: '\'zeros\'（3×4）：全为 0，且从不调用 randn()' }, nIn: 3, nOut: 4, seed: 19 }),
    zeros({ id: 'zeros-one-by-one', name: { en: "'zeros' 1×1", zh: '\'zeros\'，1×1' }, nIn: 1, nOut: 1, seed: 20 }),
    { id: 'unknown-scheme', kind: 'error', name: { en: "an unknown scheme 'uniform'", zh: '未知的方案 \'uniform\'' }, call: 'initWeights', args: ['uniform', 3, 2, randnArg(21)], throws: 'scheme' },
    { id: 'unknown-scheme-capital', kind: 'error', name: { en: "scheme names are lowercase: 'He' is unknown", zh: '方案名是小写的：\'He\' 是未知的' }, call: 'initWeights', args: ['He', 3, 2, randnArg(22)], throws: 'scheme' },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random scheme and shape, seeded randn()', zh: '随机的方案与形状，带种子的 randn()' },
      ...initWeights,
      count: 10,
      generate: (rng) => {
        const c = randomCase(rng);
        return [c.scheme, c.nIn, c.nOut, randnArg(c.seed)];
      },
      property: ({ got, expected, args }) => explain(got, expected, args[0] as Scheme, args[1] as number, args[2] as number, args[3] as HostFn),
    },
    // Sample sizes: the variance band of n draws is v·(1 ± 6·√(2/n)) (±6 standard errors). A
    // mistake that scales the variance by f must land outside it even at ±6 of its own standard
    // errors, f·v·(1 ± 6·√(2/n)): for the nearest factors, 1/2 and 2, that needs 18·√(2/n) ≤ 1,
    // n ≥ 648. The shapes (nOut = 2.5–5·nIn) keep every known wrong variance at a factor ≤ 1/2 or
    // ≥ 2 (He for Xavier 2, Glorot for Xavier 2·nIn/(nIn+nOut) ≤ 1/2, fan-out for fan-in
    // nIn/nOut ≤ 2/5, Xavier for He 1/2, Xavier for Glorot (nIn+nOut)/(2·nIn) ≥ 3, the
    // uniform limit 3, no factor 2 1/2; 'small''s mistakes are factors of 100 or more), so about
    // 1200 draws (600 for 'small') decide with room to spare, and the driver returns four
    // numbers instead of the matrix. (The exact checks recognise which mistake it is.)
    statistical({ id: 'stats-he', scheme: 'he', nIn: 24, nOut: 60, seed: 101 }),
    statistical({ id: 'stats-xavier', scheme: 'xavier', nIn: 20, nOut: 60, seed: 102 }),
    statistical({ id: 'stats-glorot', scheme: 'glorot', nIn: 16, nOut: 80, seed: 103 }),
    statistical({ id: 'stats-small', scheme: 'small', nIn: 20, nOut: 30, seed: 104 }),
  ],
});
