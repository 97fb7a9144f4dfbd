import { readFileSync } from 'node:fs';
import { DAY_NAMES, MONTH_NAMES } from '../calendar.js';
import type { Known, Lexicon } from '../lexicon.js';
import { CASE_WORD, noLower, noUpper } from './case-words.js';
import { caselessCommon, unitAfterName } from './caseless-words.js';
import { acronymForm, initialsOf } from './headline-acronyms.js';
import {
  lettered,
  lettersRuns,
  MIN_UPPER_WORDS,
  mayNeedCasing,
  type Stretch,
  shoutedLines,
  stretches,
  type Word,
  wordsOf,
} from './stretches.js';
import { tableLineForms } from './table-lines.js';

/**
 * Truecasing: restores the case of text written in all capitals or all lower
 * case (agency wire copy, headlines, lower-cased feeds) so that the name
 * finder, which reads capitals, can see names there.
 *
 * The result always has the length of the input and differs only in the case
 * of letters, so every offset found in it is an offset into the original
 * text, and mentions and evidence are cut from the original. A letter whose
 * other case has another length (such as "ß" upper-cased) is left as it is.
 *
 * Order of evidence, per word of a caseless stretch:
 *   1. the document itself: how its mixed-case parts write the word
 *      (a headline's "BANK" is "Bank" only if the story writes "Bank");
 *   2. gazetteer names of two to four words ("new york", "san salvador");
 *   3. curated single names: countries, demonyms, US states, institutions;
 *   4. only where the whole document is caseless: the word table trained on
 *      EWT and CoNLL04 (data/truecase.json, tools/truecase/train.ts), then the
 *      dictionary (lower case), then given names, surnames and towns (Title
 *      case), then Title case for any other word (most unknown words in news
 *      are names), upper case for a word without vowels ("FMLN").
 * A headline of a story written in mixed case takes only 1-3: its other
 * words stay lower case, so headline words are names only when the story
 * confirms them.
 */

export interface CaseModel {
  /** lower-cased word -> its usual written form, where that is not the default. */
  forms: Map<string, string>;
  /** Words that are usually lower case although the dictionary lacks them. */
  lower: Set<string>;
}

export interface TruecaseOptions {
  lex: Lexicon;
  model: CaseModel;
}

/** Mixed-case words a document needs, at least, to count as mixed case (a headline's story). */
export const MIN_MIXED_WORDS = 8;
/** Words of a caseless stretch below which it is left alone ("REUTER", "U.S."). */
const MIN_LOWER_WORDS = 3;
/** Longest gazetteer name looked for, in words. */
const MAX_PHRASE = 4;

let cachedModel: CaseModel | undefined;

/** The word table of data/truecase.json, loaded once per process. */
export function loadCaseModel(): CaseModel {
  if (cachedModel) return cachedModel;
  const raw = JSON.parse(
    readFileSync(new URL('../../../data/truecase.json', import.meta.url), 'utf8'),
  ) as { forms: Record<string, string>; lower: string[] };
  cachedModel = { forms: new Map(Object.entries(raw.forms)), lower: new Set(raw.lower) };
  return cachedModel;
}

/**
 * Returns `text` with the case of its all-capitals and all-lower-case
 * stretches restored; the same length, the same characters but for case.
 */
