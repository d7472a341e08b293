// Generic diagnosis: what the difference between a learner's output and the expected one looks
// like, when ONE pattern explains every number of a failing check — a constant factor (plain, or
// built from the input sizes), a complement or a negation, a transposed matrix, the right numbers
// in another order or container, a shift by one position, only the boundary wrong, where a NaN or
// Infinity first appears — and two rules over checks: an argument changed in place, and checks
// that fail exactly when an optional argument is left out (a wrong default).
//
// It never speaks about a check a recognised mistake explains, and says nothing when no pattern
// holds exactly. English and Chinese.
import { instantiate, type Case } from './cases';
import { compareValues, describePath, describePlace, describeShape, dims, fmt, isClose, shapeText, type Tolerance } from './compare';
import { grading as say, same, type Text } from '../protocol/messages';
import type { ExerciseMeta } from './exercise';
import type { Outcome } from './oracle';
import type { LearnerRun } from './recognition';
import type { CheckResult, Diagnosis, LocalizedText, ValuePath } from './types';

type Found = {
  pattern: string;
  text: { en: string; zh: string };
  /** A constant factor: its value, how to say it without the input sizes, and the size formula it was named by. */
  factor?: { k: number; plain: { en: string; zh: string }; formula?: string };
  /** Found on a single number: one number fits many patterns by chance, so it must recur on the function's other failing checks. */
  scalar?: boolean;
};

/** Diagnoses of the failing checks in `open` (those no named mistake explains), grouped when they say the same. */
export function diagnose(
  exercise: ExerciseMeta,
  cases: Case[],
  checks: CheckResult[],
  runs: Map<string, LearnerRun>,
  expected: Map<string, Outcome>,
  open: Set<string>,
): Diagnosis[] {
  const out: Diagnosis[] = [];
  const found: { f: Found; id: string; fn: string }[] = [];
  const fns: string[] = [];
  const add = (f: Found, id: string, fn: string) => found.push({ f, id, fn });
  const valueChecks: { fn: string }[] = [];
  const defaults = wrongDefaults(exercise, cases, checks, open);
  for (const d of defaults) out.push(d);
  const byDefault = new Set(defaults.flatMap((d) => d.checks));
  cases.forEach((c, i) => {
    if (!open.has(c.id) || byDefault.has(c.id) || checks[i]?.status === 'pass') return;
    const run = runs.get(c.id);
    const want = expected.get(c.id);
    if (!run || !want || run.call.kind !== 'value' || want.kind !== 'value') return;
    if (run.call.mutated.length) {
      add(mutation(exercise, c, run.call.mutated[0]), c.id, fnOf(c));
      return;
    }
    if (c.check.throws || c.check.expect === 'none') return;
    valueChecks.push({ fn: fnOf(c) });
    const f = diagnoseValue(run.call.value, want.value, c.tolerance, sizesOf(exercise, c));
    if (f) add(f, c.id, fnOf(c));
  });
  for (const fn of new Set(found.map((x) => x.fn))) {
    // A pattern found on single numbers must hold on every failing value check of the function.
    const all = found.filter((x) => x.fn === fn);
    const failingValues = valueChecks.filter((v) => v.fn === fn).length;
    for (const x of all.filter((x) => x.f.scalar)) {
      const same = all.filter(
        (y) =>
          y.f.pattern === x.f.pattern &&
          (!x.f.factor || (y.f.factor && Math.abs(y.f.factor.k - x.f.factor.k) <= 1e-9 * Math.abs(x.f.factor.k) + 1e-12) || x.f.factor.formula),
      );
      if (same.length < failingValues) x.f = { ...x.f, pattern: '' };
    }
    // A factor built from the input sizes must hold across the checks of a function: the same
    // number on inputs of different sizes is a plain factor, whatever one size happens to give;
    // factors that need different formulas on different checks are only numbers.
    const factors = all.filter((x) => x.f.pattern === 'factor' && x.f.factor);
    const k0 = factors[0]?.f.factor!.k;
    const sameK = factors.every((x) => Math.abs(x.f.factor!.k - k0!) <= 1e-9 * Math.abs(k0!));
    const formulas = new Set(factors.map((x) => x.f.factor!.formula ?? ''));
    if (factors.length > 1 && (sameK || formulas.size > 1)) {
      for (const x of factors) x.f = { ...x.f, text: x.f.factor!.plain };
    }
  }
  for (const { f, id, fn } of found.filter((x) => x.f.pattern)) {
    // Where something happens differs from check to check: one entry per function, told at its first check.
    const byPlace = f.pattern === 'mutation' || f.pattern === 'non-finite';
    const same = out.find((d, i) => d.pattern === f.pattern && (byPlace ? fns[i] === fn : d.text.en === f.text.en));
    if (same) same.checks.push(id);
    else {
      out.push({ pattern: f.pattern, text: f.text, checks: [id] });
      fns[out.length - 1] = fn;
    }
  }
  return out;
}

