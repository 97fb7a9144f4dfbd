import type { Mention } from '../../types.js';
import { emitGivenRole } from '../role-group.js';
import { roleAtToken, roleTargets } from '../roles.js';
import {
  agentName,
  agentsOf,
  caseOf,
  isPassive,
  kidsOf,
  nameAt,
  passivePatientsOf,
  typeOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/**
 * Who holds the role a verb's "as" phrase names: the verb's object when it
 * has one ("Acme hired X as chief economist of Y", "Z described X as a
 * spokesman for Y"), except for a verb whose subject takes the object's
 * place (data/relation-words.json, asSubjectVerbs: "X will succeed Z as
 * chairman of Y"); else its passive subject ("X was hired as chief economist
 * of Y"), else its subject ("X resigned as president of Y", "X, who served
 * as director of Y").
 */
function holders(c: RuleContext, t: TreeSentence, v: number): Mention[] {
  const objects = kidsOf(t, v, 'obj').flatMap((o) => withConjuncts(t, o));
  let tokens: number[];
  const bySubject = WORDS.asSubjectVerbs.has(t.lower[v] ?? '');
  if (objects.length && !bySubject) tokens = objects;
  else if (isPassive(t, v)) tokens = passivePatientsOf(t, v);
  else tokens = agentsOf(t, v);
  return tokens
    .map((k) => nameAt(t, k) ?? agentName(c, t, k))
    .filter((m): m is Mention => !!m && typeOf(c, m) === 'Person');
}

/**
 * "X resigned as president of Y", "X, who served as director of Y", "X will
 * succeed Z as chairman of Y", "Acme hired X as chief economist of Y": a role
 * noun after "as" (data/relation-words.json, asMarkers) on a verb of taking,
 * holding or leaving a post (asRoleVerbs) is held at what the role is of, as
 * in an apposition. A verb that only describes ("X was mentioned as a
 * possible nominee", "described X as a spokesman") gives no post. The verb
 * anchors the statement: "X did not resign as president of Y" is negated.
 * A role of nothing named is held at the group that gives or reports it
 * ("Acme said X will succeed Z as president", role-group.ts).
 */
export const asRole: TreeRule = {
  name: 'as-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB' || !WORDS.asRoleVerbs.has(t.lower[v] ?? '')) return;
      // "X succeeds Y as president": the parser may hang the "as" phrase on the one succeeded.
      const onObject = WORDS.asSubjectVerbs.has(t.lower[v] ?? '')
        ? kidsOf(t, v, 'obj').flatMap((o) => kidsOf(t, o, 'nmod'))
        : [];
      for (const r of [...kidsOf(t, v, 'obl', 'xcomp'), ...onObject]) {
        if (!WORDS.asMarkers.has(caseOf(t, r))) continue;
        const role = roleAtToken(c.cues, t, r);
        if (!role) continue;
        const people = holders(c, t, v);
        for (const p of people) {
          emitGivenRole(c, t, this.name, role, p, roleTargets(t, r, p), v, r, people);
        }
      }
    });
  },
};
