import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "shares in Glaxo Wellcome rose", "Shares of Kestrel fell", "a 29.9 percent
 * stake in Dunmore": a noun of what is owned in a firm (`shareNouns` in
 * data/lexicon.json), then "in" or "of", then the name: the firm whose
 * shares they are. The noun may open the sentence. `s` is the name's first
 * token. A country or a town a gazetteer is sure of stays a place ("stakes in
 * Brazil"): the caller's votes do not overrule a fixed type.
 */
export function shareOwner(tokens: readonly Token[], s: number, lex: Lexicon): boolean {
  const prep = tokens[s - 1]?.lower;
  const noun = tokens[s - 2];
  return Boolean(
    (prep === 'in' || prep === 'of') && noun?.word && lex.set('shareNouns').has(noun.lower),
  );
}
