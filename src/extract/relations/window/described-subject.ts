import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, type Described, emit, typeOf } from './context.js';
import { at, matchWords, objectRight } from './tokens.js';

/** A subject described, not named: "an adviser to X warned Y". */
export function describedSubject(c: Ctx, sc: SentenceContext, k: number): Described | undefined {
  const { tokens } = sc;
  for (let i = Math.max(0, k - 12); i < k; i++) {
    if (!['a', 'an', 'the'].includes(at(tokens, i))) continue;
    for (const r of c.cues.roles) {
      let j = i + 1;
      while (
        j < k &&
        !matchWords(tokens, j, r.words) &&
        /^\p{Ll}/u.test(tokens[j]?.text ?? '') &&
        j < i + 3
      )
        j++;
      if (!matchWords(tokens, j, r.words)) continue;
      const p = j + r.words.length;
      if (!['to', 'of', 'for', 'with'].includes(at(tokens, p))) continue;
      const of =
        objectRight(c, sc, p + 1, ['Person'], 4) ??
        objectRight(c, sc, p + 1, ['Person', 'Organization', 'Location'], 4);
      if (!of) continue;
      return { role: r.phrase, of: of.entity as number };
    }
  }
  return undefined;
}

/** Settles a described subject when a following sentence names the speaker: "..., X wrote". */
export function settle(c: Ctx, sc: SentenceContext, seen: Set<number>): void {
  const p = c.pending;
  if (!p || p.sent === undefined) return;
  if (sc.index - p.sent > 2) {
    c.pending = undefined;
    return;
  }
  if (sc.index === p.sent) return;
  for (const m of sc.mentions) {
    if (typeOf(c, m) !== 'Person' || m.entity === undefined || seen.has(m.entity)) continue;
    const w = at(sc.tokens, m.e);
    const before = at(sc.tokens, m.outer - 1);
    if (!c.cues.speech.has(w) && !c.cues.speech.has(before)) continue;
    if (p.rel && p.target !== undefined) emit(c, p.rel, m.entity, p.target, p.sent, 0.5, sc.index);
    const roleRel = c.cues.roleByPhrase.get(p.role)?.rels ?? [];
    const rel = roleRel.includes('WORKS_FOR') ? 'WORKS_FOR' : roleRel[0];
    if (rel && p.of !== undefined) emit(c, rel, m.entity, p.of, p.sent, 0.5, sc.index);
    c.pending = undefined;
    return;
  }
}
