import { type Known, knownEntry, type Lexicon } from '../lexicon.js';
import { loadGazetteer } from '../places.js';
import type { Token } from '../tokenize.js';
import { placeAt, textOf } from './analyse-run.js';
import { LANGUAGES, MONTHS } from './words.js';

export const DEFAULTS = {
  /** Words a place's name may take in a credit line ("Rio de Janeiro", "The Hague"). */
  placeWords: 4,
  /** Words an outlet's name may take ("LA ESTRELLA DE PANAMA", "Radio Reloj Network"). */
  outletWords: 6,
  /** Organization votes of the outlet: sure, at the tagger's keep level (tagged-names.ts). */
  outletVotes: 6,
  /** People a city needs to stand first in a credit line when its name is also a given name ("Sofia BTA"). */
  cityPopulation: 100_000,
};

/** A credit line found in a sentence: the place [s, k), the outlet [k, e). */
export interface CreditLine {
  s: number;
  k: number;
  e: number;
  place: Known;
}

/** A monitoring service's document number ("LD0303083794", "94AS0286D"): capitals and digits. */
function serial(t: Token | undefined): boolean {
  return Boolean(
    t &&
      t.text.length >= 8 &&
      /^[A-Z0-9]+$/.test(t.text) &&
      /\d/.test(t.text) &&
      /[A-Z]/.test(t.text),
  );
}

/**
 * A place the gazetteers know, or, where only the line's form says so, a city
 * of `population` people or more that the towns list leaves out for being a
 * given name or a word too ("Sofia", "Split").
 */
export function placeOf(lex: Lexicon, text: string, population: number): Known | undefined {
  const known = placeAt(lex, text);
  if (known) return known;
  const cities = loadGazetteer().byName.get(text.toLowerCase());
  if (cities?.some((p) => p.kind === 'city' && p.population >= population))
    return knownEntry('Location', text);
  return undefined;
}

/** All capitals ("BTA", "THE", "O"), or a channel's name with a number ("UT-1", "Kanal-6", "N-TV"). */
function shouted(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^\p{Lu}[\p{L}]*-[\p{Lu}\d]+$/u.test(t.text)) return true;
  return t.word && /^[\p{Lu}'.&-]+$/u.test(t.text) && /\p{Lu}/u.test(t.text);
}

function outletWord(t: Token | undefined): boolean {
  return Boolean(t && (shouted(t) || (t.word && t.cap)));
}

/** What may follow an outlet's name: its language, a date or page, a dash, or the end of the line. */
function closes(tokens: readonly Token[], e: number): 'language' | 'end' | undefined {
  const t = tokens[e];
  if (!t) return 'end';
  if (t.lower === 'in' && LANGUAGES.has(tokens[e + 1]?.lower ?? '')) return 'language';
  if (/^\d/.test(t.text) || t.text === '--' || t.text === '-') return 'end';
  if (MONTHS.has(t.lower) && /^\d/.test(tokens[e + 1]?.text ?? '')) return 'end';
  // "Beijing CHINA DAILY ( SCIENCE MEDICINE ) in English": a section in brackets, then the language.
  if (t.text === '(') {
    let k = e + 1;
    while (k < tokens.length && tokens[k]?.text !== ')') k++;
    return closes(tokens, k + 1) === 'language' ? 'language' : undefined;
  }
  // Only punctuation left.
  for (let k = e; k < tokens.length; k++) if ((tokens[k] as Token).word) return undefined;
  return 'end';
}

/**
 * The source line of a broadcast-monitoring report or wire credit: "Sofia
 * BTA", "The Hague ANP", "LD0303083794 Moscow ITAR-TASS in English 0729 GMT",
 * "94AS0286D Madras THE HINDU in English 7 May 94 p 13", "Kiev UT-1
 * Television Network in Ukrainian": a place the gazetteers know, then the
 * outlet that files from it, which closes on its language, a date, a dash or
 * the end of the line. The line opens the sentence or follows the report's
 * document number. Without a language after it, the outlet must be written
 * in capitals or as a channel number ("London Kanal-6 Television") and fill
 * the line, so "Paris Match said" or "London Bridge" is no credit line; and
 * the place must not be, or the capitals are a headline's.
 * Returns the first such line of the sentence, or undefined.
 */
