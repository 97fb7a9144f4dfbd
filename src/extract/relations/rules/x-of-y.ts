import { CONFIDENCE } from '../confidence.js';
import { caseOf, emitTree, headOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

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
        const rel = WORDS.nameOfName.get(`${typeOf(c, a)}>${typeOf(c, b)}`)?.get(caseOf(t, k));
        if (rel) emitTree(c, t, this.name, rel, a, b, h, CONFIDENCE.modifier);
      }
    });
  },
};
