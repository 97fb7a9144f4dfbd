import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { caseOf, emitTree, headOf, kidsOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** The preposition that puts a place inside the next one: "Tarrow in northern Wales". */
const INSIDE = 'in';

/** Tags of the words that may stand between "in" and the wider place: "in the northeast". */
const MODIFIERS = new Set(['DET', 'ADJ']);

/**
 * Whether the phrase of token `r` follows name `town` with nothing but
 * "in" and modifiers between ("Tarrow in northern Wales"), so that it
 * reads on the town even where the parser hung it higher up.
 */
function rightAfter(t: TreeSentence, town: Mention, r: number): boolean {
  let i = r - 1;
  while (i >= 0 && MODIFIERS.has(t.toks[i]?.upos ?? '')) i--;
  if (t.lower[i] !== INSIDE) return false;
  return t.mentionOf[i - 1] === town;
}

/**
 * The wider places a place is said to be in: "in" phrases hung on the town
 * itself, or hung on the noun the first name modifies but written right
 * after the town ("a patient at X Hospital in Tarrow in northern Wales":
 * the parser may hang "in northern Wales" on "patient"; "worked at X in
 * Tarrow in Wales": on "worked").
 */
function regionsOf(t: TreeSentence, town: Mention, above: number): number[] {
  const out = kidsOfName(t, town, 'nmod');
  if (above >= 0)
    for (const r of kidsOf(t, above, 'nmod', 'obl')) if (rightAfter(t, town, r)) out.push(r);
  return out;
}

/**
 * "Saint Agnes Hospital in Tarrow in northern Wales", "the Merrow caves near
 * Tarrow in southern Spain", "Kelso in Tarrow County in eastern Oregon": a
 * group or place said to be in (or near, at) a place that
 * is itself said to be in a wider one lies in the wider one too. x-of-y reads
 * each step; this rule reads the chain of two. The first step may be any
 * locative preposition (locativePrepositions: "near Tarrow" is not in
 * Tarrow, but it is in Spain); the second must be "in" ("the Kelso district
 * of Tarrow" names a part, not a wider place). Both steps must be places, and
 * the first must hang on the name.
 */
export const inPlaceIn: TreeRule = {
  name: 'in-place-in',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const a = t.mentionOf[h];
      if (!a || t.mentionOf[headOf(t, h)] === a) return;
      const rel = WORDS.nameOfName.get(`${typeOf(c, a)}>Location`)?.get(INSIDE);
      if (!rel) return;
      for (const k of kidsOfName(t, a, 'nmod')) {
        const town = t.mentionOf[k];
        if (!town || town === a || typeOf(c, town) !== 'Location') continue;
        if (!WORDS.locativePrepositions.has(caseOf(t, k))) continue;
        const regions: number[] = regionsOf(t, town, headOf(t, h));
        for (const r of regions) {
          const region: Mention | undefined = t.mentionOf[r];
          if (!region || region === a || region === town) continue;
          if (typeOf(c, region) !== 'Location' || caseOf(t, r) !== INSIDE) continue;
          emitTree(c, t, this.name, rel, a, region, r, CONFIDENCE.modifier);
        }
      }
    });
  },
};
