import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Statistics Canada", "Petro-Canada", "Air Canada": a name of several words
 * (or a hyphened one) that ends in a country's name after words that name no
 * place is an agency's or a firm's, never a person's. A country name that is
 * also a given name or a surname ("Jordan", "Chad") says nothing, and names
 * with "of" ("Supreme Court of Canada") are left to the rules of heads and
 * countries. Tokens [s, e).
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
  const last = words[words.length - 1] as string;
  const country = lex.known.get(last);
  if (!country?.country || country.demonym || lex.firstNames.has(last) || lex.lastNames.has(last))
    return false;
  return words
    .slice(0, -1)
    .every((w) => w !== 'of' && w !== 'the' && !lex.known.has(w) && !lex.towns.has(w));
}