const fnOf = (c: Case) => ('export' in c.target ? c.target.export : c.check.id);

// ── Values ────────────────────────────────────────────────────────────────────────────────

/** A size of the input a factor may be built from: "m = 5, the rows of X". */
export interface Size {
  value: number;
  en: string;
  zh: string;
  /** Which size it is, the same on every check ('rows of X'). */
  key: string;
}

/** The one pattern that explains every number of `got` against `want`, or null. */
export function diagnoseValue(got: unknown, want: unknown, tol: Tolerance, sizes: Size[] = []): Found | null {
  const cmp = compareValues(got, want, tol);
  if (cmp.ok) return null;
  return nonFinite(got, want) ?? (cmp.structural ? structural(got, want, tol) : numeric(got, want, tol, cmp.wrong, sizes));
}

function nonFinite(got: unknown, want: unknown): Found | null {
  const at = firstNonFinite(got, want, []);
  if (!at) return null;
  const where = describePath(at.path);
  const whereZh = pathZh(at.path);
  const what = fmt(at.got);
  return {
    pattern: 'non-finite',
    text: {
      en: `the first ${what} appears at ${where || 'the result'} (expected ${fmt(at.want)}): look at what is computed there — an overflow of exp, a log of 0, a division by 0?`,
      zh: `第一个 ${what} 出现在${whereZh || '结果'}（期望 ${fmt(at.want)}）：看看那里算了什么——exp 溢出、对 0 取对数、除以 0？`,
    },
  };
}

function firstNonFinite(got: unknown, want: unknown, path: ValuePath): { path: ValuePath; got: number; want: number } | null {
  if (typeof got === 'number' && typeof want === 'number') return !Number.isFinite(got) && Number.isFinite(want) ? { path, got, want } : null;
  if (Array.isArray(got) && Array.isArray(want)) {
    for (let i = 0; i < Math.min(got.length, want.length); i++) {
      const r = firstNonFinite(got[i], want[i], [...path, i]);
      if (r) return r;
    }
    return null;
  }
  if (isObject(got) && isObject(want)) {
    for (const k of Object.keys(want)) {
      if (!(k in got)) continue;
      const r = firstNonFinite(got[k], want[k], [...path, k]);
      if (r) return r;
    }
  }
  return null;
}

