import type { Mention } from '../../types.js';
import { emitRole, roleAtToken, roleTargets } from '../roles.js';
import { deprel, headOf, kidsOfName, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/** Labels that join a title to the name it stands before. */
const TITLE_LINKS = ['compound', 'flat', 'amod', 'nmod', 'nmod:desc'];

/**
 * "Iranian President X", "Microsoft Chairman X", "Iran's Foreign Minister X":
 * a title noun beside a person's name, and what the title is held at (an
 * adjective or name modifying the title or the name, or the title's
 * possessor).
 */
export const titleBeforeName: TreeRule = {
  name: 'title-before-name',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, h) => {
      const p = t.mentionOf[h];
      if (!p || typeOf(c, p) !== 'Person' || t.mentionOf[headOf(t, h)] === p) return;
      const titles = kidsOfName(t, p, 'compound', 'amod', 'nmod:desc', 'flat').filter((k) => k < h);
      const up = headOf(t, h);
      if (up >= 0 && up < h && (deprel(t, h) === 'flat' || deprel(t, h) === 'compound'))
        titles.push(up);
      for (const r of titles) {
        const role = roleAtToken(c.cues, t, r);
        if (!role) continue;
        const targets = roleTargets(t, r, p);
        // "Iranian President X" parsed with both words on the name: the modifier before the title.
        const around: number[] = kidsOfName(t, p, ...TITLE_LINKS);
        // "French President X" with "French" hung elsewhere: the adjective just before the title.
        if (t.toks[r - 1]?.upos === 'ADJ') around.push(r - 1);
        for (const k of around) {
          const m: Mention | undefined = t.mentionOf[k];
          if (k < r && m && m !== p && !targets.includes(m)) targets.push(m);
        }
        emitRole(c, t, this.name, role, p, targets, r);
      }
    });
  },
};
