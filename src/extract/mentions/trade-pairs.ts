import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Reserve Oil and Gas Co", "Brunswick Mining and Smelter Corp", "Texas
 * Utilities and Electric Co": two trade words of a firm's name joined by
 * "and", the second closed by a company suffix, are one name, not a firm and
 * a fragment. Both are common English words or a firm's generic heads (the
 * trades a firm is in), never a name a gazetteer or a name list knows, so "IBM and Apple
 * Computer Co" or "Chrysler and Ford Motor Co" stay two firms. `j` is the
 * "and" that stopped a run of name words; returns where the name ends, or `j`.
 */
export function tradePairEnd(tokens: readonly Token[], j: number, lex: Lexicon): number {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  const close = tokens[j + 2];
  if (!prev?.cap || !next?.cap || !close?.cap || tokens[j]?.lower !== 'and') return j;
  if (!lex.set('companySuffixes').has(close.lower)) return j;
  const noName = (t: Token) =>
    !lex.known.has(t.lower) &&
    !lex.firstNames.has(t.lower) &&
    !lex.lastNames.has(t.lower) &&
    !lex.set('companySuffixes').has(t.lower);
  // Trade words: common words or a firm's generic heads ("Oil", "Mining", "Smelter").
  const trade = (t: Token) =>
    (lex.dictionary.has(t.lower) || lex.set('bareHeads').has(t.lower)) && noName(t);
  return trade(prev) && trade(next) ? j + 3 : j;
}
