// Which language an API answer's report is in: `?lang=en|zh|all`, else `Accept-Language`
// (the preferred of English and Chinese), else English. `all` is the report as stored, with
// both languages side by side (`name`/`nameZh`, `message`/`messageZh`): the web app asks for
// it so that switching the interface language needs no new grading.
import { localizeReport, requestLang, type ReportLang } from '../engine/localize';
import type { Report } from '../engine/types';

export type ReportLanguage = ReportLang | 'all';

/** The language asked for, or null for a `?lang=` that is none of en, zh, all. */
export function reportLanguage(url: URL, headers: Headers): ReportLanguage | null {
  const query = url.searchParams.get('lang');
  if (query === 'all') return 'all';
  return requestLang(query, headers.get('accept-language'));
}

export const BAD_LANGUAGE = "lang must be 'en', 'zh' or 'all'";

export function reportIn(report: Report, lang: ReportLanguage): Report {
  return lang === 'all' ? report : localizeReport(report, lang);
}
