import type { RelationType } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { caseOf, deprel, emitTree, headOf, kidsOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/** What "A, a noun in B" makes of A, by A's type: where a person lives, a group is based, a place lies. */
const BY_TYPE: Partial<Record<string, RelationType>> = {
  Person: 'LIVES_IN',
  Organization: 'BASED_IN',
  Location: 'LOCATED_IN',
};

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The nouns an apposition describes its name with: the appositive noun
 * itself, and for "one of the experts", the noun after "one of".
 */
function describing(t: TreeSentence, n: number): number[] {
  const out = [n];
  if (t.lower[n] === 'one')
    for (const k of kidsOf(t, n, 'nmod')) if (caseOf(t, k) === 'of' && !t.mentionOf[k]) out.push(k);
  return out;
}

/**
 * "A, a lawyer in Miami", "A, one of the leading experts in Israel",
 * "Madagascar, an island nation in the Indian Ocean", "Acme, a firm in
 * Denver": a name in apposition to a common noun that is placed "in" a
 * place lives there (a person), is based there (a group) or lies there (a
 * place). Only a place the noun itself is in counts, not one further down
 * ("A, a spokesman for the embassy in B").
 */
export const appositionIn: TreeRule = {
  name: 'apposition-in',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const a = t.mentionOf[h];
      const rel = BY_TYPE[typeOf(c, a) ?? ''];
      if (!a || !rel || t.mentionOf[headOf(t, h)] === a) return;
      const nouns = kidsOfName(t, a, 'appos');
      if (deprel(t, h) === 'appos') nouns.push(headOf(t, h));
      // Several appositions on one name are a list the parser hung there ("in X, deforestation in Y, ...").
      if (nouns.length > 1) return;
      for (const n of nouns) {
        const upos = t.toks[n]?.upos;
        if (t.mentionOf[n]) continue;
        // A described apposition has its article ("a lawyer", "an island nation") or is "one of";
        // a bare noun beside a name is more often the next item of a list ("in X, deforestation in Y").
        const article = kidsOf(t, n, 'det').some((k) => ARTICLES.has(t.lower[k] ?? ''));
        if (!(upos === 'NOUN' && article) && t.lower[n] !== 'one') continue;
        if (kidsOf(t, n, 'conj').length) continue; // "X, the desert in B and erosion": a list
        // A noun that names something else ("the Sahara desert in B") is placed, not A.
        if (kidsOf(t, n, 'compound', 'flat').some((k) => t.mentionOf[k])) continue;
        for (const d of describing(t, n))
          for (const k of kidsOf(t, d, 'nmod')) {
            const place = t.mentionOf[k];
            if (!place || caseOf(t, k) !== 'in' || typeOf(c, place) !== 'Location') continue;
            emitTree(c, t, this.name, rel, a, place, d, CONFIDENCE.modifier);
          }
      }
    });
  },
};
