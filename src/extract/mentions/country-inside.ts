import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Statistics Canada", "Petro-Canada", "Air Canada": a name of several words
 * (or a hyphened one) that holds a country's name beside other words is an
 * agency's or a firm's, never a person's. A country name that is also a given
 * name or a surname ("Jordan", "Chad") says nothing. Tokens [s, e).
 */
export function countryInside(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  const words: string[] = [];
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.word) words.push(...t.lower.split('-'));
  }
  if (words.length < 2) return false;
  return words.some(
    (w) =>
      lex.known.get(w)?.country === true &&
      !lex.known.get(w)?.demonym &&
      !lex.firstNames.has(w) &&
      !lex.lastNames.has(w),
  );
}
