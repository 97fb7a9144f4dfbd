import type { RelationType } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { caseOf, emitTree, headOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/** What "X of Y" (or "X in Y", "X from Y") means for the two names' types. */
// Maps, not object literals: a word of the text must never find a prototype property.
const OF = new Map<string, Map<string, RelationType>>([
  [
    'Person>Organization',
    new Map([
      ['of', 'WORKS_FOR'],
      ['at', 'WORKS_FOR'],
      ['with', 'WORKS_FOR'],
    ]),
  ],
  [
    'Person>Location',
    new Map([
      ['of', 'LIVES_IN'],
      ['from', 'LIVES_IN'],
    ]),
  ],
  [
    'Organization>Location',
    new Map([
      ['of', 'BASED_IN'],
      ['in', 'BASED_IN'],
    ]),
  ],
  [
    'Location>Location',
    new Map([
      ['of', 'LOCATED_IN'],
      ['in', 'LOCATED_IN'],
    ]),
  ],
]);

/**
 * "John Smith of Acme Corp", "Smith of Boston", "the Museum of Art in
 * Chicago", "Springfield in Illinois": a name modified by another name
 * through a preposition (nmod), read by the two types.
 */
export const xOfY: TreeRule = {
  name: 'x-of-y',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const a = t.mentionOf[h];
      if (!a || t.mentionOf[headOf(t, h)] === a) return;
      for (const k of kidsOfName(t, a, 'nmod')) {
        const b = t.mentionOf[k];
        if (!b || b === a) continue;
        const rel = OF.get(`${typeOf(c, a)}>${typeOf(c, b)}`)?.get(caseOf(t, k));
        if (rel) emitTree(c, t, this.name, rel, a, b, h, CONFIDENCE.modifier);
      }
    });
  },
};