export function truecase(text: string, options: TruecaseOptions): string {
  if (!mayNeedCasing(text)) return text;
  const all = stretches(text);
  const caseless: Stretch[] = [];
  // Caseless stretches too short to judge alone ("REUTER"): cased only in a caseless document.
  const short: Stretch[] = [];
  let mixedWords = 0;
  for (const s of all) {
    const slice = text.slice(s.start, s.end);
    const upperOnly = noLower(slice);
    if (upperOnly || noUpper(slice)) {
      s.words = wordsOf(text, s);
      const n = s.words.filter(lettered).length;
      if (n >= (upperOnly ? MIN_UPPER_WORDS : MIN_LOWER_WORDS)) caseless.push(s);
      else if (n > 0) short.push(s);
      continue;
    }
    if (mixedWords < MIN_MIXED_WORDS)
      mixedWords += lettersRuns(slice, MIN_MIXED_WORDS - mixedWords);
    if (slice.includes('\n')) caseless.push(...shoutedLines(text, s));
  }
  const datelines = datelineWords(text, all, options.lex);
  const whole = mixedWords < MIN_MIXED_WORDS;
  if (whole && caseless.length) caseless.push(...short);
  if (!caseless.length && !datelines.length) return text;
  const evidence = whole
    ? new Map<string, string>()
    : documentForms(text, caseless, datelines, options.lex);
  // "DOLLAR OPENS EASIER IN TOKYO ... TOKYO, April 8 -": the dateline's place confirms the
  // headline's (not a dictionary word such as "BEACH", which a headline uses as a word).
  // Not after "of": "MUTUAL OF OMAHA ... OMAHA, Neb." names a firm after the place.
  let place: { lower: string; form: string } | undefined;
  if (!whole) {
    // One word alone: a place of several ("NEW YORK") is a gazetteer's phrase, which
    // evidence for one of its words would split.
    const [only, second] = datelines;
    if (only && !second && !evidence.has(only.lower) && !options.lex.dictionary.has(only.lower))
      place = { lower: only.lower, form: knownForm(only.lower, options) ?? titleCase(only.lower) };
  }
  // A firm's name before its corporate form, in a headline or a story all in capitals.
  for (const s of caseless) headlineFirm(text, s.words, evidence, options.lex);
  const out = text.split('');
  const spelled = initialsOf(text);
  for (const s of caseless) {
    // A mixed story's table lines in capitals ("NEW YORK AT BOSTON"): each side read as a unit.
    const table = whole ? undefined : tableLineForms(text, s.words, evidence, options.lex);
    caseStretch(out, s.words, evidence, whole, options, { place, spelled, table });
  }
  const phrased = phraseForms(datelines, options.lex);
  datelines.forEach((w, k) => {
    const inner = k > 0 && (datelines[k - 1] as Word).end + 1 === w.start && PARTICLES.has(w.lower);
    const form =
      phrased.get(k) ??
      (inner
        ? w.lower
        : (evidence.get(w.lower) ?? knownForm(w.lower, options) ?? titleCase(w.lower)));
    apply(out, w, form);
  });
  return out.join('');
}

/**
 * "NEW YORK, Feb 26 -": dateline words that together are a place the gazetteer knows take
 * its casing word by word, before what the story says of one word alone ("new" written in
 * lower case elsewhere would make "new York"). Keyed by the word's index in `words`.
 */
function phraseForms(words: readonly Word[], lex: Lexicon): Map<number, string> {
  const forms = new Map<number, string>();
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(MAX_PHRASE, words.length - k); n >= 2; n--) {
      const run = words.slice(k, k + n);
      if (run.some((w, i) => i > 0 && (run[i - 1] as Word).end + 1 !== w.start)) continue;
      const phrase = run.map((w) => w.lower).join(' ');
      const name = lex.known.get(phrase)?.name;
      if (name?.toLowerCase() !== phrase) continue;
      name.split(' ').forEach((form, i) => {
        forms.set(k + i, form);
      });
      k += n - 1;
      break;
    }
  }
  return forms;
}

/**
 * "BAHRAIN, March 3 -", "LOS ANGELES 1996-12-05": the all-capitals words that
 * open a line of a mixed-case story before a date are a place, written in
 * Title case.
 */
