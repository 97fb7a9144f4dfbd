import { CONFIDENCE } from '../confidence.js';
import {
  agentsOf,
  caseOf,
  deprel,
  emitTree,
  headOf,
  kidsOf,
  nameAt,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Prepositions that introduce the one a nominal cue is done to ("an attack on X"). */
const PATIENT_PREPS = WORDS.patientPrepositions;

/**
 * "the assassination of Y by X", "X's attack on Y", "a U.S. raid on Y", "X
 * carried out an attack on Y": a cue noun (data/relations.json, "nouns")
 * relates its agent (a "by" phrase, its possessor or a name modifying it, or
 * the subject of the verb it is the object of) to its patient.
 */
export const nominalOfBy: TreeRule = {
  name: 'nominal-of-by',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      if (tok.upos !== 'NOUN') return;
      const rel = c.cues.nouns.get(t.lower[n] ?? '');
      if (!rel) return;
      const patients: number[] = [];
      const agents: number[] = [];
      for (const k of kidsOf(t, n, 'nmod', 'obl')) {
        const prep = caseOf(t, k);
        if (prep === 'by') agents.push(...withConjuncts(t, k));
        else if (PATIENT_PREPS.has(prep)) patients.push(...withConjuncts(t, k));
      }
      // "the murder of Y by X" with "by X" hung on Y: it is still the noun's agent.
      for (const p of patients)
        for (const k of kidsOf(t, p, 'nmod')) if (caseOf(t, k) === 'by') agents.push(k);
      for (const k of kidsOf(t, n, 'nmod:poss', 'compound', 'amod'))
        if (t.mentionOf[k]) agents.push(k);
      // "X carried out an attack on Y": the subject of a verb of doing (data, "agentVerbs").
      const v = headOf(t, n);
      if (!agents.length && deprel(t, n) === 'obj' && c.cues.agentVerbs.has(t.lower[v] ?? ''))
        agents.push(...agentsOf(t, v));
      for (const a of agents)
        for (const p of patients)
          emitTree(c, t, this.name, rel, nameAt(t, a), nameAt(t, p), n, CONFIDENCE.nominal);
    });
  },
};
