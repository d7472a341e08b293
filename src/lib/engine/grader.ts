// How an exercise's checks are written (graders/<id>.ts): data plus small functions.
//
//   export default defineGrader({
//     checks: [
//       { id: 'two-examples', kind: 'example', name: 'two houses', call: 'predict', args: [X, w, b] },
//       { id: 'random', kind: 'random', name: 'random data', call: 'predict', count: 8,
//         generate: (rng) => [rng.matrix(5, 3), rng.vector(3), rng.uniform(-1, 1)] },
//       { id: 'singular', kind: 'error', name: 'a constant feature', call: 'normalEquation',
//         args: [X, y], throws: 'singular' },
//     ],
//   });
//
// Expected values are never typed by hand: every check runs the hidden reference on the same
// arguments. Ids are stable: an edited check keeps its id only if it still means the same.
import { z } from 'zod';
import type { Tolerance } from './compare';
import type { Rng } from './random';
import type { CheckKind } from './types';
import type { SandboxLimits } from '../protocol/limits';

export { HostFn, fn, type CallLog } from './host-fn';
import type { CallLog } from './host-fn';

export interface PropertyContext {
  /** The learner's value. */
  got: unknown;
  /** The reference's value (computed even with `expect: 'none'`, where it is only not compared). */
  expected: unknown;
  /** The arguments of the call (function arguments appear as their HostFn markers). */
  args: unknown[];
  calls: CallLog;
  /** Call the learner's export again (same sandbox), e.g. to test an invariance. */
  call: (exportName: string, ...args: unknown[]) => unknown;
}

export interface CheckDef {
  /** Stable id, unique in the exercise: `[a-z0-9-]+`. */
  id: string;
  kind: Exclude<CheckKind, 'mutation' | 'calls' | 'exports'>;
  /**
   * What the check is about, shown to the learner ("a batch of one", "logits of ±1000"),
   * in English or in both interface languages.
   */
  name: GraderText;
  /** The export to call… */
  call?: string;
  /** …or a driver `(m, ...args) => plain data` run inside the sandbox with the learner's module `m`. */
  run?: string;
  /** Fixed arguments… */
  args?: unknown[];
  /** …or generated ones (random checks: called with a seeded Rng per case). */
  generate?: (rng: Rng) => unknown[];
  /** Random checks: how many cases (ids `<id>-0`, `<id>-1`, …). */
  count?: number;
  tolerance?: Partial<Tolerance>;
  /** 'reference' (default): compare with the reference's value; 'none': property only. */
  expect?: 'reference' | 'none';
  /** The call must throw an Error whose message contains this word (any case). */
  throws?: string;
  /** 'same': function arguments must be called as often as the reference calls them, with the same arguments. */
  calls?: 'same' | 'same-count' | ((got: CallLog, expected: CallLog) => GraderText | null | undefined);
  /** A law the value must obey; returns what is wrong, or nothing. */
  property?: (ctx: PropertyContext) => GraderText | null | undefined;
  /** Replace the value comparison (e.g. eigenvectors up to sign); returns what is wrong, or nothing. */
  compare?: (got: unknown, expected: unknown, tolerance: Tolerance, args: unknown[]) => GraderText | null | undefined;
  /** Added to the message when the learner's value has NaN/Infinity where the reference's is finite. */
  nonFiniteHint?: GraderText;
}

/** Words a grader shows the learner (names, hints, what a property found): English, or English and Chinese. */
export type GraderText = string | { en: string; zh: string };

/** The English form of a grader's text. */
export const textEn = (text: GraderText): string => (typeof text === 'string' ? text : text.en);

/** A grader's text as `{ en, zh }`, `zh` absent when the grader wrote English only. */
export const graderText = (text: GraderText): { en: string; zh?: string } => (typeof text === 'string' ? { en: text } : text);

export interface GraderDef {
  tolerance?: Partial<Tolerance>;
  limits?: Partial<SandboxLimits>;
  checks: CheckDef[];
  /**
   * Mutants of the reference that no check can reject because they compute the same thing
   * (`npm run validate -- --mutants` lists the survivors): mutant id → a one-line reason.
   * An id that matches no generated mutant is an error, so stale declarations show up.
   */
  equivalentMutants?: Record<string, string>;
}

const fnSchema = z.custom<(...args: any[]) => unknown>((v) => typeof v === 'function', 'expected a function');

