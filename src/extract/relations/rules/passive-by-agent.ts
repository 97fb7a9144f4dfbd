import {
  agentName,
  emitTree,
  isPassive,
  nameAt,
  passiveAgentsOf,
  passivePatientsOf,
  verbCueAt,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "Y was killed by X", "Y, shot dead by X", "Y, who was attacked by X": the
 * passive subject (or the noun a participle modifies) is the patient, the
 * "by" phrase the agent.
 */
export const passiveByAgent: TreeRule = {
  name: 'passive-by-agent',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, v) => {
      const cue = verbCueAt(c, t, v);
      if (cue?.kind !== 'verb' || cue.prep || !isPassive(t, v)) return;
      const agents = passiveAgentsOf(t, v);
      if (!agents.length) return;
      for (const p of passivePatientsOf(t, v))
        for (const a of agents)
          emitTree(c, t, this.name, cue.rel, nameAt(t, a), agentName(c, t, p), v);
    });
  },
};