function datelineWords(text: string, all: Stretch[], lex: Lexicon): Word[] {
  const out: Word[] = [];
  // A dateline opens a sentence, or a line: "GENCORP SAYS ...\nAKRON, Ohio, March 3 -" is one
  // capitalised stretch, whose second line is the dateline.
  const starts = new Set(all.map((s) => s.start));
  for (const m of text.matchAll(/\n[ \t]*(?=\p{Lu}{2})/gu))
    starts.add((m.index ?? 0) + m[0].length);
  for (const start of starts) {
    if (!/^\s*\p{Lu}{2}/u.test(text.slice(start, start + 40))) continue;
    const nl = text.indexOf('\n', start + 1);
    const end = Math.min(nl < 0 ? text.length : nl, start + 120);
    const words = wordsOf(text, { start, end, words: [] });
    if (!words.length || text.slice(start, (words[0] as Word).start).trim()) continue;
    let k = 0;
    while (k < words.length && k < 4 && /^\p{Lu}[\p{Lu}.'’]*$/u.test((words[k] as Word).text)) k++;
    let next = words[k];
    if (k === 0 || !next) continue;
    let between = text.slice((words[k - 1] as Word).end, next.start);
    // "TROY, MICH., Feb 26 -": the state in capitals too.
    const state = words[k - 1] as Word;
    if (
      k >= 2 &&
      stateOrCountry(lex, state.lower) &&
      /^,\s+$/.test(text.slice((words[k - 2] as Word).end, state.start))
    ) {
      between = text.slice(state.end, next.start).replace(/^\./, '');
    }
    // "WILMINGTON, Del, Feb 26 -": the state between the place and the date.
    // "Calif" is also a town's name: the state's abbreviation ("Calif.") decides.
    if (stateOrCountry(lex, next.lower) && words[k + 1]) {
      between = text.slice(next.end, (words[k + 1] as Word).start).replace(/^\./, '');
      next = words[k + 1] as Word;
    }
    const month = MONTH_PREFIX.has(next.lower.slice(0, 3)) && /^\p{Lu}\p{Ll}/u.test(next.text);
    const iso = /^\d{4}-\d{2}-\d{2}/.test(text.slice(next.start, next.start + 10));
    if (!/^,?\s+$/.test(between) || !(month || iso)) continue;
    out.push(...words.slice(0, k));
  }
  return out;
}

/** Words a headline's firm name does not reach back over ("SAYS", "TO", "IN"). */
const HEADLINE_STOPS = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'of', 'from', 'with', 'and']);
/** Words of a firm's name before its corporate form, at most, in a headline. */
const HEADLINE_FIRM_WORDS = 3;

/**
 * "MILASTAR CORP <MILA> 3RD QTR LOSS", "BAYER AG RAISES PROFIT": a corporate
 * form that is no English word (Corp, Inc, PLC, AG) closes a firm's name in
 * a headline, whose words up to it (from the line's start or a preposition,
 * three at most, no numbers) are that name, in Title case where the story
 * gives no other form.
 */
