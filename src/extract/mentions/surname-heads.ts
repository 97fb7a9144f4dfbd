import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Lila Marsh", "Andrew Hall": two words, a given name and then a place head
 * that is also a common surname (`surnameHeads` of data/lexicon.json), name a
 * person, not a place; "Nelson Street" and "Morgan City" keep their heads,
 * which are no surnames. Tokens [s, e).
 */
export function surnameHead(tokens: readonly Token[], s: number, e: number, lex: Lexicon): boolean {
  if (e - s !== 2) return false;
  const first = tokens[s] as Token;
  const last = tokens[s + 1] as Token;
  return lex.firstNames.has(first.lower) && lex.set('surnameHeads').has(last.lower);
}
