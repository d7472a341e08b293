// Known mistakes written as edits of the reference (reference/<id>/mistakes.ts), the way
// mutation tools write a mutant: where, and what instead.
//
//   export default defineMistakes([
//     {
//       name: 'no-bias',
//       hint: { en: 'Your predictions leave out the bias: …', zh: '你的预测漏掉了偏置：…' },
//       edits: [{ find: 'let f = b;', replace: 'let f = 0;' }],
//     },
//   ]);
//
// Each `find` must occur exactly once in the text it applies to (the solution, after the edits
// before it): a solution that changes under a mistake makes it fail loudly instead of drifting.
// A mistake that is a different program altogether stays a whole file, mistakes/<name>.js.
import { z } from 'zod';
import { formatPath } from './grader';
import type { LocalizedText } from './types';

export interface MistakeEdit {
  /** Text of the solution, occurring exactly once (whole lines read best). */
  find: string;
  /** What the mistaken version has instead. */
  replace: string;
}

export interface MistakeDef {
  /** Unique in the exercise (files under mistakes/ included): `[a-z0-9-]+`. */
  name: string;
  /** Shown when a submission behaves like this mistake. */
  hint: LocalizedText;
  /** Applied in order to the solution's text. */
  edits: MistakeEdit[];
}

/**
 * A mistake from the cross-exercise library (src/lib/server/common-mistakes.ts), placed in this
 * solution by its own edits: the name (`common-<name>`) and the bilingual hint come from the library.
 */
export interface CommonMistakeUse {
  common: string;
  edits: MistakeEdit[];
}

export type MistakeEntry = MistakeDef | CommonMistakeUse;

export const isCommonUse = (m: MistakeEntry): m is CommonMistakeUse => 'common' in m;

const editSchema = z.object({ find: z.string().min(1, 'an empty `find` matches everywhere'), replace: z.string() }).strict();

const mistakeSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'names are lowercase words joined by dashes'),
    hint: z.object({ en: z.string().min(10), zh: z.string().min(2) }).strict(),
    edits: z.array(editSchema).min(1),
  })
  .strict();

const commonUseSchema = z
  .object({
    common: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'names are lowercase words joined by dashes'),
    edits: z.array(editSchema).min(1),
  })
  .strict();

/** An entry is one form or the other, told by its `common` key (so problems name the field, not "no union member"). */
const entrySchema = z.unknown().superRefine((entry, ctx) => {
  const schema = entry && typeof entry === 'object' && 'common' in entry ? commonUseSchema : mistakeSchema;
  const r = schema.safeParse(entry);
  if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

export const mistakesSchema = z.array(entrySchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  (list as MistakeEntry[]).forEach((entry, i) => {
    const m = { name: entry && typeof entry === 'object' && 'common' in entry ? `common-${entry.common}` : (entry as MistakeDef)?.name };
    if (seen.has(m.name)) ctx.addIssue({ code: 'custom', message: `duplicate mistake name '${m.name}'`, path: [i, 'name'] });
    seen.add(m.name);
  });
});

/** Identity with types: mistakes are validated when loaded (`parseMistakes`), naming file and field. */
export function defineMistakes(list: MistakeEntry[]): MistakeEntry[] {
  return list;
}

/** Validate a mistakes.ts default export; returns the problems (`[3].edits[0].find: …`), or the list. */
export function parseMistakes(value: unknown): { ok: true; mistakes: MistakeEntry[] } | { ok: false; problems: string } {
  const r = mistakesSchema.safeParse(value);
  if (r.success) return { ok: true, mistakes: value as MistakeEntry[] };
  return { ok: false, problems: r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ') };
}

const count = (text: string, find: string) => {
  let n = 0;
  for (let i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + 1)) n++;
  return n;
};

const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * The one implementation of "apply edits": the mistake's full source, or what does not apply
 * (`edits[1].find "…" occurs 2 times in the solution`). A mistake identical to the solution is
 * a problem too.
 */
export function applyEdits(solution: string, edits: MistakeEdit[]): { ok: true; source: string } | { ok: false; problem: string } {
  let text = solution;
  for (const [i, e] of edits.entries()) {
    const n = count(text, e.find);
    const where = i === 0 ? 'the solution' : `the solution after edits[0..${i - 1}]`;
    if (n === 0) return { ok: false, problem: `edits[${i}].find ${shown(e.find)} does not occur in ${where}` };
    if (n > 1)
      return {
        ok: false,
        problem: `edits[${i}].find ${shown(e.find)} occurs ${n} times in ${where}; it must occur exactly once (add context, or write one edit per place)`,
      };
    const at = text.indexOf(e.find);
    text = text.slice(0, at) + e.replace + text.slice(at + e.find.length);
  }
  if (text === solution) return { ok: false, problem: 'the edits leave the solution unchanged' };
  return { ok: true, source: text };
}
