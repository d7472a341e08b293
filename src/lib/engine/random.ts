// Seeded randomness for generated checks. Every random case is a pure function of
// (report seed, check id, case index), so a failure reproduces with `--seed`.

/**
 * mulberry32: small, fast, and good enough for test inputs (not for cryptography). Kept as
 * source text because the sandbox draws the same stream (`GAUSSIAN_SOURCE` in statistics.ts).
 */
export const MULBERRY32_SOURCE = `function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}`;
const mulberry32 = new Function(`return (${MULBERRY32_SOURCE});`)() as (seed: number) => () => number;

/** FNV-1a of a string, to derive independent streams from names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  let h = seed >>> 0;
  for (const p of parts) h = hashString(`${h}:${p}`);
  return h;
}

/** A fresh random seed for a submission (recorded in the report). */
export function newSeed(): number {
  return (Math.random() * 0x7fffffff) >>> 0;
}

export class Rng {
  private next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  random(): number {
    return this.next();
  }
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** Standard normal by Box–Muller. */
  normal(mean = 0, sd = 1): number {
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** A number rounded to `digits` decimals: readable inputs for visible checks. */
  round(x: number, digits = 2): number {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
  }
  vector(n: number, lo = -1, hi = 1): number[] {
    return Array.from({ length: n }, () => this.uniform(lo, hi));
  }
  matrix(m: number, n: number, lo = -1, hi = 1): number[][] {
    return Array.from({ length: m }, () => this.vector(n, lo, hi));
  }
  normalMatrix(m: number, n: number, sd = 1): number[][] {
    return Array.from({ length: m }, () => Array.from({ length: n }, () => this.normal(0, sd)));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** A permutation of 0..n−1 (Fisher–Yates). */
  permutation(n: number): number[] {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  }
  /** An independent stream, e.g. for a `randn` argument. */
  fork(label: string | number): Rng {
    return new Rng(deriveSeed(this.seed, label));
  }
}
