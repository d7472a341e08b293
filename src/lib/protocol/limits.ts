// Resource limits of a grading sandbox. The same numbers apply in Node and in the browser;
// an exercise may override any of them in its grader (`limits`).

export interface SandboxLimits {
  /** Wall-clock budget for a whole submission: load plus every call. */
  timeMs: number;
  /** Wall-clock budget for one call of a learner function (or the module's top level). */
  callTimeMs: number;
  /** QuickJS heap limit. The WebAssembly memory is capped too (see `wasmMemoryBytes`). */
  memoryBytes: number;
  /** QuickJS stack limit: deep recursion becomes a RangeError inside the sandbox. */
  stackBytes: number;
  /** Console capture: at most this many calls and characters are kept. */
  consoleLines: number;
  consoleChars: number;
  /** Values crossing out of the sandbox: at most this many numbers/strings/…, and characters. */
  maxValueNodes: number;
  maxValueChars: number;
  /** A function argument (randn, gradFn) may be called at most this many times per call. */
  maxHostCalls: number;
}

export const DEFAULT_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  timeMs: 10_000,
  callTimeMs: 2_000,
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 256 * 1024,
  consoleLines: 200,
  consoleChars: 20_000,
  maxValueNodes: 1_000_000,
  maxValueChars: 16 * 1024 * 1024,
  maxHostCalls: 1_000_000,
});

/**
 * The WebAssembly memory behind one QuickJS module: the heap limit alone is not a total
 * (typed arrays and long strings were seen to grow the heap far past it), so the module's
 * linear memory gets a hard maximum as well.
 */
export function wasmMemoryBytes(limits: Pick<SandboxLimits, 'memoryBytes'>): number {
  return limits.memoryBytes * 2 + 32 * 1024 * 1024;
}

export function withLimits(overrides?: Partial<SandboxLimits>): SandboxLimits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