function structural(got: unknown, want: unknown, tol: Tolerance): Found | null {
  const close = (a: unknown, b: unknown) => compareValues(a, b, tol).ok;
  const dw = dims(want);
  const dg = dims(got);
  if (dw?.length === 2 && dg?.length === 2 && dg[0] === dw[1] && dg[1] === dw[0] && close(transpose(got as number[][]), want)) {
    return {
      pattern: 'transposed',
      text: {
        en: `your ${dg.join('×')} result is the transpose of the expected ${dw.join('×')} one: rows and columns are swapped — check which axis you sum over or the order of a matrix product.`,
        zh: `你的 ${dg.join('×')} 结果是期望的 ${dw.join('×')} 结果的转置：行和列对调了——检查求和的轴或矩阵乘法的顺序。`,
      },
    };
  }
  if (isObject(want) && Array.isArray(got) && got.length === Object.keys(want).length && close(got, Object.values(want))) {
    const fields = Object.keys(want)
      .map((k) => `\`${k}\``)
      .join(', ');
    return {
      pattern: 'container',
      text: {
        en: `you return the right numbers as an array, where an object with the fields ${fields} is expected: return { ${Object.keys(want).join(', ')} }.`,
        zh: `你以数组返回了正确的数值，但期望的是带字段 ${fields} 的对象：返回 { ${Object.keys(want).join(', ')} }。`,
      },
    };
  }
  if (Array.isArray(want) && isObject(got) && Object.keys(got).length === want.length && close(Object.values(got), want)) {
    return {
      pattern: 'container',
      text: {
        en: `you return the right numbers as an object (${describeShape(got)}), where an array is expected: return them as an array, in this order.`,
        zh: `你以对象（字段 ${Object.keys(got).join(', ')}）返回了正确的数值，但期望的是数组：按此顺序以数组返回。`,
      },
    };
  }
  if (isObject(want) && isObject(got)) {
    const wk = Object.keys(want);
    const gk = Object.keys(got);
    if (wk.length !== gk.length) return null;
    const renamed: [string, string][] = [];
    const used = new Set<string>();
    for (const k of wk) {
      if (k in got && close(got[k], want[k])) {
        used.add(k);
        continue;
      }
      const other = gk.find((g) => !used.has(g) && !(g in want) && close(got[g], want[k]));
      if (!other) return null;
      used.add(other);
      renamed.push([k, other]);
    }
    if (!renamed.length) return null;
    const list = renamed.map(([w, g]) => `\`${w}\` is under \`${g}\``).join(', ');
    const listZh = renamed.map(([w, g]) => `\`${w}\` 写成了 \`${g}\``).join('，');
    return {
      pattern: 'renamed',
      text: {
        en: `the numbers are right but the fields have other names: ${list}. Use the names the statement asks for.`,
        zh: `数值正确，但字段名不同：${listZh}。请使用题目要求的字段名。`,
      },
    };
  }
  return null;
}

const transpose = (m: number[][]) => (m.length ? m[0].map((_, j) => m.map((r) => r[j])) : []);

interface Factor {
  k: number;
  en: string;
  zh: string;
  /** For factors built from a size: which formula of which size ('n/(n-1) of the rows of X'). */
  formula?: string;
}

const LN2 = Math.LN2;
const PLAIN: Factor[] = [
  { k: 2, en: 'exactly 2 times the expected one — an extra factor 2, or a missing ½?', zh: '恰好是期望值的 2 倍——多乘了 2，还是漏了 ½？' },
  { k: 0.5, en: 'exactly ½ of the expected one — a missing factor 2, or an extra ½?', zh: '恰好是期望值的 ½——漏了因子 2，还是多乘了 ½？' },
  {
    k: 4,
    en: 'exactly 4 times the expected one — a factor 2 applied twice, or a missing ¼?',
    zh: '恰好是期望值的 4 倍——因子 2 用了两次，还是漏了 ¼？',
  },
  { k: 0.25, en: 'exactly ¼ of the expected one — a missing factor 4, or ½ applied twice?', zh: '恰好是期望值的 ¼——漏了因子 4，还是 ½ 用了两次？' },
  {
    k: -1,
    en: 'exactly −1 times the expected one: every sign is flipped — a sign slip (a − for a +, or the difference taken the other way round)?',
    zh: '恰好是期望值的 −1 倍：每个符号都反了——正负号写错，或差值方向反了？',
  },
  {
    k: LN2,
    en: 'exactly ln 2 times the expected one — a natural log (Math.log) where log₂ is expected?',
    zh: '恰好是期望值的 ln 2 倍——该用 log₂ 的地方用了自然对数（Math.log）？',
  },
  {
    k: 1 / LN2,
    en: 'exactly log₂ e times the expected one — log₂ where the natural log is expected?',
    zh: '恰好是期望值的 log₂ e 倍——该用自然对数的地方用了 log₂？',
  },
  {
    k: 1 / Math.LN10,
    en: 'exactly log₁₀ e times the expected one — log₁₀ where the natural log is expected?',
    zh: '恰好是期望值的 log₁₀ e 倍——该用自然对数的地方用了 log₁₀？',
  },
];

