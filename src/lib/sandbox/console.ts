// Console output of learner code, formatted on the host from values the prelude encoded.
import { fmt } from '../protocol/format';

const MAX_LINE = 1000;

export function formatConsoleLine(level: string, args: unknown[]): string {
  const text = args.map((a) => (typeof a === 'string' ? a : inspect(a, 0))).join(' ');
  const line = level === 'log' || level === 'info' || level === 'debug' ? text : `[${level}] ${text}`;
  return line.length > MAX_LINE ? line.slice(0, MAX_LINE) + '…' : line;
}

function inspect(v: unknown, depth: number): string {
  if (typeof v === 'number') return fmt(v, 15);
  if (typeof v === 'string') return depth === 0 ? v : JSON.stringify(v);
  if (v === undefined || v === null || typeof v === 'boolean') return String(v);
  if (depth > 6) return '…';
  if (Array.isArray(v)) {
    // The prelude sends at most 100 items, then "… N more" (see `maxItems` there).
    const more = v.length > 0 && isMore(v[v.length - 1]) ? (v[v.length - 1] as string) : undefined;
    const list = more ? v.slice(0, -1) : v;
    const items = list.slice(0, 100).map((x) => inspect(x, depth + 1));
    if (more) items.push(more);
    else if (list.length > 100) items.push(`… ${list.length - 100} more`);
    return `[${items.join(', ')}]`;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) =>
      k === '…' && isMore(`… ${x}`) ? `… ${x}` : `${k}: ${inspect(x, depth + 1)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return String(v);
}

function isMore(x: unknown): boolean {
  return typeof x === 'string' && /^… \d+ more( keys)?$/.test(x);
}
