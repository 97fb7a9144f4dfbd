import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "Leeds manager Harold Bexley", "Schalke midfielder Olaf Thon", "Baltimore
 * general manager Pat Gilman": in a sports story, a name right before a
 * club's role (`clubRoles` in data/lexicon.json, one or two words) that a
 * person's name follows is the club. The caller says which mentions may be
 * a club (a national side's country stays a place: "England coach X").
 * Returns the mentions that are clubs.
 */
export function clubRoleNames(
  tokens: readonly Token[],
  ms: readonly Mention[],
  lex: Lexicon,
): Mention[] {
  const roles = lex.set('clubRoles');
  const out: Mention[] = [];
  for (const m of ms) {
    const one = tokens[m.e]?.lower;
    if (!one) continue;
    const two = `${one} ${tokens[m.e + 1]?.lower ?? ''}`;
    const after = roles.has(two) ? m.e + 2 : roles.has(one) ? m.e + 1 : -1;
    if (after < 0 || !tokens[after]?.cap) continue;
    // The person the role is of: a name that starts there (titles may have drawn the role in).
    if (ms.some((o) => o !== m && o.s === after)) out.push(m);
  }
  return out;
}
