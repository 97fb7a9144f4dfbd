const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as feeds, e-mail and web archives write it, to `YYYY-MM-DD` as
 * written (no shift to UTC): ISO 8601 (Atom, JSON Feed, dc:date, WARC-Date)
 * or RFC 822 (RSS `pubDate`, e-mail `Date:`).
 */
export function dayOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw);
  if (iso) return iso[1];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(raw);
  const month = rfc ? MONTHS.indexOf((rfc[2] as string).toLowerCase()) : -1;
  if (!rfc || month < 0) return undefined;
  return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${(rfc[1] as string).padStart(2, '0')}`;
}
