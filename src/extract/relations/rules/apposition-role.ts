import { emitRole, roleAtToken, roleTargets } from '../roles.js';
import { deprel, headOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "A, the head of B" and "the head of B, A": a person in apposition to a
 * role noun holds that role at what the role is of (its "of B", possessor
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
      for (const r of roles) {
        const role = roleAtToken(c.cues, t, r);
        if (!role) continue;
        emitRole(c, t, this.name, role, p, roleTargets(t, r, p), r);
      }
    });
  },
};
