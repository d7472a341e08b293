// CSV for spreadsheets: RFC 4180 quoting, and no formulas — a cell a spreadsheet would read
// as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
export type CsvValue = string | number | boolean | null | undefined | Date;

export function csvCell(v: CsvValue): string {
  let s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: CsvValue[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
