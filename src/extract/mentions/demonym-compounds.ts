import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Cuban-American Carlos Perez", "Irish-American Thomas Keane": a first word
 * made of two demonyms joined by a hyphen ("Cuban" and "American", each a
 * people's adjective of the gazetteer) says who the person is, and is no part
 * of the name. It leads a run of one or more capitalised words; the caller
 * reads the run after it as a name of its own. A group's name it opens
 * ("Japanese-American Citizens League") keeps it: the caller asks only for a
 * run no head of groups or places closes.
 */
export function demonymCompound(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  if (e - s < 2) return false;
  const parts = (tokens[s] as Token).text.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 3)) return false;
  return parts.every((p) => lex.known.get(p.toLowerCase())?.demonym === true);
}