function headlineFirm(
  text: string,
  words: Word[],
  evidence: Map<string, string>,
  lex: Lexicon,
): void {
  const suffixes = lex.set('companySuffixes');
  // "CORP", "LTD": no English word ("HOLDINGS" is one, to the dictionary's plural-less list).
  const formal = (w: string) => suffixes.has(w) && !lex.dictionary.has(w.replace(/\.$/, ''));
  // "SAID", "THE", "UNIT": function words, report verbs and a few others open no firm's name.
  const stops = lex.set('firmNameStops');
  const reportVerbs = lex.set('reportVerbs');
  const stop = (w: Word) =>
    HEADLINE_STOPS.has(w.lower) || stops.has(w.lower) || reportVerbs.has(w.lower);
  const nameWord = (w: Word | undefined) => !!w && /^\p{L}[\p{L}.'&-]*$/u.test(w.text) && !stop(w);
  // Two words of one name: no comma, period or ticker's bracket between them ("INC, RESERVE").
  const next = (a: Word, b: Word) => !/[,;:.<>"]/.test(text.slice(a.end, b.start));
  for (let k = 1; k < words.length; k++) {
    if (!formal((words[k] as Word).lower)) continue;
    let s = k;
    let n = 0;
    while (s > 0 && n < HEADLINE_FIRM_WORDS) {
      const before = words[s - 1] as Word;
      if (!next(before, words[s] as Word)) break;
      // "TOOL AND DIE CORP", "OIL AND GAS CO": "and" between two words of the name, not
      // after another firm's form ("OIL CO AND LOOP INC").
      const first = words[s - 2];
      const inner =
        before.lower === 'and' &&
        s < k &&
        !!first &&
        next(first, before) &&
        nameWord(first) &&
        !formal(first.lower);
      if (!inner && !nameWord(before)) break;
      s--;
      // Corporate forms and a possessive's "S" do not count ("MATHESON AND CO LTD", "POOR'S").
      if (!inner && !formal(before.lower) && before.lower !== 's') n++;
    }
    // Three words before the form with more before them: where the name starts is not known.
    const more =
      s > 0 && next(words[s - 1] as Word, words[s] as Word) && !stop(words[s - 1] as Word);
    if (s === k || (n === HEADLINE_FIRM_WORDS && more)) continue;
    for (let x = s; x <= k; x++) {
      const w = words[x] as Word;
      // "BANCO DO BRASIL SA": a particle of the name keeps its lower case.
      if (w.lower === 'and' || PARTICLES.has(w.lower)) continue;
      // "ALBERTSON'S INC": "Albertson's" (its "S" a word of its own); "TFC TELESERVICES CORP":
      // a short word no dictionary knows is an acronym.
      const acronym =
        x < k && !formal(w.lower) && w.lower.length <= 3 && !lex.dictionary.has(w.lower);
      const form = w.lower === 's' ? 's' : acronym ? w.text : titleCase(w.lower);
      if (!evidence.has(w.lower)) evidence.set(w.lower, form);
    }
  }
}

/** A state, country or other known place by this word, or by the word with its abbreviation's period. */
function stateOrCountry(lex: Lexicon, w: string): boolean {
  // "MANCHESTER, England 1996-12-06": England is a nation of no country list.
  const isPlace = (k: Known | undefined) =>
    k?.region === true || k?.country === true || (k?.type === 'Location' && !k.demonym);
  return isPlace(lex.known.get(w)) || isPlace(lex.known.get(`${w}.`));
}

const MONTH_PREFIX = new Set(MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()));

/** How the document's mixed-case stretches write the words the caseless ones need. */
function documentForms(
  text: string,
  caseless: Stretch[],
  more: Word[],
  lex: Lexicon,
): Map<string, string> {
  const need = new Set<string>();
  const ranges: [number, number][] = [];
  for (const s of caseless) {
    for (const w of s.words) if (lettered(w)) need.add(w.lower);
    ranges.push([s.start, s.end]);
  }
  for (const w of more) {
    need.add(w.lower);
    ranges.push([w.start, w.end]);
  }
  const out = new Map<string, string>();
  if (!need.size) return out;
  const lengths = new Set<number>();
  for (const w of need) lengths.add(w.length);
  const counts = new Map<string, Map<string, number>>();
  // exec on a copy of CASE_WORD rather than matchAll: no iterator result per word of the story.
  const re = new RegExp(CASE_WORD.source, CASE_WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    if (!lengths.has(word.length)) continue;
    const lower = word.toLowerCase();
    if (!need.has(lower)) continue;
    const at = m.index;
    if (ranges.some(([a, b]) => at >= a && at < b)) continue;
    // A sentence's first word says nothing by its capital, unless no dictionary has it and
    // a name goes on or a gazetteer knows it ("Bayern Munich lost": "BAYERN" is "Bayern").
    if (
      (at === 0 || OPENS_BEFORE.test(text.slice(Math.max(0, at - 8), at))) &&
      (lex.dictionary.has(lower) ||
        lex.common.has(lower) ||
        !(
          NAME_GOES_ON.test(text.slice(at + word.length, at + word.length + 3)) ||
          lex.towns.has(lower) ||
          lex.known.has(lower)
        ))
    )
      continue;
    let c = counts.get(lower);
    if (!c) counts.set(lower, (c = new Map()));
    c.set(word, (c.get(word) ?? 0) + 1);
  }
  for (const [w, c] of counts) {
    let best = '';
    let n = 0;
    for (const [form, k] of c) if (k > n) [best, n] = [form, k];
    // A form written all in capitals in a mixed story is a shout, not evidence of a name.
    if (noLower(best) && best.length > 1 && !/^\p{Lu}{2,5}s?$/u.test(best)) continue;
    out.set(w, best);
  }
  return out;
}

/** A capitalised word right after another: "Bayern Munich". */
const NAME_GOES_ON = /^ \p{Lu}\p{Ll}/u;

/** What stands before a word that opens a sentence or a quotation (its capital says nothing). */
const OPENS_BEFORE = /(?:[.!?]["'”’)\]]*\s+|\n\s*\n\s*|(?:^|\s)["“‘(]|^\s*)$/;

function caseStretch(
  out: string[],
  words: Word[],
  evidence: Map<string, string>,
  whole: boolean,
  options: TruecaseOptions,
  { place, spelled, table }: Headline = {},
): void {
  const { lex } = options;
  const forms: (string | undefined)[] = words.map(
    (w, k) =>
      evidence.get(w.lower) ??
      table?.get(k) ??
      (w.lower === place?.lower && words[k - 1]?.lower !== 'of' ? place.form : undefined),
  );
  const firsts = phraseFirsts(lex);
  // Gazetteer names of several words, longest first.
  for (let i = 0; i < words.length; i++) {
    // Only a word that opens some name of several words can open one here.
    if (!firsts.has((words[i] as Word).lower)) continue;
    // Words joined to the next by one space or hyphen, from i on: the longest phrase to look up.
    let run = 1;
    while (
      run < MAX_PHRASE &&
      i + run < words.length &&
      joined(out, words[i + run - 1] as Word, words[i + run] as Word)
    )
      run++;
    for (let n = run; n >= 2; n--) {
      let key = (words[i] as Word).lower;
      for (let k = 1; k < n; k++) key += ` ${(words[i + k] as Word).lower}`;
      const known = lex.known.get(key);
      if (!known && !lex.towns.has(key)) continue;
      const span = words.slice(i, i + n);
      const name = known?.name;
      span.forEach((w, k) => {
        forms[i + k] ??=
          name && name.toLowerCase() === key
            ? name.slice(offsetIn(span, k), offsetIn(span, k) + w.text.length)
            : SMALL_WORDS.has(w.lower)
              ? w.lower
              : titleCase(w.lower);
      });
      i += n - 1;
      break;
    }
  }
  let prev = '';
  words.forEach((w, k) => {
    // "<CHRY.N>": a ticker keeps its capitals.
    if (out[w.start - 1] === '<') return;
    let form =
      forms[k] ??
      knownForm(w.lower, options) ??
      (whole
        ? modelForm(out, w, words[k - 1], options)
        : (acronymForm(out, w, options, spelled) ?? w.lower));
    // "Donald trump": a given name, then a word that is no verb or adjective, is a surname.
    if (whole && form === w.lower && surnameAfter(prev, w, options)) form = titleCase(form);
    // "BELLOSO BATTALION": a unit's word closes the name before it.
    const before = words[k - 1];
    if (whole && before && joined(out, before, w) && unitAfterName(prev, w.lower, lex))
      form = titleCase(form);
    apply(out, w, whole && w.opener ? capitalise(form) : form);
    prev = form;
  });
}

/** What a mixed-case story tells about its headline's words. */
interface Headline {
  /** The dateline's one place word, confirmed in the headline but after "of". */
  place?: { lower: string; form: string };
  /** Whether the story spells out this lower-cased acronym ("Securities and Exchange Commission"). */
  spelled?: (lower: string) => boolean;
  /** Forms of the words of table lines, by index (tableLineForms). */
  table?: Map<number, string>;
}

function surnameAfter(prev: string, w: Word, { lex }: TruecaseOptions): boolean {
  const p = prev.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}/u.test(prev) &&
    lex.firstNames.has(p) &&
    !lex.dictionary.has(p) &&
    w.lower.length > 3 &&
    /^\p{L}+$/u.test(w.lower) &&
    !lex.common.has(w.lower)
  );
}

