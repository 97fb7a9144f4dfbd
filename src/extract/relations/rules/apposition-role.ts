import { emitRole, roleAtToken, roleTargets } from '../roles.js';
import { deprel, headOf, kidOf, kidsOf, kidsOfName, typeOf, withConjuncts } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "A, the head of B" and "the head of B, A": a person in apposition to a
 * role noun (or to role nouns coordinated: "A, director of B and a member
 * of C") holds that role at what the role is of (its "of B", possessor
 * "B's", or modifier "B spokesman"). The relation comes from the role
 * (data/relations.json, "roles") and B's type.
 */
export const appositionRole: TreeRule = {
  name: 'apposition-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const p = t.mentionOf[h];
      if (!p || typeOf(c, p) !== 'Person') return;
      if (t.mentionOf[headOf(t, h)] === p) return;
      const roles = kidsOfName(t, p, 'appos');
      if (deprel(t, h) === 'appos') roles.push(headOf(t, h));
      const held = unmarkedRoleOf(t, h);
      if (held >= 0) roles.push(held);
      // "A, director of B and a member of C": each coordinated role noun, also when the parser
      // hung the second on the name (after the first; "A and the head of B" is no apposition).
      const first = roles[0];
      if (first !== undefined && first > h)
        for (const k of kidsOfName(t, p, 'conj')) if (k > first) roles.push(k);
      for (const r of [...new Set(roles.flatMap((k) => withConjuncts(t, k)))]) {
        const role = roleAtToken(c.cues, t, r);
        if (!role) continue;
        emitRole(c, t, this.name, role, p, roleTargets(t, r, p), r);
      }
    });
  },
};

/**
 * "The mayor of Dayton, Tom Reed, said": the parser often makes the name a
 * conjunct of the name the role is of (Reed of Dayton) with no "and" or
 * "or", and the phrase then says nothing of Reed. A name `h` that is the
 * last conjunct of its head, after a comma, in a coordination with no
 * conjunction word ("the mayor of Dayton, Ohio, Tom Reed" too), stands in
 * apposition to the role noun that head is a nominal of. A list ("the
 * leaders of Kenya, Uganda and Peru") has a conjunction, and a list of
 * names with roles gives each name a role of its own: both are read as
 * before. The role noun's token, or -1.
 */
function unmarkedRoleOf(t: TreeSentence, h: number): number {
  // "X, chairman of Acme, Tom Reed, chairman of Bolt, and ...": a name with a role of its own is
  // the next item of a list.
  if (deprel(t, h) !== 'conj' || kidOf(t, h, 'appos') >= 0) return -1;
  const of = headOf(t, h);
  if (of < 0 || (deprel(t, of) !== 'nmod' && deprel(t, of) !== 'obl')) return -1;
  const conjuncts = kidsOf(t, of, 'conj');
  if (conjuncts.some((k) => k > h || kidOf(t, k, 'cc') >= 0)) return -1;
  // The comma right before the name and its title ("Mr. Tom Reed" hangs "Mr." on Tom).
  let first = h;
  for (const k of t.kids[h] ?? []) if (k < first && deprel(t, k) !== 'punct') first = k;
  if (t.toks[first - 1]?.text !== ',') return -1;
  const role = headOf(t, of);
  if (role < 0 || t.toks[role]?.upos !== 'NOUN') return -1;
  // "Ann Lee, chairman of Bolt, Tom Reed, ...": a role in apposition to a name is that name's.
  return deprel(t, role) === 'appos' && t.mentionOf[headOf(t, role)] ? -1 : role;
}
