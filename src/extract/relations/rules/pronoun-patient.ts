import {
  agentName,
  agentsOf,
  emitTree,
  headOf,
  isPassive,
  kidsOf,
  personSubjectAbove,
  typeOf,
  verbCueAt,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * "Y turned, and X shot him", "Y had just won when X shot him": a killing
 * verb whose object is "him" or "her" (data/relation-words.json,
 * objectPronouns) kills the named person subject of the clause the verb's
 * own clause hangs on, when that person is not the killer. Only a named
 * subject counts: in "police said X shot him" the pronoun stays unread.
 */
export const pronounPatient: TreeRule = {
  name: 'pronoun-patient',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, v) => {
      const cue = verbCueAt(c, t, v);
      if (cue?.kind !== 'verb' || cue.prep || cue.rel !== 'KILLED' || isPassive(t, v)) return;
      const pronoun = kidsOf(t, v, 'obj').some((o) => WORDS.objectPronouns.has(t.lower[o] ?? ''));
      const up = headOf(t, v);
      if (!pronoun || up < 0) return;
      const victim = personSubjectAbove(c, t, up);
      if (!victim) return;
      for (const a of agentsOf(t, v)) {
        const agent = agentName(c, t, a);
        if (agent && agent !== victim && typeOf(c, agent) === 'Person')
          emitTree(c, t, this.name, 'KILLED', agent, victim, v);
      }
    });
  },
};