function sizeFactors(sizes: Size[]): Factor[] {
  const out: Factor[] = [];
  for (const s of sizes) {
    const n = s.value;
    if (n < 2) continue;
    out.push(
      {
        k: n,
        en: `exactly ${n} times the expected one (${n} = ${s.en}) — a sum where a mean is expected, or a division by ${n} missing?`,
        zh: `恰好是期望值的 ${n} 倍（${n} = ${s.zh}）——该求平均却求了和，或漏了除以 ${n}？`,
      },
      {
        k: 1 / n,
        en: `exactly 1/${n} of the expected one (${n} = ${s.en}) — a mean where a sum is expected, or divided by ${n} once too often?`,
        zh: `恰好是期望值的 1/${n}（${n} = ${s.zh}）——该求和却求了平均，或多除了一次 ${n}？`,
      },
      {
        k: n / (n - 1),
        en: `exactly ${n}/${n - 1} times the expected one (${n} = ${s.en}) — divided by ${n}−1 where ${n} is expected: the sample instead of the population variance?`,
        zh: `恰好是期望值的 ${n}/${n - 1} 倍（${n} = ${s.zh}）——该除以 ${n} 却除以了 ${n}−1：用了样本方差而不是总体方差？`,
      },
      {
        k: (n - 1) / n,
        en: `exactly ${n - 1}/${n} of the expected one (${n} = ${s.en}) — divided by ${n} where ${n}−1 is expected: the population instead of the sample variance?`,
        zh: `恰好是期望值的 ${n - 1}/${n}（${n} = ${s.zh}）——该除以 ${n}−1 却除以了 ${n}：用了总体方差而不是样本方差？`,
      },
      {
        k: Math.sqrt(n / (n - 1)),
        en: `exactly √(${n}/${n - 1}) times the expected one (${n} = ${s.en}) — a standard deviation divided by ${n}−1 where ${n} is expected: the sample instead of the population one?`,
        zh: `恰好是期望值的 √(${n}/${n - 1}) 倍（${n} = ${s.zh}）——标准差该除以 ${n} 却除以了 ${n}−1：用了样本标准差而不是总体标准差？`,
      },
      {
        k: Math.sqrt((n - 1) / n),
        en: `exactly √(${n - 1}/${n}) of the expected one (${n} = ${s.en}) — a standard deviation divided by ${n} where ${n}−1 is expected: the population instead of the sample one?`,
        zh: `恰好是期望值的 √(${n - 1}/${n})（${n} = ${s.zh}）——标准差该除以 ${n}−1 却除以了 ${n}：用了总体标准差而不是样本标准差？`,
      },
      {
        k: Math.sqrt(n),
        en: `exactly √${n} times the expected one (${n} = ${s.en}) — a missing division by √${n} (a √d scale)?`,
        zh: `恰好是期望值的 √${n} 倍（${n} = ${s.zh}）——漏了除以 √${n}（√d 缩放）？`,
      },
      {
        k: 1 / Math.sqrt(n),
        en: `exactly 1/√${n} of the expected one (${n} = ${s.en}) — divided by √${n} once too often?`,
        zh: `恰好是期望值的 1/√${n}（${n} = ${s.zh}）——多除了一次 √${n}？`,
      },
    );
    const kinds = ['n', '1/n', 'n/(n-1)', '(n-1)/n', 'sqrt(n/(n-1))', 'sqrt((n-1)/n)', 'sqrt(n)', '1/sqrt(n)'];
    out.slice(-kinds.length).forEach((f, i) => (f.formula = `${kinds[i]} of ${s.key}`));
  }
  return out;
}

