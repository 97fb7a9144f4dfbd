import { CONFIDENCE } from '../confidence.js';
import { caseOf, emitTree, kidsOf, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Words that may stand between the place and "in": "Kirkuk, in the north of Iraq". */
const BEFORE_IN = new Set([',']);

/** Tags of the words between "in" and the part noun: "the southeastern". */
const MODIFIERS = new Set(['DET', 'ADJ']);

/** Whether a noun says which part or kind of place it is ("part", "province", "north"). */
function partNoun(w: string): boolean {
  return WORDS.placePartNouns.has(w) || WORDS.placeKindNouns.has(w) || WORDS.compassNouns.has(w);
}

/**
 * "Bugesera in the southeastern part of Rwanda", "Pabnjachel in the
 * northwestern department of Solola", "Kirkuk, in the north of Iraq": a place
 * right before "in the ... part of Y" lies in Y (placePartNouns,
 * placeKindNouns, compassNouns). The parser mostly hangs the phrase on the
 * verb, so the place is the name that ends right before "in". Both must be
 * places: "Acme in the north of Iraq" says where Acme works (not read here),
 * and "the rebels in the north of Iraq" names no place.
 */
export const inPartOf: TreeRule = {
  name: 'in-part-of',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      if (tok.upos !== 'NOUN' || t.mentionOf[n] || !partNoun(t.lower[n] ?? '')) return;
      if (caseOf(t, n) !== 'in') return;
      const of = kidsOf(t, n, 'nmod')
        .filter((k) => caseOf(t, k) === 'of')
        .map((k) => t.mentionOf[k])
        .filter((m) => typeOf(c, m) === 'Location');
      if (of.length !== 1) return;
      // The "in" of the phrase: the first word of the phrase left of the noun.
      // "in the southeastern part": only a determiner and adjectives between "in" and the noun.
      let i = n - 1;
      while (i >= 0 && MODIFIERS.has(t.toks[i]?.upos ?? '')) i--;
      if (t.lower[i] !== 'in') return;
      let k = i - 1;
      while (k >= 0 && BEFORE_IN.has(t.toks[k]?.text ?? '')) k--;
      const place = t.mentionOf[k];
      if (!place || place === of[0] || typeOf(c, place) !== 'Location') return;
      emitTree(c, t, this.name, 'LOCATED_IN', place, of[0], n, CONFIDENCE.modifier);
    });
  },
};
