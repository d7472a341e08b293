// What an exercise is, as the engine sees it: its id, exports and statement metadata.
// Parsing the files (front matter) lives here too, so every caller validates the same way.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError, formatPath } from './grader';
import type { LocalizedText } from './types';

export interface ExportSpec {
  /** `predict` */
  name: string;
  /** `['X', 'w', 'b']`: names used in messages ("predict changed its argument X"). */
  params: string[];
  /** As written in the front matter: `predict(X, w, b)`. */
  signature: string;
  kind: 'function' | 'class';
}

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface ExerciseMeta {
  id: string;
  chapter: number;
  order: number;
  difficulty: Difficulty;
  title: LocalizedText;
  exports: ExportSpec[];
  hints: { en: string[]; zh: string[] };
  /** Which curve to plot next to the results, when the exercise produces one. */
  plot?: PlotKind;
}

/** The plots the exercise page knows how to draw from the visible checks (src/lib/client/plots.ts). */
export const PLOT_KINDS = [
  'cost-history',
  'depth-norms',
  'loss-curve',
  'lr-schedule',
  'optimizer-path',
  'learning-curve',
  'decision-boundary',
  'epoch-cost',
  'depth-grad-norms',
  'images',
] as const;
export type PlotKind = (typeof PLOT_KINDS)[number];

export interface Statement {
  en: string;
  zh?: string;
}

const signature = z.string().regex(/^(class [A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*\(.*\))$/, 'write exports as `name(a, b)` or `class Name`');

export const frontMatterSchema = z
  .object({
    title: z.string().min(3),
    chapter: z.number().int().min(1).max(20),
    order: z.number().int().min(1),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    exports: z.array(signature).min(1),
    hints: z.array(z.string().min(3)).min(1),
    plot: z.enum(PLOT_KINDS).optional(),
  })
  .strict();

export const translatedFrontMatterSchema = z
  .object({
    title: z.string().min(1),
    hints: z.array(z.string().min(1)).min(1),
  })
  .strict();

export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new ContentError(file, 'missing front matter (a block between --- lines at the top)');
  try {
    return { data: parseYaml(m[1]), body: m[2] };
  } catch (e) {
    throw new ContentError(file, `front matter is not valid YAML: ${(e as Error).message}`);
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    throw new ContentError(file, r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '));
  }
  return r.data;
}

/**
 * Parameter names of a signature's inside, `X, w, b = 0.5, weight?` → X, w, b, weight.
 * A destructured parameter `{ mode, eps }` keeps its braces as its name.
 */
export function splitParams(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    if (ch === '}' || ch === ']' || ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((p) => {
    const t = p.trim().replace(/^\.\.\./, '');
    return t.startsWith('{') ? t.replace(/\s+/g, ' ') : t.replace(/[?]?\s*(=.*)?$/, '').trim();
  });
}

export function parseExport(sig: string): ExportSpec {
  if (sig.startsWith('class ')) return { name: sig.slice(6).trim(), params: [], signature: sig, kind: 'class' };
  const open = sig.indexOf('(');
  const params = splitParams(sig.slice(open + 1, sig.lastIndexOf(')')));
  return { name: sig.slice(0, open).trim(), params, signature: sig, kind: 'function' };
}

/** Parse an exercise's statements (English required, Chinese optional) into its metadata. */
export function parseExercise(
  id: string,
  files: { en: string; zh?: string },
  paths: { en: string; zh: string },
): { meta: ExerciseMeta; statement: Statement } {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new ContentError(id, 'exercise ids are lowercase words joined by dashes');
  const en = splitFrontMatter(files.en, paths.en);
  const fm = validate(frontMatterSchema, en.data, paths.en);
  let zh: { data: z.infer<typeof translatedFrontMatterSchema>; body: string } | undefined;
  if (files.zh !== undefined) {
    const raw = splitFrontMatter(files.zh, paths.zh);
    zh = { data: validate(translatedFrontMatterSchema, raw.data, paths.zh), body: raw.body };
  }
  const exports = fm.exports.map(parseExport);
  const names = new Set<string>();
  for (const e of exports) {
    if (names.has(e.name)) throw new ContentError(paths.en, `exports: '${e.name}' is listed twice`);
    names.add(e.name);
  }
  return {
    meta: {
      id,
      chapter: fm.chapter,
      order: fm.order,
      difficulty: fm.difficulty,
      title: { en: fm.title, zh: zh?.data.title },
      exports,
      hints: { en: fm.hints, zh: zh?.data.hints ?? [] },
      plot: fm.plot,
    },
    statement: { en: en.body.trim(), zh: zh?.body.trim() },
  };
}
