import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { caseOf, deprel, emitTree, kidsOf, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Labels of a place named before a place noun: "Iraqi", "Serbia's", "West Bank". */
const BEFORE = new Set(['amod', 'nmod:poss', 'compound']);

/**
 * "the northern Iraqi city of Mosul", "Serbia's southern province of
 * Kosovo", "the West Bank town of Hebron": a noun of a kind of place
 * (placeKindNouns) between two places puts the one after "of" in the one
 * before. "the Bay Ridge section of Brooklyn": a noun of a part of a
 * place (placePartNouns) with a name before it puts that name in the one
 * after "of"; a demonym or possessor there still holds the other ("the
 * Soviet republic of Byelorussia", "Israel's northern district of Galilee").
 * Both names must be places: "the Harbor Authority area of Port Veyra" is
 * not read. "the Kivu region of Zaire": a noun of a subdivision
 * (subdivisionNouns) with a bare name before it and a country or state after
 * "of" reads as a part, like "section"; a country's demonym or possessor
 * before it still holds the other ("the Iraqi province of Anbar").
 */
/** Whether a kind noun between a bare name and a country or state names a part of it. */
function subdivision(w: string, before: Mention | undefined, after: Mention | undefined): boolean {
  const large = (m: Mention | undefined) => !!(m?.country || m?.region || m?.province);
  return WORDS.subdivisionNouns.has(w) && !before?.demonym && !large(before) && large(after);
}

export const placeNounOf: TreeRule = {
  name: 'place-noun-of',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      if (tok.upos !== 'NOUN' || t.mentionOf[n]) return;
      const w = t.lower[n] ?? '';
      const kind = WORDS.placeKindNouns.has(w);
      if (!kind && !WORDS.placePartNouns.has(w)) return;
      const after = kidsOf(t, n, 'nmod')
        .filter((k) => caseOf(t, k) === 'of')
        .map((k) => t.mentionOf[k])
        .filter((m) => typeOf(c, m) === 'Location');
      if (after.length !== 1) return;
      for (const k of t.kids[n] ?? []) {
        if (k > n || !BEFORE.has(deprel(t, k))) continue;
        const before = t.mentionOf[k];
        if (typeOf(c, before) !== 'Location') continue;
        const inner = (kind && !subdivision(w, before, after[0])) || deprel(t, k) !== 'compound';
        const [a, b] = inner ? [after[0], before] : [before, after[0]];
        emitTree(c, t, this.name, 'LOCATED_IN', a, b, n, CONFIDENCE.modifier);
      }
    });
  },
};
