import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, objectRight } from './tokens.js';
import { DETS, PHRASE_WORDS } from './words.js';

/** "Iran-backed militias known as X", "Chicago-based X". */
export function compounds(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (!m.compound) continue;
    const rel = c.cues.compounds.get(m.compound);
    if (rel === 'LIVES_IN') {
      // "Minnesota-born artist X".
      const p = objectRight(c, sc, m.e + 2, ['Person'], 4);
      if (p) emit(c, m.country ? 'MEMBER_OF' : 'LIVES_IN', p, m, sc.index, 0.5);
      continue;
    }
    if (m.compound === 'based') {
      const o = objectRight(c, sc, m.e + 2, ['Organization'], 3);
      if (o) emit(c, 'BASED_IN', o, m, sc.index, 0.7);
      continue;
    }
    if (rel !== 'SUPPORTS') continue;
    // Appositive form is handled with appositives; here the phrase that follows.
    const before = at(sc.tokens, m.outer - 1);
    if (DETS.has(before) && at(sc.tokens, m.outer - 2) === ',') continue;
    const o = objectRight(c, sc, m.e + 2, ['Organization'], 12);
    if (!o) continue;
    // Only through the noun phrase the compound modifies: "Iran-backed militias in Iraq known as the X".
    const gap = sc.tokens.slice(m.e + 2, o.outer);
    const ok = gap.every(
      (t, i) =>
        PHRASE_WORDS.has(t.lower) ||
        sc.mentions.some(
          (x) => x.s <= m.e + 2 + i && x.e > m.e + 2 + i && typeOf(c, x) === 'Location',
        ) ||
        (t.word && !t.cap && /s$/.test(t.lower) && c.lex.set('orgNouns').has(t.lower)) ||
        c.lex.set('orgNouns').has(t.lower),
    );
    if (ok) emit(c, 'SUPPORTS', m, o, sc.index, 0.7);
  }
}
