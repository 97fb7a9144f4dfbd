import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "the Internal Revenue Service", "the French Government", "Iranian Army
 * units": a name of two words or more that an organisation's head closes
 * (`orgHeads` of data/lexicon.json) says what it is, so the entity tagger
 * does not doubt it away where its training data rarely named such a group
 * (a nationality before the head is what misleads it). A head that is a
 * common surname too ("Lila Marsh") does not count. The typing model's
 * doubts stay: sparing them too kept fragments ("Parent Company", "Canada
 * Ltd") on Reuters.
 */
export function headedGroup(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s < 2) return false;
  const last = (tokens[m.e - 1] as Token).lower;
  return lex.set('orgHeads').has(last) && !lex.set('surnameHeads').has(last);
}
