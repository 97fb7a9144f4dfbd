import type { Mention } from '../../types.js';
import {
  agentName,
  agentsOf,
  deprel,
  emitTree,
  headOf,
  isPassive,
  kidsOf,
  nameAt,
  passivePatientsOf,
  typeOf,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Prepositions a "where" clause stands for ("born in", "based at"). */
const WHERE_PREPS = WORDS.wherePrepositions;

/**
 * The place a "where" stands for: the noun its clause modifies, or, when the
 * parser hung the clause elsewhere ("returned to Oakdale, where he was born"
 * with "born" coordinated with "returned"), the name just before it.
 */
function antecedent(t: TreeSentence, v: number, where: number): Mention | undefined {
  if (deprel(t, v) === 'acl:relcl') return nameAt(t, headOf(t, v));
  const before = t.lower[where - 1] === ',' ? where - 2 : where - 1;
  return t.mentionOf[before];
}

/**
 * "Rolling Fork, where Muddy Waters was born", "Oakdale, where she lived
 * for a decade", "Denver, where Acme is based": a relative clause opened by
 * "where" on a place reads as its verb's cue with "in" or "at" the place
 * ("born in", "lived in"), the verb's subject the one born, living or
 * based there. A "he"/"she" subject is the named person subject of the
 * clause above.
 */
export const whereClause: TreeRule = {
  name: 'where-clause',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB') return;
      const where = kidsOf(t, v, 'advmod').find((k) => t.lower[k] === 'where');
      if (where === undefined) return;
      const place = antecedent(t, v, where);
      if (!place || typeOf(c, place) !== 'Location') return;
      const cue = (c.cues.byFirst.get(t.lower[v] ?? '') ?? []).find(
        (q) => q.kind === 'verb' && q.words.length === 2 && WHERE_PREPS.has(q.words[1] ?? ''),
      );
      if (!cue) return;
      const subjects = isPassive(t, v) ? passivePatientsOf(t, v) : agentsOf(t, v);
      for (const s of subjects)
        if (s !== headOf(t, v)) emitTree(c, t, this.name, cue.rel, agentName(c, t, s), place, v);
    });
  },
};
