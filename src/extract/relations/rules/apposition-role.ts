import { emitRole, roleAtToken, roleTargets } from '../roles.js';
import { deprel, headOf, kidsOfName, typeOf, withConjuncts } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "A, the head of B" and "the head of B, A": a person in apposition to a
 * role noun (or to role nouns coordinated: "A, director of B and a member
 * of C") holds that role at what the role is of (its "of B", possessor
 * "B's", or modifier "B spokesman"). The relation comes from the role
 * (data/relations.json, "roles") and B's type.
 */
export const appositionRole: TreeRule = {
  name: 'apposition-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const p = t.mentionOf[h];
      if (!p || typeOf(c, p) !== 'Person') return;
      if (t.mentionOf[headOf(t, h)] === p) return;
      const roles = kidsOfName(t, p, 'appos');
      if (deprel(t, h) === 'appos') roles.push(headOf(t, h));
      // "A, director of B and a member of C": each coordinated role noun, also when the parser
      // hung the second on the name (after the first; "A and the head of B" is no apposition).
      const first = roles[0];
      if (first !== undefined && first > h)
        for (const k of kidsOfName(t, p, 'conj')) if (k > first) roles.push(k);
      for (const r of [...new Set(roles.flatMap((k) => withConjuncts(t, k)))]) {
        const role = roleAtToken(c.cues, t, r);
        if (!role) continue;
        emitRole(c, t, this.name, role, p, roleTargets(t, r, p), r);
      }
    });
  },
};
