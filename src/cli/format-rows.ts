/**
 * Pure: query rows as a text table, JSON or CSV. Cells that are not strings
 * or numbers are shown as JSON.
 */
export type RowFormat = 'table' | 'json' | 'csv';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function csvCell(s: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: quote it with a tick.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatRows(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  format: RowFormat,
): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') {
    const lines = [columns.map(csvCell).join(',')];
    for (const r of rows) lines.push(columns.map((c) => csvCell(cell(r[c]))).join(','));
    return `${lines.join('\n')}\n`;
  }
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const body = rows.map((r) => columns.map((c) => oneLine(cell(r[c]))));
  const widths = columns.map((c, i) =>
    Math.min(80, Math.max(c.length, ...body.map((b) => (b[i] as string).length))),
  );
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: readonly string[]) =>
    cells
      .map((s, i) => clip(s, widths[i] as number))
      .join(' | ')
      .trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-')];
  for (const b of body) out.push(line(b));
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
