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
  if (!lex.set('orgHeads').has(last) || lex.set('surnameHeads').has(last)) return false;
  // "a Master Firm contract": a common noun's words, capitalised for emphasis.
  const before = tokens[m.outer - 1]?.lower;
  if (before === 'a' || before === 'an') return false;
  // "GREAT Store GREAT Service": a shouted common word is no part of a name.
  for (let k = m.s; k < m.e; k++) {
    const t = tokens[k] as Token;
    if (t.text.length > 3 && t.text === t.text.toUpperCase() && lex.dictionary.has(t.lower))
      return false;
  }
  return true;
}

/**
 * "worked for 20 years at Rodale Press": a name an organisation's head closes,
 * and no head of places ("West Bank") or of sites (`siteHeads`: "near Earls
 * Court"), is no place whatever its context ("at X" reads like an address);
 * the typing model does not make it one.
 */
export function groupNotPlace(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (!headedGroup(tokens, m, lex)) return false;
  const last = (tokens[m.e - 1] as Token).lower;
  return !lex.set('locHeads').has(last) && !lex.set('siteHeads').has(last);
}
