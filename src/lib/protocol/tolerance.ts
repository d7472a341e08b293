/**
 * numpy's `isclose`: |got − want| ≤ atol + rtol·|want|.
 *
 * Defaults are numpy's (rtol 1e-5, atol 1e-8): wide enough for any summation order of
 * double-precision sums over a few thousand terms, tight enough that a factor, a sign, a
 * missing term or an off-by-one is always caught. Checks override them where the notes'
 * math needs it (iterative algorithms, ill-conditioned solves).
 */
export interface Tolerance {
  rtol: number;
  atol: number;
  /** Treat −0 and 0 as different (default: equal, as in numpy). */
  signedZero?: boolean;
}

export const DEFAULT_TOLERANCE: Tolerance = Object.freeze({ rtol: 1e-5, atol: 1e-8 });
