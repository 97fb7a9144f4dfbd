import type { Lexicon } from '../lexicon.js';
import { firstWordIndex, type Token } from '../tokenize.js';

/**
 * "Merrill Lynch analyst Charles Ryan", "Kidder Peabody analyst Arnie
 * Snider", "former Renault chairman Georges Besse": a name right before a
 * role in a firm (`employerRoles` in
 * data/lexicon.json) and a capitalised name is the firm that person works
 * for. Roles a government also has ("spokesman", "aide") are not in the list:
 * "Reagan spokesman Marlin Fitzwater" names a person first. `e` is the token
 * after the name.
 */
export function employerBeforeRole(tokens: readonly Token[], e: number, lex: Lexicon): boolean {
  const role = tokens[e];
  const next = tokens[e + 1];
  return Boolean(
    role?.word && !role.cap && lex.set('employerRoles').has(role.lower) && next?.word && next.cap,
  );
}

/**
 * "analyst with Merrill Lynch", "analyst at Montgomery Securities": a market
 * role, then "at", "with" or "of", then the name: the firm; the role may
 * open the sentence ("Analysts at Nomura said"). `s` is the name's first
 * token.
 */
export function employerAfterRole(tokens: readonly Token[], s: number, lex: Lexicon): boolean {
  const prep = tokens[s - 1]?.lower;
  const role = tokens[s - 2];
  // "Analysts at Nomura said": the sentence's first word has its capital from its place.
  const opens = s - 2 === firstWordIndex(tokens as Token[]);
  return Boolean(
    (prep === 'at' || prep === 'with' || prep === 'of') &&
      role?.word &&
      (!role.cap || opens) &&
      lex.set('employerRoles').has(role.lower),
  );
}
