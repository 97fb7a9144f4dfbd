import {
  agentsOf,
  emitTree,
  isPassive,
  nameAt,
  passivePatientsOf,
  prepObjects,
  verbCueAt,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "X works for Y", "X was deployed to Y", "X was hired by Y": a cue that ends
 * in a preposition relates the verb's subject (active or passive) to the
 * nominal that preposition introduces.
 */
export const verbPreposition: TreeRule = {
  name: 'verb-preposition',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, v) => {
      const cue = verbCueAt(c, t, v);
      if (cue?.kind !== 'verb' || !cue.prep) return;
      const targets = prepObjects(t, cue.words, cue.prep);
      if (!targets.length) return;
      const subjects = isPassive(t, v) ? passivePatientsOf(t, v) : agentsOf(t, v);
      for (const s of subjects)
        for (const g of targets) emitTree(c, t, this.name, cue.rel, nameAt(t, s), nameAt(t, g), v);
    });
  },
};
