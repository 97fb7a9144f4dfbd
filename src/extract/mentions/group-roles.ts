import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** A group's name before the role of one of its people: more than a bare run's person vote. */
export const GROUP_ROLE_VOTE = 2;

/**
 * "Acme president Jane Roe", "Zenith Party leader John Doe", "Bellweather
 * members Ann Ray and ...": a name right before a role a person holds in a
 * group (`groupRoles` in data/lexicon.json), itself before a capitalised
 * name, is the group's: a person has no president, leader or members. The
 * role must be written in lower case (not a title inside a name) and the
 * name must not be a place a list is sure of (the caller checks the votes).
 */
export function groupRoleAfter(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  const role = tokens[m.e];
  const next = tokens[m.e + 1];
  if (!role?.word || role.cap || !next?.word || !next.cap) return false;
  return lex.set('groupRoles').has(role.lower);
}
