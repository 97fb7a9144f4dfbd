import { agentsOf, emitTree, isPassive, kidsOf, nameAt, typeOf, withConjuncts } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * "Acme Corp hired X", "Acme recruited X and Y last year": a verb of hiring
 * (data/relation-words.json, hireVerbs) makes its object work for its
 * subject, the other way round from a cue verb's subject-to-object reading.
 * Only a group hires here: "X hired Y" between two people says nothing of a
 * group. The passive "X was hired by Acme" is the "hired by" cue of
 * verb-preposition.
 */
export const hireVerb: TreeRule = {
  name: 'hire-verb',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB' || !WORDS.hireVerbs.has(t.lower[v] ?? '') || isPassive(t, v)) return;
      const hired = kidsOf(t, v, 'obj').flatMap((o) => withConjuncts(t, o));
      if (!hired.length) return;
      for (const a of agentsOf(t, v)) {
        const group = nameAt(t, a);
        if (typeOf(c, group) !== 'Organization') continue;
        for (const p of hired) emitTree(c, t, this.name, 'WORKS_FOR', nameAt(t, p), group, v);
      }
    });
  },
};