export function creditLine(
  tokens: readonly Token[],
  firstWord: number,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): CreditLine | undefined {
  const opts = { ...DEFAULTS, ...options };
  const starts: number[] = [];
  if (firstWord >= 0) starts.push(firstWord);
  for (let k = 0; k < tokens.length; k++)
    if (serial(tokens[k]) && k + 1 !== firstWord) starts.push(k + 1);
  for (const s of starts) {
    const first = tokens[s];
    if (!first?.word || !first.cap) continue;
    const afterSerial = serial(tokens[s - 1]);
    // The longest place first: "Rio de Janeiro" before "Rio", "Mexico City" before "Mexico".
    for (let k = Math.min(s + opts.placeWords, tokens.length - 1); k > s; k--) {
      // The outlet's first word is tested first: it is cheap, the place lookup is not.
      if (!outletWord(tokens[k])) continue;
      const place = placeOf(lex, textOf(tokens as Token[], s, k), opts.cityPopulation);
      if (!place) continue;
      let e = k;
      while (e < tokens.length && e - k < opts.outletWords && outletWord(tokens[e])) e++;
      const close = closes(tokens, e);
      if (!close) break;
      // In a line written all in capitals (a headline: "ZURICH GOLD 1100 - JUNE 29",
      // "VENEZUELA SAYS OPEC OUTPUT ...") capitals say nothing: only a language or a
      // document number before it makes the line a credit.
      if (close === 'end' && !afterSerial && (!shouted(tokens[k]) || shouted(first))) break;
      return { s, k, e, place };
    }
  }
  return undefined;
}

/** A day of the month, or a month's name (with its abbreviation's stop). */
export function dateWord(t: Token | undefined): 'day' | 'month' | undefined {
  if (!t) return undefined;
  if (/^\d{1,2}$/.test(t.text)) return 'day';
  if (MONTHS.has(t.lower) || MONTHS.has(`${t.lower}.`)) return 'month';
  return undefined;
}

/** Whether a day and a month (either order) stand side by side from some token in [from, to]. */
function datePairFrom(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to && j + 1 < tokens.length; j++) {
    const a = dateWord(tokens[j]);
    if (a && dateWord(tokens[j + 1]) === (a === 'day' ? 'month' : 'day')) return true;
  }
  return false;
}

/**
 * The agency of a dateline: "Moscow March 5 (ITAR-TASS) --", "Sofia,
 * February 15 (BTA) --", "Tokyo, June 20 KYODO --", "Ulaanbaatar, 29 Apr
 * (XINHUA) --": after the opening place and its date, an agency in
 * capitals, bracketed or not, that the dash closes. Returns its tokens [s,
 * e), or undefined. The place is left to the dateline votes (context-votes.ts).
 */
export function datelineAgency(
  tokens: readonly Token[],
  firstWord: number,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): { s: number; e: number } | undefined {
  const opts = { ...DEFAULTS, ...options };
  if (firstWord < 0 || !tokens[firstWord]?.cap) return undefined;
  // No day and month side by side where the date could stand: no dateline (and no place looked up).
  if (!datePairFrom(tokens, firstWord + 1, firstWord + opts.placeWords + 1)) return undefined;
  // The place: the longest the gazetteers know ("Guatemala City"), or one capitalised word.
  let k = firstWord + 1;
  for (let x = Math.min(firstWord + opts.placeWords, tokens.length); x > firstWord + 1; x--)
    if (placeAt(lex, textOf(tokens as Token[], firstWord, x))) {
      k = x;
      break;
    }
  if (tokens[k]?.text === ',') k++;
  const a = dateWord(tokens[k]);
  const b = dateWord(tokens[k + 1]);
  if (!a || !b || a === b) return undefined;
  k += 2;
  if (tokens[k]?.text === ',') k++;
  const bracket = tokens[k]?.text === '(';
  if (bracket) k++;
  const s = k;
  while (k < tokens.length && k - s < 3 && shouted(tokens[k])) k++;
  if (k === s) return undefined;
  const e = k;
  if (bracket && tokens[k++]?.text !== ')') return undefined;
  const dash = tokens[k]?.text;
  return dash === '--' || dash === '-' || dash === '—' ? { s, e } : undefined;
}
