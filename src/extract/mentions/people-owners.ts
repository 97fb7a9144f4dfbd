import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Organization votes for a name whose possessive owns a person: above a lone name's Person votes. */
export const PEOPLE_OWNER_VOTE = 2;

/**
 * "Benetton's Jean Alesi", "Chelsea's Gianfranco Zola", "Kestrel's Graham
 * Pollitt": a name in the possessive right before a person named in full
 * (two capitalised words, each a given name or a word no dictionary or
 * gazetteer has) is the team or firm the person is with, not a person. A
 * place stays a place by its gazetteer ("Britain's Tony Blair"); a name of
 * two words or more that a given name opens is a person's ("John Major's
 * Kenneth Clarke"); "Clinton's National Security Adviser" owns no person.
 * `m` ends before the possessive.
 */
export function peopleOwner(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  const given = tokens[m.e + 1];
  const surname = tokens[m.e + 2];
  if (!given?.cap || !given.word || !surname?.cap || !surname.word) return false;
  if (!personal(given.lower, lex) || !personal(surname.lower, lex)) return false;
  // "John Major's Kenneth Clarke": a person named in full owns a person.
  if (m.e - m.s > 1 && lex.firstNames.has((tokens[m.s] as Token).lower)) return false;
  return !m.fixed && !m.country && !m.demonym;
}

/** A word of a person's name: a given name, or a word no dictionary or gazetteer has ("Alesi"). */
function personal(w: string, lex: Lexicon): boolean {
  return lex.firstNames.has(w) || (!lex.dictionary.has(w) && !lex.known.has(w));
}
