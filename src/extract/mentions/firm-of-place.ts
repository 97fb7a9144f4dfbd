import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Volkswagen of America", "Electronic Mail Corp of America", "United
 * Steelworkers of America": a firm's name closed by a company suffix or by a
 * group a word list knows ("Volkswagen"), or a union's closed by a workers'
 * noun (`unionHeads` in data/lexicon.json),
 * goes on with "of America", the local firm's or union's own name. Any
 * other place after "of" says where the firm is from or based
 * ("Continental Grain Co of New York", "Hoechst AG of West Germany": two
 * names each). `j` is the "of" that stopped a run of name words; returns
 * where the name ends, or `j`.
 */
export function firmOfPlaceEnd(
  tokens: readonly Token[],
  j: number,
  isName: (k: number) => boolean,
  lex: Lexicon,
): number {
  const prev = tokens[j - 1];
  if (tokens[j]?.lower !== 'of' || !prev?.cap || !isName(j + 1)) return j;
  if (
    !lex.set('companySuffixes').has(prev.lower) &&
    !lex.set('unionHeads').has(prev.lower) &&
    // "Volkswagen of America": a group a word list knows, without a suffix.
    lex.known.get(prev.lower)?.type !== 'Organization'
  )
    return j;
  return tokens[j + 1]?.lower === 'america' && !isName(j + 2) ? j + 2 : j;
}
