import type { Mention } from '../../types.js';
import { describingGerund } from '../describing-gerund.js';
import {
  agentName,
  agentsOf,
  caseOf,
  emitTree,
  isPassive,
  kidsOf,
  nameAt,
  thatClause,
  typeOf,
  verbCueAt,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * The person a name before a person noun describes: "killed Kennedy assassin
 * Oswald" kills Oswald, whatever the parser made the object.
 */
function describedPerson(c: RuleContext, t: TreeSentence, m: Mention | undefined) {
  if (!m || typeOf(c, m) !== 'Person') return m;
  const last = t.mentionOf.lastIndexOf(m);
  const next = t.mentionOf[last + 2];
  if (
    last >= 0 &&
    !t.mentionOf[last + 1] &&
    c.cues.personNouns.has(t.lower[last + 1] ?? '') &&
    next &&
    typeOf(c, next) === 'Person'
  )
    return next;
  return m;
}

/**
 * "X attacked Y": the subject and the object of an active cue verb. The
 * subject is found through relative clauses ("the militia that attacked Y"),
 * conjoined verbs ("X stormed and attacked Y") and control ("X ordered
 * forces to attack Y": forces), never across a clausal complement, so the
 * speaker of "said" is not the agent of the verb said. Coordinated subjects
 * and objects each get the relation; a nominal after the verb without a
 * preposition is an object even when parsed as obl.
 */
export const verbSubjectObject: TreeRule = {
  name: 'verb-subject-object',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, v) => {
      const cue = verbCueAt(c, t, v);
      if (cue?.kind !== 'verb' || cue.prep || isPassive(t, v)) return;
      // "met striking Delta pilot Tom Fay": the -ing word describes the pilot.
      if (describingGerund(t.sc, v)) return;
      const last = cue.words[cue.words.length - 1] as number;
      const objects = [...kidsOf(t, v, 'obj'), ...(last !== v ? kidsOf(t, last, 'obj') : [])];
      // A nominal after the verb with no preposition is its object, whatever label the parser gave.
      for (const k of kidsOf(t, last, 'obl')) if (k > last && !caseOf(t, k)) objects.push(k);
      const patients = objects.flatMap((o) => withConjuncts(t, o));
      if (!patients.length) return;
      for (const a of agentsOf(t, v)) {
        const agent = agentName(c, t, a);
        if (thatClause(t, v) && typeOf(c, agent) === 'Person') continue;
        for (const p of patients)
          emitTree(c, t, this.name, cue.rel, agent, describedPerson(c, t, nameAt(t, p)), v);
      }
    });
  },
};
