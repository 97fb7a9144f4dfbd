import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, emit, typeOf } from './context.js';
import { roleAt, roleRelation } from './role-lookup.js';
import { at } from './tokens.js';
import { DETS } from './words.js';

/**
 * "the deputy secretary of the Foreign Ministry, X": the role comes first.
 * Not when X goes on to speak ("Y was named head of the Harbor Authority,
 * X said": the role is Y's).
 */
export function preAppositives(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const m of sc.mentions) {
    if (typeOf(c, m) !== 'Person' || at(tokens, m.outer - 1) !== ',') continue;
    if (c.cues.speech.has(at(tokens, m.e).toLowerCase())) continue;
    const org = [...sc.mentions].reverse().find((o) => o.e === m.outer - 1);
    if (!org || typeOf(c, org) !== 'Organization') continue;
    let k = org.outer - 1;
    if (DETS.has(at(tokens, k))) k--;
    if (!['of', 'for', 'at'].includes(at(tokens, k))) continue;
    for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
      const r = roleAt(c, tokens, i, 0);
      if (r && r.end === k) {
        const rel = roleRelation(c, r.role, org);
        if (rel) emit(c, rel, m, org, sc.index, 0.6);
        break;
      }
    }
  }
}
