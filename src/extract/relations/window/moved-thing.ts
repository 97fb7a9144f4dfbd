import type { SentenceContext } from '../../sentence-context.js';
import { tokenAt } from '../../syntax/tree.js';
import type { Mention } from '../../types.js';
import type { Ctx } from './context.js';
import { at } from './tokens.js';
import { PREPS } from './words.js';

/** Prepositions that stay inside what is sent: "a battalion of paratroopers from the X Division". */
const INSIDE = new Set(['of', 'from']);

/**
 * Whether the name a mover verb reaches sits in a phrase of some other thing
 * ordered or sent: a preposition other than "of" or "from" lies between the
 * verb (ending at token `end`) and the name ("ordered an increase in allowances
 * for U.S. military personnel" orders no military; "ordered a battalion of
 * paratroopers from the X Division" does order the division).
 */
export function reachedAcrossPhrase(sc: SentenceContext, end: number, obj: Mention): boolean {
  for (let i = end; i < obj.outer; i++) {
    const w = at(sc.tokens, i);
    if (PREPS.has(w) && !INSIDE.has(w)) return true;
  }
  return false;
}

/**
 * Whether the deployment cue at token k ("sent to", "moved to") is a participle that
 * describes a common noun of no force ("a telex sent to X's creditors": the
 * telex was sent, not whoever spoke before it). The tree says so: the cue
 * word hangs as `acl` on a noun outside every name, and that noun is no force
 * word of data/relations.json ("the troops sent to X" keep their subject).
 */
export function participleOfThing(c: Ctx, sc: SentenceContext, k: number): boolean {
  const t = sc.tokens[k];
  const i = t ? tokenAt(sc.syntax, t.start) : -1;
  const toks = sc.syntax.tokens;
  const tok = toks[i];
  if (tok?.deprel !== 'acl' || tok.head < 0) return false;
  const head = toks[tok.head];
  if (head?.upos !== 'NOUN') return false;
  if (sc.mentions.some((m) => head.start >= m.start && head.end <= m.end)) return false;
  return !c.cues.forces.has(head.text.toLowerCase());
}
