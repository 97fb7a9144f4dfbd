import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { roleAtToken } from '../roles.js';
import {
  caseOf,
  deprel,
  emitTree,
  headOf,
  kidOf,
  kidsOf,
  kidsOfName,
  nameAt,
  typeOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * The place nouns a place is said to be: nouns in apposition to it ("X, a
 * suburb of Y"; "the capital of Y, X") and the predicate of a copula whose
 * subject it is ("X is the capital of Y").
 */
function placeNouns(t: TreeSentence, p: Mention, h: number): number[] {
  const out = kidsOfName(t, p, 'appos');
  if (deprel(t, h) === 'appos') out.push(headOf(t, h));
  const up = headOf(t, h);
  if (deprel(t, h) === 'nsubj' && kidOf(t, up, 'cop') >= 0) out.push(up);
  return out.filter((n) => !t.mentionOf[n] && t.toks[n]?.upos === 'NOUN');
}

/**
 * "Lakewood, a suburb of Denver", "Denver, the capital of Colorado", "the
 * capital of Colorado, Denver", "Denver is the capital of Colorado",
 * "Colorado's capital, Denver": a place said to be a kind of place
 * (data/relations.json, LOCATED_IN roles: "suburb", "capital", "city") of
 * another place, after "of" or as its possessor, lies in it. The place noun
 * anchors the statement: "X is not the capital of Y" is negated.
 */
export const placeRole: TreeRule = {
  name: 'place-role',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const p = t.mentionOf[h];
      if (!p || typeOf(c, p) !== 'Location' || t.mentionOf[headOf(t, h)] === p) return;
      for (const n of placeNouns(t, p, h)) {
        if (!roleAtToken(c.cues, t, n)?.rels.includes('LOCATED_IN')) continue;
        const of = kidsOf(t, n, 'nmod').filter((k) => caseOf(t, k) === 'of');
        const owners = kidsOf(t, n, 'nmod:poss');
        for (const k of [...of.flatMap((x) => withConjuncts(t, x)), ...owners]) {
          const place = nameAt(t, k);
          if (place && typeOf(c, place) === 'Location')
            emitTree(c, t, this.name, 'LOCATED_IN', p, place, n, CONFIDENCE.modifier);
        }
      }
    });
  },
};
