import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Shamrock Holdings of California", "Electronic Mail Corp of America",
 * "United Steelworkers of America": a firm's name closed by a company
 * suffix, or a union's closed by a workers' noun (`unionHeads` in
 * data/lexicon.json), goes on with "of" and the state (or America) where
 * that firm or union is the local one, when the place ends the run. A
 * foreign country after a firm says where it is from ("Hoechst AG of West
 * Germany": two names); "Smith of California" and "the Bank of X" are read
 * elsewhere. `j` is the "of" that stopped a run of name words; returns where
 * the name ends, or `j`.
 */
export function firmOfPlaceEnd(
  tokens: readonly Token[],
  j: number,
  isName: (k: number) => boolean,
  lex: Lexicon,
): number {
  const prev = tokens[j - 1];
  if (tokens[j]?.lower !== 'of' || !prev?.cap || !isName(j + 1)) return j;
  if (!lex.set('companySuffixes').has(prev.lower) && !lex.set('unionHeads').has(prev.lower))
    return j;
  // "America", "California", "West Virginia": a country or state of one to three words.
  for (let e = Math.min(j + 4, tokens.length); e > j + 1; e--) {
    let all = true;
    for (let k = j + 1; k < e && all; k++) all = isName(k);
    if (!all || isName(e)) continue;
    const words = tokens
      .slice(j + 1, e)
      .map((t) => t.lower)
      .join(' ');
    const k = lex.known.get(words);
    // "Hoechst AG of West Germany", "Bennes Marrel SA of France": a firm and where it is from.
    if (k?.type === 'Location' && (k.region || words === 'america')) return e;
  }
  return j;
}
