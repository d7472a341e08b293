// The human-readable form of a report, for the terminal.
import { fromWire, type Wire } from '../lib/protocol/codec';
import type { CheckResult, Report } from '../lib/engine/types';
import type { ReportLang } from '../lib/engine/localize';

/** The terminal's own words; check names and messages come localized in the report. */
const WORDS = {
  en: {
    passed: (p: number, t: number) => `${p}/${t} checks passed`,
    at: (l: number, c: number | undefined) => ` (line ${l}, column ${c})`,
    input: 'input:   ',
    expected: 'expected:',
    got: 'got:     ',
    mistake: 'Recognised mistake',
    unexplained: (ids: string) => `  It does not explain: ${ids} (another slip?)`,
    diagnosis: 'What the difference looks like',
    console: (n: number, dropped: number) => `Console (${n} line${n === 1 ? '' : 's'}${dropped ? `, ${dropped} more dropped` : ''}):`,
  },
  zh: {
    passed: (p: number, t: number) => `通过 ${p}/${t} 项检查`,
    at: (l: number, c: number | undefined) => `（第 ${l} 行第 ${c} 列）`,
    input: '输入：  ',
    expected: '期望：  ',
    got: '你的输出：',
    mistake: '识别出的常见错误',
    unexplained: (ids: string) => `  它不能解释：${ids}（另有疏漏？）`,
    diagnosis: '差异的规律',
    console: (n: number, dropped: number) => `控制台（${n} 行${dropped ? `，另有 ${dropped} 行未保留` : ''}）：`,
  },
};

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (s: string) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const green = paint(32);
const red = paint(31);
const yellow = paint(33);
const dim = paint(2);

const mark: Record<CheckResult['status'], string> = { pass: green('✓'), fail: red('✗'), error: red('!'), skipped: yellow('-') };

/** `r` already localized (`localizeReport`) into `lang`. */
export function formatReport(r: Report, lang: ReportLang = 'en'): string {
  const w = WORDS[lang];
  const out: string[] = [];
  out.push(`${r.exercise}: ${w.passed(r.passed, r.total)} (${r.mode}, seed ${r.seed})`);
  if (r.error) {
    const at = r.error.line ? w.at(r.error.line, r.error.column) : '';
    out.push(red(`  ${r.error.message}${at}`));
  }
  if (!r.error) {
    for (const c of r.checks) {
      out.push(`  ${mark[c.status]} ${c.name} ${dim(`[${c.kind} · ${c.id}]`)}`);
      if (c.message) out.push(`      ${c.status === 'pass' ? '' : ''}${c.message}`);
      if (c.status !== 'pass' && c.input) {
        out.push(dim(`      ${w.input} ${show(c.input)}`));
        if (c.expected !== undefined) out.push(dim(`      ${w.expected} ${show(c.expected)}`));
        if (c.got !== undefined) out.push(dim(`      ${w.got} ${show(c.got)}`));
      }
    }
  }
  if (r.mistake) {
    out.push('', yellow(`${w.mistake} (${r.mistake.id}): ${(lang === 'zh' && r.mistake.hint.zh) || r.mistake.hint.en}`));
    if (r.mistake.unexplained?.length) out.push(yellow(w.unexplained(r.mistake.unexplained.join(', '))));
  }
  for (const d of r.diagnoses ?? []) out.push('', yellow(`${w.diagnosis} (${d.checks.join(', ')}): ${(lang === 'zh' && d.text.zh) || d.text.en}`));
  if (r.console.lines.length) {
    out.push('', w.console(r.console.lines.length, r.console.dropped));
    for (const l of r.console.lines.slice(0, 50)) out.push(`  ${l}`);
  }
  out.push('', r.status === 'pass' ? green('PASS') : red(r.status === 'error' ? 'ERROR' : 'FAIL'));
  return out.join('\n');
}

/** Compact one-line form of a wire value: NaN, Infinity and −0 written as JavaScript would. */
function show(v: unknown): string {
  const s = literal(fromWire(v as Wire));
  return s.length > 160 ? s.slice(0, 160) + '…' : s;
}

function literal(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(literal).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}:${literal(x)}`)
      .join(',')}}`;
  return JSON.stringify(v);
}
