// Function arguments the grader passes to learner code (a seeded `randn`, a `gradFn`, an `f`).
// Kept apart from grader.ts so browser bundles need not carry the schema library.

/**
 * Each run (reference, learner, each known mistake) gets a fresh function from `make`, and
 * every call with its arguments is recorded under `name`.
 */
export class HostFn {
  constructor(
    readonly name: string,
    readonly make: () => (...args: any[]) => unknown,
  ) {}
}

/** `fn('randn', () => gaussian(seed))`: a function argument, recorded under its name. */
export const fn = (name: string, make: () => (...args: any[]) => unknown) => new HostFn(name, make);

/** Calls of each function argument during one run: name → list of argument lists. */
export type CallLog = Record<string, unknown[][]>;
