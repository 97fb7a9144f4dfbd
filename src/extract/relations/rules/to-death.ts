import {
  agentName,
  agentsOf,
  caseOf,
  emitTree,
  isPassive,
  kidsOf,
  nameAt,
  passiveAgentsOf,
  passivePatientsOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * Whether verb `v` is made a killing: "to death" on it ("stabbed Y to
 * death"), or "fatally"/"mortally" ("fatally stabbed Y", "mortally wounded
 * Y"; data/relation-words.json, deathNouns and fatalAdverbs).
 */
function deadly(t: TreeSentence, v: number): boolean {
  if (kidsOf(t, v, 'advmod').some((k) => WORDS.fatalAdverbs.has(t.lower[k] ?? ''))) return true;
  return kidsOf(t, v, 'obl', 'advmod', 'xcomp').some(
    (k) => WORDS.deathNouns.has(t.lower[k] ?? '') && caseOf(t, k) === 'to',
  );
}

/**
 * "X stabbed Y to death", "X beat Y to death", "X fatally stabbed Y", "X
 * shot and mortally wounded Y", "Y was beaten to death by X": a verb of
 * violence (data/relation-words.json, violenceVerbs) made deadly by "to
 * death" or "fatally" is a killing of its object (passive: its subject) by
 * its subject (passive: its "by" phrase). Only such verbs: "sentenced Y to
 * death" and "worked himself to death" kill no one.
 */
export const toDeath: TreeRule = {
  name: 'to-death',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB' || !WORDS.violenceVerbs.has(t.lower[v] ?? '')) return;
      if (!deadly(t, v)) return;
      const passive = isPassive(t, v);
      const patients = passive
        ? passivePatientsOf(t, v)
        : kidsOf(t, v, 'obj').flatMap((o) => withConjuncts(t, o));
      const agents = passive ? passiveAgentsOf(t, v) : agentsOf(t, v);
      for (const a of agents)
        for (const p of patients)
          emitTree(
            c,
            t,
            this.name,
            'KILLED',
            passive ? nameAt(t, a) : agentName(c, t, a),
            passive ? agentName(c, t, p) : nameAt(t, p),
            v,
          );
    });
  },
};
