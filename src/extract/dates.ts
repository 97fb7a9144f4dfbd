import * as chrono from 'chrono-node';
import type { FoundRelation } from './relations/index.js';
import type { SentenceContext } from './sentence-context.js';
import type { DateSource, Evidence } from './types.js';

/**
 * The date pass: when did what a sentence states happen? chrono-node finds
 * the date expressions ("on Thursday", "in November 2015", "Jan. 3",
 * "yesterday"); a thin news layer adds what it does not do for wire copy:
 *
 * - a weekday is the most recent such day on or before the article's date,
 *   unless the sentence speaks of the future ("will", "next Tuesday");
 * - "last week", "earlier this week", "a week ago", "less than a week after"
 *   are ISO weeks (`2019-W52`);
 * - a year alone ("a 2006 airplane crash", "in 1986") is a year;
 * - a date right after a reporting verb ("said Thursday", "told reporters
 *   Thursday") dates the statement, not the event, so it dates only speech
 *   relations (WARNED, THREATENED, ACCUSED).
 *
 * Dates are ISO strings at the precision the text gives: `YYYY`, `YYYY-MM`,
 * `YYYY-Www` or `YYYY-MM-DD`. Relative expressions resolve against the
 * article's own date; without one only absolute dates count. Pure and
 * deterministic (all in UTC).
 */

/**
 * chrono's parsers and refiners that read what news prose does not use as
 * dates, or what the news layer reads itself: times of day ("at 1500 GMT")
 * and time zones, ISO timestamps, slashed dates (in wire copy, prices and
 * fractions: "32-1/2"), "within 3 days", "3 days later", "end of the month".
 * Without them chrono is several times faster on Reuters sentences.
 */
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENYearMonthDayParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const DROPPED_REFINERS = new Set([
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
]);

let parser: chrono.Chrono | undefined;
function newsChrono(): chrono.Chrono {
  if (!parser) {
    parser = chrono.en.casual.clone();
    parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
    parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
    // chrono builds each parser's pattern again on every call to see whether
    // it changed; with one fixed configuration it never does, and building it
    // was most of chrono's time here. Keep the first one.
    for (const p of parser.parsers as unknown as { innerPatternHasChange?: () => boolean }[])
      if (typeof p.innerPatternHasChange === 'function') p.innerPatternHasChange = () => false;
  }
  return parser;
}

/** One date expression found in a sentence; offsets are into the document. */
export interface FoundDate {
  date: string;
  text: string;
  start: number;
  end: number;
  /** Follows a reporting verb: the date of a statement. */
  reported: boolean;
}

export interface DateOptions {
  /** Relation types whose date may be the date they were said. */
  speechRelations?: readonly string[];
  /** A year more than this far after the article's year is a number, not a year. */
  maxYearsAhead?: number;
}

export const DEFAULTS: Required<DateOptions> = {
  speechRelations: ['WARNED', 'THREATENED', 'ACCUSED'],
  maxYearsAhead: 5,
};

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The ISO week (`YYYY-Www`) a day falls in. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of its week decides the year
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / DAY + 1) / 7);
  return `${year}-W${pad(week)}`;
}

