// The web app's view of the content on disk: the catalog for the home page and everything
// the exercise page needs. In development every request reads the files again (instructor
// preview: edit a statement, stub or grader and the page shows it); in production the
// content is read once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ExerciseMeta } from '../engine/exercise';
import type { LocalizedText } from '../engine/types';
import type { BrowserExamples } from '../protocol/browser-examples';
import { browserExamples } from './browser-examples';
import { contentRoot, exerciseExists, listExerciseIds, loadExercise, loadPublic, type ModuleImporter } from './exercises';
import { renderInline, renderStatement } from './markdown';

const DEV = import.meta.env.DEV === true;

export type CatalogItem = Pick<ExerciseMeta, 'id' | 'chapter' | 'order' | 'difficulty' | 'title'>;

export interface Chapter {
  chapter: number;
  title: LocalizedText;
  exercises: CatalogItem[];
}

export interface Catalog {
  chapters: Chapter[];
  /** Exercises whose files do not parse (shown to authors in development). */
  problems: { id: string; message: string }[];
}

export interface ExercisePage {
  meta: ExerciseMeta;
  chapterTitle: LocalizedText;
  statement: { en: string; zh?: string };
  hints: { en: string[]; zh: string[] };
  stub: string;
  /** Visible examples for the browser's Run; null: Run goes to the server. */
  examples: BrowserExamples | null;
  prev?: { id: string; title: LocalizedText };
  next?: { id: string; title: LocalizedText };
}

let catalogCache: Promise<Catalog> | undefined;
const pageCache = new Map<string, Promise<ExercisePage>>();

export function chapterTitles(root = contentRoot()): Map<number, LocalizedText> {
  const file = join(root, 'exercises', 'chapters.yaml');
  const out = new Map<number, LocalizedText>();
  if (!existsSync(file)) return out;
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, { en: string; zh?: string }> | null;
  for (const [k, v] of Object.entries(data ?? {})) out.set(Number(k), { en: v.en, zh: v.zh });
  return out;
}

export function catalog(): Promise<Catalog> {
  if (DEV) return readCatalog();
  return (catalogCache ??= readCatalog());
}

async function readCatalog(root = contentRoot()): Promise<Catalog> {
  const ids = await listExerciseIds(root);
  const titles = chapterTitles(root);
  const items: CatalogItem[] = [];
  const problems: Catalog['problems'] = [];
  await Promise.all(
    ids.map(async (id) => {
      try {
        const { meta } = await loadPublic(id, root);
        items.push({ id, chapter: meta.chapter, order: meta.order, difficulty: meta.difficulty, title: meta.title });
      } catch (e) {
        problems.push({ id, message: (e as Error).message });
        console.error(`[nabla] exercise ${id} skipped: ${(e as Error).message}`);
      }
    }),
  );
  items.sort((a, b) => a.chapter - b.chapter || a.order - b.order || a.id.localeCompare(b.id));
  const chapters: Chapter[] = [];
  for (const item of items) {
    let ch = chapters.at(-1);
    if (!ch || ch.chapter !== item.chapter) {
      ch = { chapter: item.chapter, title: titles.get(item.chapter) ?? { en: `Chapter ${item.chapter}` }, exercises: [] };
      chapters.push(ch);
    }
    ch.exercises.push(item);
  }
  return { chapters, problems };
}

export async function exercisePage(id: string): Promise<ExercisePage | null> {
  if (!(await exerciseExists(id))) return null;
  if (DEV) return readExercisePage(id);
  let p = pageCache.get(id);
  if (!p) {
    p = readExercisePage(id);
    p.catch(() => pageCache.delete(id));
    pageCache.set(id, p);
  }
  return p;
}

async function readExercisePage(id: string, root = contentRoot()): Promise<ExercisePage> {
  const ex = await loadExercise(id, root, DEV ? devImporter : prodImporter);
  const cat = await catalog();
  const flat = cat.chapters.flatMap((c) => c.exercises);
  const i = flat.findIndex((e) => e.id === id);
  const link = (e?: CatalogItem) => (e ? { id: e.id, title: e.title } : undefined);
  return {
    meta: ex.meta,
    chapterTitle: chapterTitles(root).get(ex.meta.chapter) ?? { en: `Chapter ${ex.meta.chapter}` },
    statement: { en: renderStatement(ex.statement.en), ...(ex.statement.zh ? { zh: renderStatement(ex.statement.zh) } : {}) },
    hints: { en: ex.meta.hints.en.map(renderInline), zh: ex.meta.hints.zh.map(renderInline) },
    stub: ex.stub,
    examples: browserExamples(ex),
    prev: i > 0 ? link(flat[i - 1]) : undefined,
    next: i >= 0 && i < flat.length - 1 ? link(flat[i + 1]) : undefined,
  };
}

// Graders are TypeScript. Under Vite (development) the dev server transforms them and
// re-imports a file after it changes; the built server registers tsx's loader once.
const devImporter: ModuleImporter = (file) => import(/* @vite-ignore */ pathToFileURL(file).href);

let tsLoader: Promise<void> | undefined;
const prodImporter: ModuleImporter = async (file) => {
  if (file.endsWith('.ts')) {
    tsLoader ??= import('tsx/esm/api').then(({ register }) => {
      register();
    });
    await tsLoader;
  }
  return import(/* @vite-ignore */ pathToFileURL(file).href);
};
