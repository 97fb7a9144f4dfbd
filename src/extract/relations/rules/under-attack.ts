import {
  agentName,
  agentsOf,
  caseOf,
  emitTree,
  headOf,
  isPassive,
  kidsOf,
  nameAt,
  passivePatientsOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * "Y came under attack from X", "Y was under fire from X", "Y came under
 * Norland attack": an event noun of the lexicon (data/relations.json, nouns)
 * after "under" on a verb is done to that verb's subject, by the name after
 * "from" or "by" (data/relation-words.json, underAgentPrepositions) or the
 * name before the noun. The noun anchors the statement.
 */
export const underAttack: TreeRule = {
  name: 'under-attack',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      const rel = c.cues.nouns.get(t.lower[n] ?? '');
      if (!rel || tok.upos !== 'NOUN' || caseOf(t, n) !== 'under') return;
      const v = headOf(t, n);
      if (v < 0) return;
      const patients = isPassive(t, v) ? passivePatientsOf(t, v) : agentsOf(t, v);
      const agents = [
        ...kidsOf(t, n, 'nmod')
          .filter((k) => WORDS.underAgentPrepositions.has(caseOf(t, k)))
          .flatMap((k) => withConjuncts(t, k)),
        ...kidsOf(t, n, 'compound', 'amod').filter((k) => k < n),
      ];
      for (const a of agents)
        for (const p of patients)
          emitTree(c, t, this.name, rel, nameAt(t, a), agentName(c, t, p), n);
    });
  },
};
