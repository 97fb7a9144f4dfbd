import { spanHead } from '../../syntax/tree.js';
import type { Mention } from '../../types.js';
import { emitRole, roleAtToken } from '../roles.js';
import {
  deprel,
  groupSubjectAbove,
  headOf,
  kidsOf,
  nameAt,
  typeOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** The persons a role noun names: "its chairman, X", "its chairman X", "X, its chairman". */
function holders(c: RuleContext, t: TreeSentence, r: number): Mention[] {
  const out: Mention[] = [];
  const own = nameAt(t, r);
  if (own && typeOf(c, own) === 'Person') out.push(own);
  const head = t.mentionOf[headOf(t, r)];
  const d = deprel(t, r);
  if (
    (d === 'appos' || d === 'compound') &&
    head &&
    typeOf(c, head) === 'Person' &&
    !out.includes(head)
  )
    out.push(head);
  const next = subjectAfter(c, t, r);
  if (next && !out.includes(next)) out.push(next);
  return out;
}

/**
 * "Iomega said its president, X, resigned", "NL said its chairman and chief
 * executive officer X resigned", parsed with the role as the object of
 * "said" or a second subject: the person named right after the role (and
 * the roles coordinated with it, and a comma) when that name is the subject
 * of a clause.
 */
function subjectAfter(c: RuleContext, t: TreeSentence, r: number): Mention | undefined {
  let k = Math.max(...withConjuncts(t, r)) + 1;
  if (t.lower[k] === ',') k++;
  const m = t.mentionOf[k];
  if (!m || typeOf(c, m) !== 'Person') return undefined;
  const head = spanHead(t.sc.syntax, m.start, m.end);
  const d = deprel(t, head);
  return d === 'nsubj' || d === 'nsubj:pass' ? m : undefined;
}

/**
 * "Acme Corp said its chairman, X, will retire", "Acme said X, its chief
 * executive, resigned": a role noun owned by "its" or "their"
 * (groupPossessives) is held at the group named as the subject above. What
 * the holder is to the group comes from the role, as for the other role
 * rules. The group is the one speaking, and still a party: it says so of
 * its own people.
 */
export const itsRole: TreeRule = {
  name: 'its-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, r) => {
      if (!kidsOf(t, r, 'nmod:poss').some((k) => WORDS.groupPossessives.has(t.lower[k] ?? '')))
        return;
      const role = roleAtToken(c.cues, t, r);
      if (!role) return;
      const people = holders(c, t, r);
      if (!people.length) return;
      const group = groupSubjectAbove(c, t, r);
      if (!group) return;
      for (const p of people) emitRole(c, t, this.name, role, p, [group], r);
    });
  },
};
