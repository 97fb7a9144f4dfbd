import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Words of the longest role phrase (`syndicateRoles`): "joint lead manager", "lead managed by". */
const MAX_WORDS = 4;

/** Organization votes for a name a syndicate's role stands before: over a title's person votes. */
export const SYNDICATE_VOTE = 8;

/**
 * "lead manager Morgan Guaranty Ltd said", "co-lead managers are ...", "the
 * issue is lead managed by Nomura International": in bond and loan copy the
 * roles of a syndicate (`syndicateRoles` in data/lexicon.json: lead manager,
 * co-manager, bookrunner, "lead managed by") are held by banks, never by
 * people, though "manager" alone is a person's noun ("campaign manager X").
 * Returns whether such a role, in lower case, ends right before `outer`.
 */
export function syndicateRoleBefore(
  tokens: readonly Token[],
  outer: number,
  lex: Lexicon,
): boolean {
  const roles = lex.set('syndicateRoles');
  const words: string[] = [];
  for (let k = outer - 1; k >= 0 && k >= outer - MAX_WORDS; k--) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap) break;
    words.unshift(t.lower);
    if (roles.has(words.join(' '))) return true;
  }
  return false;
}
