// Composing grader text (`GraderText`, see grader.ts) in both languages: findings built from
// parts (an engine message, a hint, a list of problems) keep their English and Chinese in step.
import type { GraderText } from './grader';

/** A grader text in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Both forms of a text; an English-only text (an engine message not yet localised) stands for both. */
export const bilingual = (text: GraderText): Bilingual => (typeof text === 'string' ? { en: text, zh: text } : text);

/** The same sentence built in each language from the parts' forms in that language. */
export function mapText(text: GraderText, f: (s: string, lang: 'en' | 'zh') => string): Bilingual {
  const t = bilingual(text);
  return { en: f(t.en, 'en'), zh: f(t.zh, 'zh') };
}

/** Texts joined by a separator given per language. */
export function joinText(parts: GraderText[], sep: Bilingual = { en: '; ', zh: '；' }): Bilingual {
  const all = parts.map(bilingual);
  return { en: all.map((p) => p.en).join(sep.en), zh: all.map((p) => p.zh).join(sep.zh) };
}
