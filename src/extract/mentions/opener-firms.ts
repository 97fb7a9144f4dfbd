import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Name words an opener may stand before: "Standard Chartered", "First Union Capital". */
const MAX_AFTER = 3;

/**
 * "Standard Chartered said profit rose", "Credit Suisse shares fell",
 * "Continental Airlines said": a common word that opens firms' names
 * (`companyOpeners`, `foreignGroupWords` in data/lexicon.json) at a
 * sentence's start, before one to three name words and then a firm's
 * statement, verb or noun (`firmStatements`, `firmVerbs`, `firmNouns`),
 * belongs to the name, where a sentence opener that is a dictionary word is
 * otherwise dropped. The run of name words is [k, j); `k` is the opener.
 */
export function openerFirm(tokens: readonly Token[], k: number, j: number, lex: Lexicon): boolean {
  const w = tokens[k]?.lower ?? '';
  if (!lex.set('companyOpeners').has(w) && !lex.set('foreignGroupWords').has(w)) return false;
  if (j - k < 2 || j - k > MAX_AFTER + 1) return false;
  const next = tokens[j]?.lower ?? '';
  return (
    lex.set('firmStatements').has(next) ||
    lex.set('firmVerbs').has(next) ||
    lex.set('firmNouns').has(next)
  );
}
