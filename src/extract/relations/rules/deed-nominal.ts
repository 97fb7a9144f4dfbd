import { CONFIDENCE } from '../confidence.js';
import { doers } from '../deed-doers.js';
import { caseOf, deprel, emitTree, headOf, kidsOf, nameAt, withConjuncts } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Labels through which an event noun hangs on the word before its preposition. */
const HUNG = new Set(['nmod', 'obl']);

/**
 * Whether a cue noun names its own agent (a "by" phrase, a possessor or a
 * name modifying it): nominal-of-by reads those.
 */
function ownAgent(t: TreeSentence, n: number): boolean {
  if (kidsOf(t, n, 'nmod', 'obl').some((k) => caseOf(t, k) === 'by')) return true;
  return kidsOf(t, n, 'nmod:poss', 'compound', 'amod').some((k) => t.mentionOf[k]);
}

/**
 * "X claimed responsibility for the attack on Y", "X pleaded guilty to the
 * murder of Y", "police charged X with the killing of Y": an event noun cue
 * (data/relations.json, "nouns") after a preposition (gerundMarkers) on a
 * deed noun (deedNouns) or on a name is done by whoever does that deed, as
 * gerund-deed reads "claimed responsibility for attacking Y". Its patient is
 * the name after the noun's "of", "on" or "against". The stance pass marks a
 * claim or charge as alleged and a denial ("denied responsibility for the
 * attack on Y") as negated. An event noun under any other noun says nothing
 * of who did it: "X condemned the attack on Y" draws nothing here.
 */
export const deedNominal: TreeRule = {
  name: 'deed-nominal',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      if (tok.upos !== 'NOUN') return;
      const rel = c.cues.nouns.get(t.lower[n] ?? '');
      if (!rel || !HUNG.has(deprel(t, n)) || ownAgent(t, n)) return;
      if (!WORDS.gerundMarkers.has(caseOf(t, n))) return;
      const patients = kidsOf(t, n, 'nmod', 'obl')
        .filter((k) => WORDS.patientPrepositions.has(caseOf(t, k)))
        .flatMap((k) => withConjuncts(t, k));
      if (!patients.length) return;
      for (const a of doers(t, headOf(t, n)))
        for (const p of patients)
          emitTree(c, t, this.name, rel, nameAt(t, a), nameAt(t, p), n, CONFIDENCE.nominal);
    });
  },
};