function numeric(got: unknown, want: unknown, tol: Tolerance, wrong: ValuePath[], sizes: Size[]): Found | null {
  const g: number[] = [];
  const w: number[] = [];
  if (!flatPairs(got, want, g, w)) return null;
  const all = (f: (gi: number, wi: number, i: number) => boolean) => g.every((gi, i) => f(gi, w[i], i));
  // A constant factor, when every number is that factor times the expected one.
  let pivot = 0;
  for (let i = 1; i < w.length; i++) if (Math.abs(w[i]) > Math.abs(w[pivot])) pivot = i;
  if (w[pivot] !== 0) {
    const k = g[pivot] / w[pivot];
    const nonZero = w.filter((x) => x !== 0).length;
    const holds = (f: number) => all((gi, wi) => isClose(gi, f * wi, tol));
    if (k !== 0 && Number.isFinite(k) && holds(k) && !isClose(k, 1, tol)) {
      const match = (list: Factor[]) => list.find((f) => Math.abs(f.k - k) <= 1e-9 * Math.abs(f.k) + 1e-12 && holds(f.k));
      const plainNamed = match(PLAIN);
      const plain = plainNamed
        ? { en: `every value is ${plainNamed.en}`, zh: `每个值都${plainNamed.zh}` }
        : {
            en: `every value is exactly ${fmt(k, 6)} times the expected one: a constant factor is wrong somewhere (a scale, a step size, a normalisation).`,
            zh: `每个值都恰好是期望值的 ${fmt(k, 6)} 倍：某处的常数因子不对（缩放、步长或归一化）。`,
          };
      const sized = plainNamed ? undefined : match(sizeFactors(sizes));
      const scalar = g.length === 1 ? { scalar: true } : {};
      if (sized)
        return {
          pattern: 'factor',
          text: { en: `every value is ${sized.en}`, zh: `每个值都${sized.zh}` },
          factor: { k, plain, formula: sized.formula },
          ...scalar,
        };
      if (plainNamed || nonZero >= 2) return { pattern: 'factor', text: plain, factor: { k, plain }, ...scalar };
    }
  }
  // On 0/1 flags or classes only with several of them: one or two decisions flipped at a threshold look like a complement.
  if ((g.length >= 4 || !w.every((x) => x === 0 || x === 1)) && all((gi, wi) => isClose(gi, 1 - wi, tol))) {
    return {
      ...(g.length === 1 ? { scalar: true } : {}),
      pattern: 'complement',
      text: {
        en: 'every value is 1 minus the expected one: the complement — the probability of the other class, or 1 − p where p is expected?',
        zh: '每个值都是 1 减去期望值：求成了补——另一类的概率，或把 p 算成了 1 − p？',
      },
    };
  }
  // Orders and shifts need numbers that tell places apart: a vector of 0s and 1s matches too many.
  if (g.length < 2 || new Set(w).size < 3) return null;
  // Shapes match here; positions come from the expected value's layout.
  const d = dims(want);
  if (d?.length === 2 && d[0] === d[1] && d[0] >= 2 && compareValues(transpose(got as number[][]), want, tol).ok) {
    return {
      pattern: 'transposed',
      text: {
        en: 'your matrix is the transpose of the expected one: rows and columns are swapped — check which index is the row (i) and which the column (j).',
        zh: '你的矩阵是期望矩阵的转置：行和列对调了——检查哪个下标是行（i），哪个是列（j）。',
      },
    };
  }
  if (d && d.length >= 1 && d[0] >= 4) {
    const rows = want as unknown[];
    const grows = got as unknown[];
    const same = (a: unknown, b: unknown) => compareValues(a, b, tol).ok;
    const varies = rows.some((r) => !same(r, rows[0]));
    if (varies) {
      const n = rows.length;
      if (grows.slice(0, n - 1).every((r, i) => same(r, rows[i + 1]))) return shifted('early', d.length);
      if (grows.slice(1).every((r, i) => same(r, rows[i]))) return shifted('late', d.length);
    }
  }
  const sortedG = [...g].sort((a, b) => a - b);
  const sortedW = [...w].sort((a, b) => a - b);
  if (sortedG.every((x, i) => isClose(x, sortedW[i], tol))) {
    const reversed = g.every((x, i) => isClose(x, w[w.length - 1 - i], tol));
    return reversed
      ? {
          pattern: 'order',
          text: {
            en: 'the right numbers in reverse order: is a loop running backwards, or a list reversed?',
            zh: '数值正确但顺序颠倒：循环方向反了，还是列表被反转了？',
          },
        }
      : {
          pattern: 'order',
          text: {
            en: 'the right numbers in another order: check the order of a loop, of indices (i and j swapped?) or a sort.',
            zh: '数值正确但顺序不同：检查循环顺序、下标（i 和 j 互换了？）或排序。',
          },
        };
  }
  return boundary(wrong, d);
}

