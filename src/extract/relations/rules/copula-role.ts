import { emitRole, roleAtToken, roleTargets } from '../roles.js';
import { kidOf, nameAt, typeOf, withConjuncts } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "A is the head of B", "A was a professor at B", "A became B's spokesman":
 * a person who is the subject of a role noun predicate (the noun with a
 * copula) holds that role at what the role is of, as in an apposition. The
 * role noun anchors the statement, so "A is not a spokesman for B" is
 * negated and "C said A is ..." attributed to C.
 */
export const copulaRole: TreeRule = {
  name: 'copula-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, r) => {
      if (kidOf(t, r, 'cop') < 0) return;
      const role = roleAtToken(c.cues, t, r);
      if (!role) return;
      for (const s of withConjuncts(t, kidOf(t, r, 'nsubj'))) {
        const p = nameAt(t, s);
        if (!p || typeOf(c, p) !== 'Person') continue;
        emitRole(c, t, this.name, role, p, roleTargets(t, r, p), r);
      }
    });
  },
};
