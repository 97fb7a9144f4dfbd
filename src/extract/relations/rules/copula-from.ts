import type { RelationType } from '../../types.js';
import { agentName, caseOf, emitTree, headOf, kidOf, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** What "from" a place says of a name of each type: a person lives there, a group is based there. */
const FROM: Partial<Record<string, RelationType>> = {
  Person: 'LIVES_IN',
  Organization: 'BASED_IN',
};

/**
 * The subject of a place made a predicate by a copula: its own subject, the
 * name a relative clause hangs on ("X, who is from Y"), or, with no subject
 * (the parser hung the place on the name: "X is originally from Y"), the
 * name it hangs on.
 */
function subjectOf(t: TreeSentence, l: number): number {
  const s = kidOf(t, l, 'nsubj');
  if (s >= 0) return WORDS.treeRelativePronouns.has(t.lower[s] ?? '') ? headOf(t, l) : s;
  const h = headOf(t, l);
  return h >= 0 && h < l && t.mentionOf[h] ? h : -1;
}

/**
 * "X is from Y", "X, who is from Y", "X is originally from Y": a place after
 * "from" as the predicate of a copula is where a person lives (a group is
 * based). "X is not from Y" is negated, "Z said X is from Y" attributed (the
 * stance pass); "X flew in from Y" has no copula and says nothing.
 */
export const copulaFrom: TreeRule = {
  name: 'copula-from',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, l) => {
      const place = t.mentionOf[l];
      if (!place || typeOf(c, place) !== 'Location' || t.mentionOf[headOf(t, l)] === place) return;
      if (caseOf(t, l) !== 'from' || kidOf(t, l, 'cop') < 0) return;
      const s = subjectOf(t, l);
      if (s < 0) return;
      const who = agentName(c, t, s);
      const rel = FROM[typeOf(c, who) ?? ''];
      if (rel) emitTree(c, t, this.name, rel, who, place, l);
    });
  },
};
