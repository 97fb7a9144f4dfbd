import { agentsOf, deprel, headOf, isPassive, kidOf, kidsOf, withConjuncts } from './tree.js';
import type { TreeSentence } from './types.js';
import { WORDS } from './words.js';

/**
 * Who does the deed of a gerund or an event noun hanging on `h`: the name itself ("a jury
 * convicted X of killing Y", parsed with "of killing" under X), or, for a
 * deed noun (data/relation-words.json, deedNouns: "guilty", "charges",
 * "responsibility"), the subject of the clause the noun belongs to: the
 * subject of the verb that takes it ("X pleaded guilty to", "X faces charges
 * of"), its passive subject ("X was found guilty of"), the object it
 * predicates ("a jury found X guilty of") or, with a copula, the noun's own
 * ("X is guilty of").
 */
export function doers(t: TreeSentence, h: number): number[] {
  if (t.mentionOf[h]) return [h];
  if (!WORDS.deedNouns.has(t.lower[h] ?? '')) return [];
  const own = kidOf(t, h, 'nsubj', 'nsubj:pass');
  if (own >= 0) return withConjuncts(t, own);
  // "X's conviction for killing", and "found X guilty" parsed with X on "guilty".
  const named = kidsOf(t, h, 'nmod:poss', 'compound').filter((k) => t.mentionOf[k]);
  if (named.length) return named;
  const d = deprel(t, h);
  if (d !== 'obj' && d !== 'xcomp' && d !== 'obl') return [];
  const verb = headOf(t, h);
  if (isPassive(t, verb)) return withConjuncts(t, kidOf(t, verb, 'nsubj:pass'));
  // "found X guilty of": the noun predicates the verb's object.
  const obj = d === 'xcomp' ? kidOf(t, verb, 'obj') : -1;
  return obj >= 0 ? withConjuncts(t, obj) : agentsOf(t, verb);
}
