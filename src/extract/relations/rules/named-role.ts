import type { Mention } from '../../types.js';
import { emitGivenRole } from '../role-group.js';
import { roleAtToken, roleTargets } from '../roles.js';
import {
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

const APPOINT = WORDS.appointVerbs;
const BECOME = WORDS.becomeVerbs;

/**
 * Who takes the role noun `r` that verb `v` gives: a person's name the parser
 * hung on the role ("made [Emile Jonassaint] president"), else the verb's
 * other object ("made X president", "elected X to be chairman"), else the
 * passive subject ("X was named chairman"), else, for "became" and its like,
 * the subject. The subject of an active "named" is who gave the role, never
 * who took it.
 */
function holders(c: RuleContext, t: TreeSentence, v: number, r: number): Mention[] {
  const person = (k: number) => {
    const m = nameAt(t, k);
    return m && typeOf(c, m) === 'Person' ? m : undefined;
  };
  const onRole = kidsOf(t, r, 'compound', 'flat', 'appos')
    .filter((k) => t.toks[k]?.deprel !== 'compound' || k < r)
    .map((k) => t.mentionOf[k])
    .filter((m): m is Mention => !!m && typeOf(c, m) === 'Person');
  if (onRole.length) return onRole;
  let tokens: number[] = [];
  const other = kidsOf(t, v, 'obj').filter((o) => o !== r);
  if (other[0] !== undefined) tokens = withConjuncts(t, other[0]);
  else if (isPassive(t, v)) tokens = passivePatientsOf(t, v);
  else if (BECOME.has(t.lower[v] ?? '')) tokens = agentsOf(t, v);
  return tokens.map(person).filter((m): m is Mention => !!m);
}

/**
 * The role token `r` and, when the parser made the first of two coordinated
 * roles a compound of the second ("president and chief operating officer",
 * "president" a compound of "officer" with "and" on "officer"), that first
 * role first: the first title named is the one read, held where the
 * head's is.
 */
function coordinatedRoles(t: TreeSentence, r: number): number[] {
  const cc = kidsOf(t, r, 'cc')[0];
  if (cc === undefined || cc > r) return [r];
  return [...kidsOf(t, r, 'compound').filter((k) => k < cc), r];
}

/**
 * "X was named chairman of Y", "the generals made X president of Y", "Y
 * elected X to be its chairman", "X became head of Y": a verb that gives a
 * role (data/relation-words.json, appointVerbs) and the role noun it takes
 * (xcomp, object, or "to" phrase: "X was promoted to president") make the
 * one who takes it hold the role at what the role is of, as in an
 * apposition; a role of nothing named is held at the group that gives or
 * reports it ("Acme said X was named president", role-group.ts).
 */
export const namedRole: TreeRule = {
  name: 'named-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (tok.upos !== 'VERB' || !APPOINT.has(t.lower[v] ?? '')) return;
      // "X was promoted to president"; an obl with no preposition is a second object the
      // parser misread ("Acme said it named [X chief executive officer]").
      const toRole = kidsOf(t, v, 'obl', 'obl:unmarked').filter((k) => {
        const prep = caseOf(t, k);
        return !prep || WORDS.appointRolePrepositions.has(prep);
      });
      for (const r of [...kidsOf(t, v, 'xcomp', 'obj'), ...toRole]) {
        const people = holders(c, t, v, r);
        const role = coordinatedRoles(t, r)
          .map((q) => roleAtToken(c.cues, t, q))
          .find((x) => x);
        if (!role) continue;
        // The verb anchors the statement: "was not named", "said X was named".
        for (const p of people)
          emitGivenRole(c, t, this.name, role, p, roleTargets(t, r, p), v, r, people);
      }
    });
  },
};
