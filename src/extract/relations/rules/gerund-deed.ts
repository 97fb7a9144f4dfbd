import { doers } from '../deed-doers.js';
import {
  caseOf,
  deprel,
  emitTree,
  headOf,
  kidOf,
  kidsOf,
  nameAt,
  verbCueAt,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Labels of a gerund clause that hangs on a noun or a name ("guilty to killing", "X of killing"). */
const CLAUSE = new Set(['acl', 'advcl']);

/** The preposition marking a gerund clause ("of" in "of killing"), as mark or case. */
function markerOf(t: TreeSentence, v: number): string {
  const m = kidOf(t, v, 'mark');
  return m >= 0 ? (t.lower[m] ?? '') : caseOf(t, v);
}

/**
 * "X pleaded guilty to killing Y", "X faces charges of murdering Y", "X
 * claimed responsibility for attacking Y", "police arrested X for killing Y":
 * a cue verb in -ing form with no subject of its own, after a preposition
 * (gerundMarkers), hanging on a deed noun or on a name. Its object is the
 * patient; the stance pass marks an accusation as alleged and a denial as
 * negated. A gerund under any other noun says nothing of who did it: "X
 * rejected the idea of killing Y" draws nothing.
 */
export const gerundDeed: TreeRule = {
  name: 'gerund-deed',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.xpos !== 'VBG' || !CLAUSE.has(deprel(t, v))) return;
      if (kidOf(t, v, 'nsubj', 'nsubj:pass') >= 0) return;
      if (!WORDS.gerundMarkers.has(markerOf(t, v))) return;
      const cue = verbCueAt(c, t, v);
      if (cue?.kind !== 'verb' || cue.prep) return;
      const patients = kidsOf(t, v, 'obj').flatMap((o) => withConjuncts(t, o));
      if (!patients.length) return;
      for (const a of doers(t, headOf(t, v)))
        for (const p of patients) emitTree(c, t, this.name, cue.rel, nameAt(t, a), nameAt(t, p), v);
    });
  },
};
