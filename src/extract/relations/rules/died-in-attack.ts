import {
  agentName,
  caseOf,
  emitTree,
  isPassive,
  kidsOf,
  nameAt,
  passivePatientsOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * Who died at `v`: the subject of "died" or the passive subject of "was
 * killed" (or the name a participle modifies: "X, killed in an airstrike").
 */
function dead(t: TreeSentence, v: number): number[] {
  if (isPassive(t, v)) return passivePatientsOf(t, v);
  return kidsOf(t, v, 'nsubj').flatMap((s) => withConjuncts(t, s));
}

/**
 * Who struck in the event noun `n`: its "by" nominal ("an attack by X") or
 * a name before it ("a Norland airstrike", "an American strike").
 */
function strikers(t: TreeSentence, n: number): number[] {
  return [
    ...kidsOf(t, n, 'nmod')
      .filter((k) => caseOf(t, k) === 'by')
      .flatMap((k) => withConjuncts(t, k)),
    ...kidsOf(t, n, 'compound', 'amod', 'nmod:poss').filter((k) => k < n && t.mentionOf[k]),
  ];
}

/**
 * "X died in an attack by Y", "X was killed in a Norland airstrike", "X
 * died in Y's raid": one who died (data/relation-words.json, deathVerbs) in
 * an event noun of the lexicon (relations.json, ATTACKED and KILLED nouns)
 * after "in" or "during" (deathEventPrepositions) was killed by whoever
 * struck in it. The event noun anchors the statement.
 */
export const diedInAttack: TreeRule = {
  name: 'died-in-attack',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB' || !WORDS.deathVerbs.has(t.lower[v] ?? '')) return;
      const victims = dead(t, v);
      if (!victims.length) return;
      for (const n of kidsOf(t, v, 'obl')) {
        if (!c.cues.nouns.has(t.lower[n] ?? '')) continue;
        if (!WORDS.deathEventPrepositions.has(caseOf(t, n))) continue;
        for (const a of strikers(t, n))
          for (const p of victims)
            emitTree(c, t, this.name, 'KILLED', nameAt(t, a), agentName(c, t, p), n);
      }
    });
  },
};
