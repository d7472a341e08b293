// The human-readable form of a report, for the terminal.
import { fromWire, type Wire } from '../lib/protocol/codec';
import type { CheckResult, Report } from '../lib/engine/types';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (s: string) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const green = paint(32);
const red = paint(31);
const yellow = paint(33);
const dim = paint(2);

const mark: Record<CheckResult['status'], string> = { pass: green('✓'), fail: red('✗'), error: red('!'), skipped: yellow('-') };

export function formatReport(r: Report): string {
  const out: string[] = [];
  out.push(`${r.exercise}: ${r.passed}/${r.total} checks passed (${r.mode}, seed ${r.seed})`);
  if (r.error) {
    const at = r.error.line ? ` (line ${r.error.line}, column ${r.error.column})` : '';
    out.push(red(`  ${r.error.message}${at}`));
  }
  if (!r.error) {
    for (const c of r.checks) {
      out.push(`  ${mark[c.status]} ${c.name} ${dim(`[${c.kind} · ${c.id}]`)}`);
      if (c.message) out.push(`      ${c.status === 'pass' ? '' : ''}${c.message}`);
      if (c.status !== 'pass' && c.input) {
        out.push(dim(`      input:    ${show(c.input)}`));
        if (c.expected !== undefined) out.push(dim(`      expected: ${show(c.expected)}`));
        if (c.got !== undefined) out.push(dim(`      got:      ${show(c.got)}`));
      }
    }
  }
  if (r.mistake) {
    out.push('', yellow(`Recognised mistake (${r.mistake.id}): ${r.mistake.hint.en}`));
    if (r.mistake.unexplained?.length) out.push(yellow(`  It does not explain: ${r.mistake.unexplained.join(', ')} (another slip?)`));
  }
  for (const d of r.diagnoses ?? []) {
    out.push('', yellow(`What the difference looks like (${d.checks.join(', ')}): ${d.text.en}`));
    if (d.text.zh) out.push(dim(`  ${d.text.zh}`));
  }
  if (r.console.lines.length) {
    out.push('', `Console (${r.console.lines.length} line${r.console.lines.length === 1 ? '' : 's'}${r.console.dropped ? `, ${r.console.dropped} more dropped` : ''}):`);
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
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}:${literal(x)}`).join(',')}}`;
  return JSON.stringify(v);
}