/** Endings of common words that are seldom names: "preemptively", "miscalculation", "theoreticians". */
const COMMON_ENDING =
  /(?:ly|tions?|sions?|ness|ments?|ive|ives|ings|ism|isms|ities|ity|able|ible|ful|less|ous|ized?|ised?|icians?)$/;

/** Particles inside place names: "Santa Rita do Sapucai", "Rio de Janeiro". */
const PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'la', 'el', 'of', 'on', 'upon']);

/** Words a gazetteer name of several words keeps in lower case. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'upon']);

/** Offset of word k inside the words of `span` joined by single spaces. */
function offsetIn(span: Word[], k: number): number {
  let n = 0;
  for (let x = 0; x < k; x++) n += (span[x] as Word).text.length + 1;
  return n;
}

const firstsOf = new WeakMap<Lexicon, Set<string>>();

/** First words of the gazetteer's and the town list's names of several words ("new" of "new york"). */
function phraseFirsts(lex: Lexicon): Set<string> {
  let s = firstsOf.get(lex);
  if (!s) {
    s = new Set<string>();
    for (const names of [lex.known.keys(), lex.towns.values()])
      for (const name of names) {
        const space = name.indexOf(' ');
        if (space > 0) s.add(name.slice(0, space));
      }
    firstsOf.set(lex, s);
  }
  return s;
}

