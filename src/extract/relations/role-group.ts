import type { Mention } from '../types.js';
import { emitRole } from './roles.js';
import { caseOf, headOf, kidsOf, nameAt, typeOf } from './tree.js';
import type { RoleCue, RuleContext, TreeSentence } from './types.js';
import { WORDS } from './words.js';

/** How many clauses up from the verb the group is looked for. */
const MAX_CLIMB = 6;

/**
 * Whether role noun `r` is held at a thing the sentence does not name: its
 * "of" phrase is a noun with a determiner or an owner ("president of the
 * unit", "chairman of its subsidiary"). A bare noun ("vice president of
 * finance", "director of marketing") is a post inside the group.
 */
function heldElsewhere(t: TreeSentence, r: number): boolean {
  return kidsOf(t, r, 'nmod', 'obl').some(
    (k) =>
      WORDS.treeRolePrepositions.has(caseOf(t, k)) &&
      !nameAt(t, k) &&
      kidsOf(t, k, 'det', 'nmod:poss').length > 0,
  );
}

/**
 * The group a role given by verb `v` is held at when the role itself names
 * none: "Acme named X president" (the group that gives it), "Acme said X was
 * named president", "Acme said X will succeed Y as president", "Acme said
 * X, who was named vice president of finance, will retire" (the group that
 * reports it, the subject of the verb of saying that governs the verb's clause), "Acme said
 * it named X president" (a subject pronoun passes the search up; "The
 * company" a coreference step resolved counts as the name). The holders'
 * own names are passed over. A named subject of another kind on the way
 * ("Ruiz said X was named president") ends the search with nothing, and so
 * does a role held at a thing the sentence does not name ("president of
 * the unit").
 */
export function impliedGroup(
  c: RuleContext,
  t: TreeSentence,
  v: number,
  r: number,
  holders: readonly Mention[],
): Mention | undefined {
  if (heldElsewhere(t, r)) return undefined;
  let from = -1;
  let h = v;
  for (let step = 0; step < MAX_CLIMB && h >= 0; step++) {
    for (const s of kidsOf(t, h, 'nsubj', 'nsubj:pass')) {
      if (s === from) continue;
      const m = nameAt(t, s);
      if (!m) continue;
      if (holders.some((p) => p.entity === m.entity)) continue;
      // Above the verb only the one who reports it: "Acme said X, succeeding Y, was elected".
      const speaks = h === v || c.cues.speech.has(t.lower[h] ?? '');
      return speaks && typeOf(c, m) === 'Organization' ? m : undefined;
    }
    from = h;
    h = headOf(t, h);
  }
  return undefined;
}

/**
 * Emits the role `role` (a noun at `r` given by verb `v`) of holder `p` at
 * the targets the role names, or else at the group `impliedGroup` finds:
 * that group may be the one reporting it, and stays a party.
 */
export function emitGivenRole(
  c: RuleContext,
  t: TreeSentence,
  rule: string,
  role: RoleCue,
  p: Mention,
  targets: readonly Mention[],
  v: number,
  r: number,
  holders: readonly Mention[],
): void {
  if (targets.length) {
    emitRole(c, t, rule, role, p, targets, v);
    return;
  }
  const group = impliedGroup(c, t, v, r, holders);
  if (!group) return;
  const before = c.out.length;
  emitRole(c, t, rule, role, p, [group], v);
  for (const f of c.out.slice(before)) f.speakerParty = true;
}
