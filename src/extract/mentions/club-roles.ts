import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Possessive endings as the tokenizer gives them: "Sampdoria's", "Leeds'". */
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

/**
 * "Leeds manager Harold Bexley", "Schalke midfielder Olaf Thon", "Baltimore
 * general manager Pat Gilman": in a sports story, a name right before a
 * club's role (`clubRoles` in data/lexicon.json, one or two words; in a team
 * sport's story `teamRoles` too: "Leeds chairman X") that a person's name
 * follows is the club; so is a name whose possessive a
 * player's full name follows ("Sampdoria's Vincenzo Montella") in a team
 * sport's story (`team`; "Sohn's New Jersey home" is no club's). The caller says which mentions may be
 * a club (a national side's country stays a place: "England coach X").
 * Returns the mentions that are clubs.
 */
export function clubRoleNames(
  tokens: readonly Token[],
  ms: readonly Mention[],
  lex: Lexicon,
  team = false,
): Mention[] {
  const sport = lex.set('clubRoles');
  const more = lex.set('teamRoles');
  const roles = { has: (w: string) => sport.has(w) || (team && more.has(w)) };
  const out: Mention[] = [];
  for (const m of ms) {
    const one = tokens[m.e]?.lower;
    if (!one) continue;
    const two = `${one} ${tokens[m.e + 1]?.lower ?? ''}`;
    const owner = team && POSSESSIVE.has(one);
    const after = roles.has(two) ? m.e + 2 : roles.has(one) || owner ? m.e + 1 : -1;
    if (after < 0 || !tokens[after]?.cap) continue;
    // The person the role is of: a name that starts there (titles may have drawn the role in),
    // after a possessive a name in full ("Sampdoria's Montella" may be a town's man).
    if (ms.some((o) => o !== m && o.s === after && (!owner || player(o)))) out.push(m);
  }
  return out;
}

/** A person's name in full: two words or more that only people's words voted for. */
function player(m: Mention): boolean {
  return m.e - m.s > 1 && !m.fixed && m.votes.Person > 0 && m.votes.Location <= 0;
}
