import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { tickerAfter } from './bracketed-firm.js';
import { MONTHS } from './words.js';

/**
 * "First Union Capital Markets Corp.", "General Motors Corp": common words
 * that open company names (`companyOpeners` in data/lexicon.json) belong to
 * the name when it ends in a company suffix, even where they would
 * otherwise be read as a common word or a sentence opener; so does a month
 * before two name words or more ("May Department Stores Co": a date has its
 * number).
 */
export function companyOpener(
  tokens: readonly Token[],
  k: number,
  j: number,
  lex: Lexicon,
): boolean {
  const t = tokens[k];
  const last = tokens[j - 1];
  // "FIRST PENNSYLVANIA <FBA>", "MAY STORES <MA>": a stock ticker closes a firm's name as a
  // suffix does.
  const ticker = tickerAfter(tokens, j);
  return (
    t !== undefined &&
    last !== undefined &&
    t.cap &&
    // "May Department Stores Co said": a month before two words or more and the suffix.
    (lex.set('companyOpeners').has(t.lower) || monthOpener(tokens, k, j, ticker ? 2 : 3)) &&
    (ticker || lex.set('companySuffixes').has(last.lower))
  );
}

/**
 * Tokens after which a month may open a firm's name: a sentence's start, "of", "that", a
 * bracket, a dateline's dash ("ST. LOUIS, April 9 - May Department Stores Co said").
 */
const MONTH_FIRM_AFTER = new Set([',', 'of', 'that', '(', '<', '"', '-']);

/**
 * A month before name words (`least` tokens with the closing suffix) where no
 * date can be: at a sentence's start, after "of" ("shares of May Department
 * Stores Co") or a dateline's dash, not after "in" ("In May Acme Corp said");
 * a date's number is no name word ("April 9 - May 12").
 */
function monthOpener(tokens: readonly Token[], k: number, j: number, least: number): boolean {
  const before = tokens[k - 1];
  return (
    j - k >= least &&
    MONTHS.has(tokens[k]?.lower ?? '') &&
    (before === undefined || MONTH_FIRM_AFTER.has(before.lower))
  );
}

/** Where a run of name words [i, j) closed by a company suffix starts once its openers join it. */
export function companyStart(tokens: readonly Token[], i: number, j: number, lex: Lexicon): number {
  let s = i;
  while (s > 0 && companyOpener(tokens, s - 1, j, lex)) s--;
  return s;
}

/**
 * "Beta Corp said", "Apple Inc.": a run closed by a corporate form that is no
 * English word (Corp, Inc, Ltd, PLC, AG) is a company's name, so a sentence
 * opener that is a common word stays in it. Suffixes that are words
 * ("Group", "Brothers", "Company") do not decide this alone.
 */
export function formalSuffixCloses(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const last = tokens[j - 1]?.lower ?? '';
  return lex.set('companySuffixes').has(last) && !lex.dictionary.has(last.replace(/\.$/, ''));
}

/** Name words a word inside a firm's name may stand before its suffix: "Image Technology Inc". */
const SUFFIX_REACH = 3;

/**
 * "Anitec Image Technology Inc said": a word kept from names (`notNames`:
 * "Image", "Video", "Share", "Class") written in Title case between a
 * capitalised name word and the company suffix that closes the name, within
 * `SUFFIX_REACH` capitalised words, is part of the firm's name; it cut
 * "Anitec" from "Technology Inc". Never at a name's start ("Photo Credit
 * Reuters", "Click Here").
 */
export function suffixInside(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev?.word || !prev.cap || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (prev.end + 1 !== t.start || lex.set('notNames').has(prev.lower)) return false;
  const suffixes = lex.set('companySuffixes');
  for (let x = k + 1; x <= k + SUFFIX_REACH; x++) {
    const w = tokens[x];
    if (!w?.word || !w.cap) return false;
    if (suffixes.has(w.lower)) return true;
  }
  return false;
}