const toleranceSchema = z
  .object({
    rtol: z.number().min(0).max(1).optional(),
    atol: z.number().min(0).optional(),
    signedZero: z.boolean().optional(),
  })
  .strict();

const graderTextSchema = (min: number) => z.union([z.string().min(min), z.object({ en: z.string().min(min), zh: z.string().min(1) }).strict()]);

const checkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by dashes'),
    kind: z.enum(['example', 'hidden', 'edge', 'random', 'property', 'error']),
    name: graderTextSchema(3),
    call: z.string().min(1).optional(),
    run: z.string().min(1).optional(),
    args: z.array(z.unknown()).optional(),
    generate: fnSchema.optional(),
    count: z.number().int().min(1).max(200).optional(),
    tolerance: toleranceSchema.optional(),
    expect: z.enum(['reference', 'none']).optional(),
    throws: z.string().min(1).optional(),
    calls: z.union([z.enum(['same', 'same-count']), fnSchema]).optional(),
    property: fnSchema.optional(),
    compare: fnSchema.optional(),
    nonFiniteHint: graderTextSchema(3).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.call === !c.run) ctx.addIssue({ code: 'custom', message: 'give exactly one of `call` and `run`', path: ['call'] });
    if (!c.args === !c.generate) ctx.addIssue({ code: 'custom', message: 'give exactly one of `args` and `generate`', path: ['args'] });
    if (c.kind === 'random' && !c.generate) ctx.addIssue({ code: 'custom', message: 'random checks need `generate`', path: ['generate'] });
    if (c.count !== undefined && !c.generate) ctx.addIssue({ code: 'custom', message: '`count` goes with `generate`', path: ['count'] });
    if (c.kind === 'error' && !c.throws) ctx.addIssue({ code: 'custom', message: 'error checks need `throws`', path: ['throws'] });
    if (c.throws && c.kind !== 'error') ctx.addIssue({ code: 'custom', message: '`throws` goes with kind `error`', path: ['throws'] });
    if (c.expect === 'none' && !c.property) ctx.addIssue({ code: 'custom', message: "`expect: 'none'` needs a `property`", path: ['property'] });
    if (c.kind === 'property' && !c.property) ctx.addIssue({ code: 'custom', message: 'property checks need `property`', path: ['property'] });
  });

const limitsSchema = z
  .object({
    timeMs: z.number().int().min(100).max(60_000),
    callTimeMs: z.number().int().min(50).max(30_000),
    memoryBytes: z
      .number()
      .int()
      .min(8 * 2 ** 20)
      .max(512 * 2 ** 20),
    stackBytes: z
      .number()
      .int()
      .min(64 * 1024)
      .max(1024 * 1024),
    consoleLines: z.number().int().min(0),
    consoleChars: z.number().int().min(0),
    maxValueNodes: z.number().int().min(1),
    maxValueChars: z.number().int().min(1),
    maxHostCalls: z.number().int().min(1),
  })
  .partial()
  .strict();

export const graderSchema = z
  .object({
    tolerance: toleranceSchema.optional(),
    limits: limitsSchema.optional(),
    checks: z.array(checkSchema).min(1),
    equivalentMutants: z
      .record(
        z.string().min(1),
        z
          .string()
          .min(10, 'say in a line why the mutant computes the same thing')
          .regex(/^[^\n]*$/, 'a reason is one line'),
      )
      .optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.checks.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate check id '${c.id}'`, path: ['checks', i, 'id'] });
      seen.add(c.id);
    });
    if (!g.checks.some((c) => c.kind === 'example')) {
      ctx.addIssue({ code: 'custom', message: 'at least one check must be a visible example', path: ['checks'] });
    }
  });

/** Identity with types: graders are validated when loaded (`parseGrader`), naming file and field. */
export function defineGrader(def: GraderDef): GraderDef {
  return def;
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

/** Validate a grader module's default export; errors name the file and the field. */
export function parseGrader(value: unknown, file: string, exportNames: string[]): GraderDef {
  const r = graderSchema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    throw new ContentError(file, issues);
  }
  const def = value as GraderDef;
  def.checks.forEach((c, i) => {
    if (c.call && !exportNames.includes(c.call)) {
      throw new ContentError(file, `checks[${i}] (${c.id}).call: '${c.call}' is not an export of the exercise (${exportNames.join(', ')})`);
    }
  });
  return def;
}

export function formatPath(path: PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(root)';
}
