import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Li Fang at the Institute of Applied Optics and Wang Yuan at the Institute
 * of Optics": the name after "and" (at token `k`) opens with a word of the
 * given-name or surname lists that no dictionary knows, and a second such
 * name word follows it. That is a person set beside the body, not more of
 * the body's name ("Department of Health and Human Services": "Human" is a
 * dictionary word; "Ministry of Trade and Industry": a single word).
 */
export function personAfterAnd(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a?.cap || !b?.cap || !b.word) return false;
  const nameWord = (w: string) =>
    (lex.firstNames.has(w) || lex.lastNames.has(w)) && !lex.dictionary.has(w) && !lex.known.has(w);
  return nameWord(a.lower) && (nameWord(b.lower) || !lex.dictionary.has(b.lower));
}
