import type { RelationType } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { groupOfCountry } from '../country-group.js';
import { modifiesNoun } from '../modifier.js';
import { roleAtToken } from '../roles.js';
import { emitTree, headOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "Sweden's navy", "Chicago's Field Museum", "Acme's John Smith": a name
 * whose possessor is another name. What the possession means depends on the
 * two types: a country's force is a member of it, its firm based there
 * (country-group.ts), a city's museum is based there, a company's person
 * works for it. A role noun between them is the
 * apposition and title rules' business.
 */
export const possessive: TreeRule = {
  name: 'possessive',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const b = t.mentionOf[h];
      if (!b || t.mentionOf[headOf(t, h)] === b) return;
      for (const k of kidsOfName(t, b, 'nmod:poss')) {
        const a = t.mentionOf[k];
        if (!a || a === b || roleAtToken(c.cues, t, h)) continue;
        const ta = typeOf(c, a);
        const tb = typeOf(c, b);
        // "GM's Detroit-Hamtramck car plant": the plant is GM's, the name only names it.
        if (ta !== 'Location' && tb !== 'Location' && modifiesNoun(t.sc, b)) continue;
        let rel: RelationType | undefined;
        let source = b;
        let target = a;
        if (ta === 'Location' && tb === 'Organization')
          rel = a.country ? groupOfCountry(c.cues, t.sc.tokens, b) : 'BASED_IN';
        else if (ta === 'Location' && tb === 'Location' && !b.country) rel = 'LOCATED_IN';
        else if (ta === 'Organization' && tb === 'Person') rel = 'WORKS_FOR';
        else if (ta === 'Organization' && tb === 'Organization') rel = 'MEMBER_OF';
        else if (ta === 'Location' && tb === 'Person') rel = a.country ? 'MEMBER_OF' : 'LIVES_IN';
        else if (ta === 'Person' && tb === 'Organization') {
          rel = 'LEADS';
          source = a;
          target = b;
        }
        if (rel) emitTree(c, t, this.name, rel, source, target, h, CONFIDENCE.modifier);
      }
    });
  },
};
