// A report in one language, for the edges that show it: the results panel, the CLI's
// `--lang`, the API's `?lang=`. Reports are stored and passed around with both languages
// (see types.ts); older stored reports without Chinese come out in English.
import type { CheckResult, Report } from './types';

export type ReportLang = 'en' | 'zh';

export const REPORT_LANGS: readonly ReportLang[] = ['en', 'zh'];

/** `name`/`message` in `lang` (English where no Chinese exists), without the `*Zh` fields. */
export function localizeReport(report: Report, lang: ReportLang): Report {
  const { error, checks, ...rest } = report;
  const out: Report = { ...rest, checks: checks.map((c) => localizeCheck(c, lang)) };
  if (error) {
    const { messageZh, ...e } = error;
    out.error = lang === 'zh' && messageZh ? { ...e, message: messageZh } : e;
  }
  return out;
}

export function localizeCheck(check: CheckResult, lang: ReportLang): CheckResult {
  const { nameZh, messageZh, ...c } = check;
  if (lang !== 'zh') return c;
  return { ...c, ...(nameZh ? { name: nameZh } : {}), ...(messageZh && c.message !== undefined ? { message: messageZh } : {}) };
}

/**
 * The language an HTTP request asks for: `?lang=en|zh` first (any other value: null, a bad
 * request), else the preferred one of English and Chinese in `Accept-Language` (by q value),
 * else English.
 */
export function requestLang(query: string | null | undefined, acceptLanguage: string | null | undefined): ReportLang | null {
  if (query !== null && query !== undefined) return (REPORT_LANGS as readonly string[]).includes(query) ? (query as ReportLang) : null;
  let best: { lang: ReportLang; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const lang: ReportLang | undefined = tag === 'zh' || tag.startsWith('zh-') ? 'zh' : tag === 'en' || tag.startsWith('en-') ? 'en' : undefined;
    if (!lang) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? 'en';
}