/** The article's date as noon UTC, or undefined when it has none we can read. */
export function articleDay(date: string | undefined): Date | undefined {
  const m = date && /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

// The news layer's words.
const REPORTED =
  /\b(?:said|says|told(?: reporters| a news conference| \w+)?|announced|added|stated|wrote|statement(?: released)?|declared)(?:\s+(?:late|early))?(?:\s+on)?\s*$/i;
const FUTURE =
  /\b(?:will|shall|won't|'ll|’ll|is to|are to|is due to|are due to|scheduled|plans? to|expected to)\b/i;
const WEEK =
  /\b(?:(?:(last|previous|past) week)|(?:earlier |later )?(this) week|(next) week|(?:less than |more than |about |nearly |just over )?(a|one) week (?:ago|earlier|before|after))\b/gi;
const YEAR =
  /\b(?:in|a|an|the|since|during|until|by|of|early|late|mid-|fiscal|calendar|from|to|through)\s+((?:1[89]|20)\d\d)\b(?![,.]?\d|\s*(?:%|percent|pct|dlrs|dollars|shares|tonnes|tons|barrels|acres))/gi;
const NOT_A_DATE = /^(?:right )?(?:now|currently|at present)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * A quick look for anything chrono or the news layer could read (month and
 * day names, relative days, a year), so most sentences skip the parser: it
 * is the costly part of the pass.
 */
const NAMES = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
  ...['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].map((d) => `${d}day`),
];
// Month and day names are capitalised ("May"; "may" is a verb), relative words need not be.
const MAYBE_CHRONO = new RegExp(
  `\\b(?:${NAMES.map((n) => `${n[0]?.toUpperCase()}${n.slice(1)}`).join('|')})\\b|\\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|[Ll]ast|[Nn]ext)\\b`,
  'g',
);
/** Characters of context chrono gets on each side of a trigger word. */
const WINDOW = 40;
const MAYBE_YEAR = /\b(?:1[89]|20)\d\d\b/;

/**
 * Every date expression of `text` (one sentence, starting at document offset
 * `offset`), resolved against the article's date `ref`.
 */
export function findDates(
  text: string,
  ref: Date | undefined,
  offset = 0,
  options?: DateOptions,
): FoundDate[] {
  if (typeof text !== 'string') return [];
  const windows = chronoWindows(text);
  const chronoMay = windows.length > 0;
  // Every WEEK match holds the word "week", every YEAR match a MAYBE_YEAR: their scans run only then.
  const yearMay = MAYBE_YEAR.test(text);
  const weekMay = /\bweek\b/i.test(text);
  if (!chronoMay && !yearMay && !weekMay) return [];
  const maxYear =
    (ref ?? new Date(Date.UTC(9999, 0))).getUTCFullYear() +
    (options?.maxYearsAhead ?? DEFAULTS.maxYearsAhead);
  const out: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (date: string, s: number, e: number) => {
    if (!free(s, e)) return;
    taken.push([s, e]);
    const reported = REPORTED.test(text.slice(Math.max(0, s - 40), s));
    out.push({ date, text: text.slice(s, e), start: offset + s, end: offset + e, reported });
  };
  // Weeks first: chrono reads "this week" as a day.
  if (ref && weekMay)
    for (const m of text.matchAll(WEEK)) {
      const shift = m[1] || m[4] ? -7 : m[3] ? 7 : 0;
      add(isoWeek(new Date(ref.getTime() + shift * DAY)), m.index, m.index + m[0].length);
    }
  // chrono reads only the words around its trigger words: most of a long
  // sentence is never a date, and its parsers' cost grows with the text.
  const instant = { instant: ref ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const results = windows.flatMap(([ws, we]) =>
    newsChrono()
      .parse(text.slice(ws, we), instant, { forwardDate: false })
      .map((r) => ({ r, base: ws })),
  );
  for (const { r, base } of results) {
    // "now" and "currently" say nothing about when the event happened.
    if (NOT_A_DATE.test(r.text)) continue;
    const c = r.start;
    const s = base + r.index;
    const e = s + r.text.replace(/[\s,.;:]+$/, '').length;
    const y = c.get('year') as number;
    const mo = c.get('month') as number;
    const d = c.get('day') as number;
    let date: string | undefined;
    if (c.isCertain('day') && c.isCertain('month') && (ref || c.isCertain('year')))
      date = `${y}-${pad(mo)}-${pad(d)}`;
    else if (c.isCertain('weekday') && ref) {
      const want = c.get('weekday') as number;
      const before = text.slice(Math.max(0, s - 60), s);
      const future =
        /^next\b/i.test(r.text) ||
        /\bnext\s*$/i.test(before) ||
        (!REPORTED.test(before) && FUTURE.test(before));
      const diff = future ? (want - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - want + 7) % 7);
      date = isoDay(new Date(ref.getTime() + diff * DAY));
    } else if (c.isCertain('month') && (ref || c.isCertain('year'))) date = `${y}-${pad(mo)}`;
    else if (c.isCertain('year')) date = String(y);
    if (date && y <= maxYear) add(date, s, e);
  }
  if (yearMay)
    for (const m of text.matchAll(YEAR)) {
      const year = Number(m[1]);
      if (year > maxYear) continue;
      const s = m.index + m[0].length - 4;
      add(String(year), s, s + 4);
    }
  return out.sort((a, b) => a.start - b.start);
}

/** Stretches of `text` around the words chrono could start a date from, merged, on word boundaries. */
function chronoWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(MAYBE_CHRONO)) {
    let a = Math.max(0, m.index - WINDOW);
    let b = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
    while (b < text.length && !/\s/.test(text[b] as string)) b++;
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The weekday names, for tests and the viewer's labels. */
export { WEEKDAYS };

/** What the date pass adds to an evidence span. */
export type EvidenceDate = Pick<Evidence, 'date' | 'dateText' | 'dateSource'>;

/**
 * Dates the relations of one document: each evidence gets the date
 * expression of its sentences nearest to the two entities, or the article's
 * date marked `dateSource: "article"`. Sentences are parsed once, on demand.
 */
export function relationDater(
  sents: readonly SentenceContext[],
  articleDate: string | undefined,
  options?: DateOptions,
): (
  r: FoundRelation,
  mentionsOf: (entity: number) => { start: number; end: number }[],
) => EvidenceDate {
  const speech = new Set(options?.speechRelations ?? DEFAULTS.speechRelations);
  const ref = articleDay(articleDate);
  const fallback: EvidenceDate = ref
    ? { date: isoDay(ref), dateSource: 'article' as DateSource }
    : {};
  const cache = new Map<number, FoundDate[]>();
  const datesOf = (i: number) => {
    let found = cache.get(i);
    if (!found) {
      const s = sents[i];
      found = s ? findDates(s.text, ref, s.start, options) : [];
      cache.set(i, found);
    }
    return found;
  };
  return (r, mentionsOf) => {
    const candidates: FoundDate[] = [];
    for (let i = r.from; i <= r.to; i++)
      for (const d of datesOf(i)) if (!d.reported || speech.has(r.type)) candidates.push(d);
    if (!candidates.length) return fallback;
    const first = sents[r.from];
    const last = sents[r.to];
    const lo = first?.start ?? 0;
    const hi = last?.end ?? Number.POSITIVE_INFINITY;
    const spans = [...mentionsOf(r.source), ...mentionsOf(r.target)].filter(
      (m) => m.start >= lo && m.end <= hi,
    );
    const from = Math.min(...spans.map((m) => m.start));
    const to = Math.max(...spans.map((m) => m.end));
    const distance = (d: FoundDate) =>
      spans.length ? (d.end < from ? from - d.end : d.start > to ? d.start - to : 0) : 0;
    let best = candidates[0] as FoundDate;
    for (const d of candidates) if (distance(d) < distance(best)) best = d;
    return { date: best.date, dateText: best.text, dateSource: 'text' };
  };
}
