import {
  agentName,
  agentsOf,
  caseOf,
  emitTree,
  isPassive,
  kidsOf,
  nameAt,
  passivePatientsOf,
  prepObjects,
  verbCueAt,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * The words a cue's preposition may hang on: the cue's own words, and a span
 * of time the verb takes ("served 24 years in Congress", "worked two decades
 * for Acme"; data/relation-words.json, durationNouns).
 */
function cueHeads(t: TreeSentence, words: number[]): number[] {
  const v = words[0] as number;
  const spans = kidsOf(t, v, 'obj', 'obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked').filter(
    (k) => WORDS.durationNouns.has(t.lower[k] ?? '') && !caseOf(t, k),
  );
  return [...words, ...spans];
}

/**
 * A two-word cue "verb preposition" whose verb stands at `v` with other words
 * between it and its preposition: "was born on Feb. 5 in Portland" reads as
 * "born in", "works mostly for" as "works for". The preposition must mark a
 * nominal of that verb in the tree.
 */
function splitCueAt(c: RuleContext, t: TreeSentence, v: number) {
  const tok = t.toks[v];
  if (!tok || (tok.upos !== 'VERB' && !tok.xpos.startsWith('VB'))) return undefined;
  for (const cue of c.cues.byFirst.get(t.lower[v] ?? '') ?? []) {
    const prep = cue.words[1];
    if (cue.kind !== 'verb' || cue.words.length !== 2 || !prep) continue;
    if (prepObjects(t, cueHeads(t, [v]), prep).length) return { rel: cue.rel, words: [v], prep };
  }
  return undefined;
}

/**
 * "X works for Y", "X was deployed to Y", "X was hired by Y", "X was born on
 * May 2 in Y", "X served 24 years in Y": a cue that ends in a preposition relates the verb's subject
 * (active or passive) to the nominal that preposition introduces.
 */
export const verbPreposition: TreeRule = {
  name: 'verb-preposition',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, v) => {
      const whole = verbCueAt(c, t, v);
      const cue = whole?.kind === 'verb' && whole.prep ? whole : splitCueAt(c, t, v);
      if (!cue) return;
      const targets = prepObjects(t, cueHeads(t, cue.words), cue.prep);
      if (!targets.length) return;
      const subjects = isPassive(t, v) ? passivePatientsOf(t, v) : agentsOf(t, v);
      for (const s of subjects)
        for (const g of targets)
          emitTree(c, t, this.name, cue.rel, agentName(c, t, s), nameAt(t, g), v);
    });
  },
};