function shifted(way: 'early' | 'late', depth: number): Found {
  const what = depth === 1 ? 'element' : 'row';
  const whatZh = depth === 1 ? '元素' : '行';
  return way === 'early'
    ? {
        pattern: 'shifted',
        text: {
          en: `each ${what} holds the expected value of the next one: everything is shifted by one position — an index off by one (i + 1 where i is meant)?`,
          zh: `每个${whatZh}都是下一个${whatZh}的期望值：整体错开了一位——下标差一（该用 i 却用了 i + 1）？`,
        },
      }
    : {
        pattern: 'shifted',
        text: {
          en: `each ${what} holds the expected value of the previous one: everything is shifted by one position — an index off by one, or a value recorded before it is updated?`,
          zh: `每个${whatZh}都是上一个${whatZh}的期望值：整体错开了一位——下标差一，或在更新之前就记录了值？`,
        },
      };
}

/** Only the first, only the last, or only the border cells wrong (the interior right). */
function boundary(wrong: ValuePath[], d: number[] | null): Found | null {
  if (!d || !wrong.length || !wrong.every((p) => p.every((x) => typeof x === 'number'))) return null;
  const paths = wrong as number[][];
  // Short vectors are left alone: with four numbers, "only the ends wrong" is too often chance.
  if (d.length === 1 && d[0] >= 5) {
    const n = d[0];
    const idx = new Set(paths.map((p) => p[0]));
    const say = (en: string, zh: string): Found => ({ pattern: 'boundary', text: { en, zh } });
    if (idx.size === 1 && idx.has(0))
      return say(
        'only the first element is wrong, every other one is right: look at how the first element (or the loop start) is handled.',
        '只有第一个元素错了，其余都对：看看第一个元素（或循环起点）是如何处理的。',
      );
    if (idx.size === 1 && idx.has(n - 1))
      return say(
        'only the last element is wrong, every other one is right: look at the loop end (< n or ≤ n?) and how the last element is handled.',
        '只有最后一个元素错了，其余都对：检查循环终点（< n 还是 ≤ n？）以及最后一个元素的处理。',
      );
    if (idx.size === 2 && idx.has(0) && idx.has(n - 1) && n >= 6)
      return say(
        'only the first and the last element are wrong, every one in between is right: look at the boundary (edge padding, the ends of a window).',
        '只有首尾两个元素错了，中间都对：检查边界（边缘填充、窗口两端）。',
      );
    return null;
  }
  // A border is a pattern only when the interior that is right is at least as large as the border.
  if (d.length === 2 && (d[0] - 2) * (d[1] - 2) >= 2 * (d[0] + d[1]) - 4) {
    const onBorder = (p: number[]) => p[0] === 0 || p[1] === 0 || p[0] === d[0] - 1 || p[1] === d[1] - 1;
    if (paths.every(onBorder)) {
      return {
        pattern: 'boundary',
        text: {
          en: 'only cells on the border of the matrix are wrong, the interior is right: look at the boundary (padding, the first or last row or column).',
          zh: '只有矩阵边缘的格子错了，内部都对：检查边界（填充、第一行/最后一行或第一列/最后一列）。',
        },
      };
    }
  }
  return null;
}

/** The numbers of two values of the same shape, in the same order; false when the shapes differ. */
function flatPairs(got: unknown, want: unknown, g: number[], w: number[]): boolean {
  if (typeof want === 'number') {
    if (typeof got !== 'number' || !Number.isFinite(got) || !Number.isFinite(want)) return false;
    g.push(got);
    w.push(want);
    return true;
  }
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((x, i) => flatPairs(got[i], x, g, w));
  if (isObject(want)) return isObject(got) && Object.keys(want).every((k) => k in got && flatPairs(got[k], want[k], g, w));
  return got === want;
}

