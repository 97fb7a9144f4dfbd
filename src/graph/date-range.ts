/**
 * The days an ISO date of any precision the extractor writes covers:
 * `YYYY`, `YYYY-MM`, `YYYY-Www` (ISO week) or `YYYY-MM-DD` (a longer
 * timestamp counts as its day). Pure; shared by the builder, the export
 * filters and the viewer's timeline, so they all agree on what "in range" is.
 */
export interface DayRange {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The range of days `date` covers, or undefined when it is none of the forms above. */
export function dateRange(date: string | undefined): DayRange | undefined {
  if (typeof date !== 'string') return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    return { from: d, to: d };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(date);
  if (m) {
    const year = Number(m[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() || 7) - 1) + (Number(m[2]) - 1) * 7);
    return { from: day(new Date(monday)), to: day(new Date(monday + 6 * 86_400_000)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  m = /^(\d{4})$/.exec(date);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return undefined;
}

/** Whether `a` starts before `b` (by first day; unknown forms compare as text). */
export function startsBefore(a: string, b: string): boolean {
  return (dateRange(a)?.from ?? a) < (dateRange(b)?.from ?? b);
}

/** Whether `a` ends after `b` (by last day). */
export function endsAfter(a: string, b: string): boolean {
  return (dateRange(a)?.to ?? a) > (dateRange(b)?.to ?? b);
}

/** Whether a date overlaps the days [since, until] (either end open). */
export function overlaps(date: string | undefined, since?: string, until?: string): boolean {
  const r = dateRange(date);
  if (!r) return false;
  return (!since || r.to >= since) && (!until || r.from <= until);
}
