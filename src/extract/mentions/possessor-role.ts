import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { companyShape } from './company-shape.js';

/** Roles a group has as well as a person: the owner must be known as a person's name. */
const GROUP_VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "Reagan spokesman Marlin Fitzwater", "Dole aide Tom Synhorst": a one-word
 * name right before a role a person has for someone (`possessorRoles` in
 * data/lexicon.json) and a capitalised name is the person the role serves,
 * not an organisation. A spokesman also speaks for groups ("Hamas
 * spokesman X", "Chrysler spokesman X"), so before one the word must be a
 * known given name or surname; before the others ("aide", "adviser",
 * "lawyer") any word no gazetteer holds and no company's shape has. `s` and
 * `e` bound the name.
 */
export function personBeforeRole(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  const role = tokens[e];
  const next = tokens[e + 1];
  const word = tokens[s];
  if (e - s !== 1 || !word || !role?.word || role.cap || !next?.word || !next.cap) return false;
  if (!lex.set('possessorRoles').has(role.lower)) return false;
  const w = word.lower;
  if (lex.lastNames.has(w) || lex.firstNames.has(w) || lex.personWords.has(w)) return true;
  if (GROUP_VOICES.has(role.lower)) return false;
  return (
    !lex.known.has(w) &&
    !lex.towns.has(w) &&
    !companyShape(word.text, lex) &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text)
  );
}