/** The sizes of a case's inputs a factor may be built from: lengths, rows, columns, H·W. */
export function sizesOf(exercise: ExerciseMeta, c: Case): Size[] {
  const spec = 'export' in c.target ? exercise.exports.find((e) => e.name === (c.target as { export: string }).export) : undefined;
  const out: Size[] = [];
  const push = (value: number, en: string, zh: string) => {
    if (value >= 2 && !out.some((s) => s.value === value)) out.push({ value, en, zh, key: en.replace(/^[a-zA-Z], /, '') });
  };
  c.args.forEach((a, i) => {
    const name = spec?.params[i] ?? `argument ${i + 1}`;
    const d = dims(a);
    if (!d || d.length === 0) return;
    if (d.length === 1) push(d[0], `the length of ${name}`, `${name} 的长度`);
    else if (d.length === 2) {
      push(d[0], `m, the rows of ${name}`, `${name} 的行数 m`);
      push(d[1], `n, the columns of ${name}`, `${name} 的列数 n`);
      push(d[0] * d[1], `the number of entries of ${name}`, `${name} 的元素个数`);
    } else {
      const [h, w] = d.slice(-2);
      push(d[0], `the first dimension of ${name}`, `${name} 的第一维`);
      if (d.length >= 3) push(d[d.length - 3], `C, the channels of ${name}`, `${name} 的通道数 C`);
      push(h * w, `H·W of ${name}`, `${name} 的 H·W`);
    }
  });
  return out;
}

// ── Rules over checks ─────────────────────────────────────────────────────────────────────

function mutation(exercise: ExerciseMeta, c: Case, m: { index: number; after: unknown }): Found {
  const fnName = 'export' in c.target ? c.target.export : 'your code';
  const spec = exercise.exports.find((e) => e.name === fnName);
  const name = spec?.params[m.index] ?? `argument ${m.index + 1}`;
  const change = describeChange(instantiate([c.args[m.index]]).args[0], m.after);
  return {
    pattern: 'mutation',
    text: {
      en: `${fnName} changes its argument ${name} in place${change.en}: the caller's ${name} is no longer what it passed. Work on a copy (slice(), map(), a new array) and return it.`,
      zh: `${fnName} 原地修改了参数 ${name}${change.zh}：调用者的 ${name} 不再是它传入的值。请在副本上操作（slice()、map()、新数组）并返回。`,
    },
  };
}

/** " (row 0, column 1: was 1, now 9)" — where an argument first differs after the call. */
/** " (row 0, column 1: was 1, now 9)" — where an argument first differs after the call. */
export function describeChange(before: unknown, after: unknown): Text {
  const cmp = compareValues(after, before, { rtol: 0, atol: 0, signedZero: true });
  const path = cmp.wrong[0];
  if (!path) return same('');
  const at = (v: unknown) => path.reduce<unknown>((x, k) => (x == null ? undefined : (x as Record<string | number, unknown>)[k]), v);
  const show = (v: unknown) => (typeof v === 'number' ? same(fmt(v, 17)) : shapeText(v));
  return say.change(describePlace(path), show(at(before)), show(at(after)));
}

/** Failing checks of an export that leave out an optional argument, when exactly those fail: a wrong default. */
function wrongDefaults(exercise: ExerciseMeta, cases: Case[], checks: CheckResult[], open: Set<string>): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const spec of exercise.exports) {
    const mine = cases
      .map((c, i) => ({ c, r: checks[i] }))
      .filter(({ c, r }) => r && 'export' in c.target && c.target.export === spec.name && r.status !== 'skipped' && !c.check.throws);
    if (mine.length < 2) continue;
    for (let k = 0; k < spec.params.length; k++) {
      const omitted = mine.filter(({ c }) => c.args.length <= k);
      const given = mine.filter(({ c }) => c.args.length > k);
      if (!omitted.length || !given.length) continue;
      if (omitted.every(({ r }) => r.status !== 'pass') && given.every(({ r }) => r.status === 'pass') && omitted.every(({ c }) => open.has(c.id))) {
        const p = spec.params[k];
        out.push({
          pattern: 'default',
          text: {
            en: `every check that leaves out the argument ${p} of ${spec.name} fails, and every check that passes it succeeds: the default value of ${p} is wrong (read the statement's signature).`,
            zh: `所有省略 ${spec.name} 的参数 ${p} 的检查都失败，而传入它的检查都通过：${p} 的默认值不对（看题目给出的函数签名）。`,
          },
          checks: omitted.map(({ c }) => c.id),
        });
        break;
      }
    }
  }
  return out;
}

/** A place in a value in Chinese: "第 2 行第 0 列", "第 3 个元素", or the path as written. */
function pathZh(path: ValuePath): string {
  return describePlace(path)?.zh ?? '';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