/** Two words with one space or hyphen between them. */
function joined(out: string[], a: Word, b: Word): boolean {
  return b.start === a.end + 1 && (out[a.end] === ' ' || out[a.end] === '-');
}

/** A curated single name (country, demonym, state, institution), unless it is a common word too ("us"). */
function knownForm(w: string, { lex, model }: TruecaseOptions): string | undefined {
  const known = lex.known.get(w);
  if (!known?.curated) return undefined;
  if (lex.dictionary.has(w) && !model.forms.has(w)) return undefined;
  return known.name.toLowerCase() === w ? known.name : titleCase(w);
}

/** The form of a word of a wholly caseless document: the trained table, then defaults. */
function modelForm(
  out: string[],
  w: Word,
  prev: Word | undefined,
  { lex, model }: TruecaseOptions,
): string {
  const l = w.lower;
  const form = model.forms.get(l);
  if (form) return form;
  if (model.lower.has(l)) return l;
  // "'S": a possessive.
  if (out[w.start - 1] === "'" || out[w.start - 1] === '’') return l;
  if (/^(?:\p{L}\.){2,}$/u.test(w.text)) return l.toUpperCase();
  if (/\p{N}/u.test(l)) return l;
  if (l.length === 1) return l === 'a' && !(prev && out[w.end] === '.') ? l : l.toUpperCase();
  // "DR.", "GOV.", "MASS.": a title or a state's abbreviation.
  if (
    out[w.end] === '.' &&
    (lex.set('titles').has(`${l}.`) ||
      lex.known.get(`${l}.`)?.region ||
      lex.known.get(`${l}.`)?.province)
  )
    return titleCase(l);
  return defaultForm(l, lex);
}

/**
 * The form of a word the trained table does not list: the table keeps only
 * the words whose usual form differs from this (tools/truecase/train.ts).
 * Months and days Title case; common words (the dictionary, compromise's
 * common words, common endings) lower case; gazetteer and name-list words
 * Title case; a rarer word of the word lists lower case; a short word
 * without vowels in capitals ("FMLN"); any other
 * word Title case, as most unknown words in news are names.
 */
export function defaultForm(l: string, lex: Lexicon): string {
  if (CALENDAR.has(l)) return titleCase(l);
  if (lex.dictionary.has(l) || lex.common.has(l)) return l;
  if (lex.known.has(l) || lex.towns.has(l) || lex.firstNames.has(l) || lex.lastNames.has(l))
    return titleCase(l);
  if (COMMON_ENDING.test(l) && l.length > 6) return l;
  // "ANTITRUST", "ISSUANCE": a rarer word of the word lists is still a word, not a name.
  if (lex.rareWords.has(l)) return l;
  if (caselessCommon(l, lex)) return l;
  if (!/[aeiouy]/.test(l) && /^\p{L}+$/u.test(l) && l.length <= 6) return l.toUpperCase();
  return titleCase(l);
}

/** Month and day names and their abbreviations, but not "may", "sun", "sat", "wed" or "mar". */
const CALENDAR = new Set(
  [
    ...MONTH_NAMES,
    ...DAY_NAMES,
    'jan',
    'feb',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mon',
    'tue',
    'tues',
    'thu',
    'thur',
    'thurs',
    'fri',
  ]
    .map((m) => m.toLowerCase())
    .filter((m) => m !== 'may'),
);

const titleCase = (w: string) =>
  w.replace(/(^|[-'’.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Writes the case of `form` onto the word's letters in `out`, one character at a time. */
function apply(out: string[], w: Word, form: string): void {
  const same = form.length === w.text.length;
  for (let i = 0; i < w.text.length; i++) {
    const c = out[w.start + i] as string;
    const f = same ? (form[i] as string) : i === 0 ? form.charAt(0) : c.toLowerCase();
    const upper = f !== f.toLowerCase();
    const next = upper ? c.toUpperCase() : c.toLowerCase();
    if (next.length === c.length) out[w.start + i] = next;
  }
}
