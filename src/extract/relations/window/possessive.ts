import type { SentenceContext } from '../../sentence-context.js';
import { groupOfCountry } from '../country-group.js';
import { modifiesNoun } from '../modifier.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import { roleAt, roleRelation } from './role-lookup.js';
import { at, mentionAt } from './tokens.js';
import { PREPS } from './words.js';

/**
 * "Chad's Coastal Guard", "Syria's Aleppo", "Microsoft's chairman, Bill Gates"; not
 * across a preposition ("TWA's offer for USAir").
 */
export function possessives(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const a of sc.mentions) {
    const w = at(tokens, a.e);
    if (w !== "'s" && w !== '’s') continue;
    const b = sc.mentions.find((n) => n.outer > a.e && n.outer <= a.e + 3 && n !== a);
    const ta = typeOf(c, a);
    const pr = b ? roleAt(c, tokens, a.e + 1, 1) : undefined;
    if (
      b &&
      pr &&
      at(tokens, pr.end) === ',' &&
      mentionAt(sc, pr.end + 1) === b &&
      typeOf(c, b) === 'Person'
    ) {
      // "President McKinley's assassin, Leon Czolgosz".
      const rel = roleRelation(c, pr.role, a);
      if (rel) emit(c, rel, b, a, sc.index, 0.7);
      continue;
    }
    if (b) {
      if (b.title && !b.titleOf) continue;
      if (b.facilityOf !== undefined) continue;
      const gap = tokens.slice(a.e + 1, b.outer);
      if (gap.some((t) => t.cap || !t.word)) continue;
      // "TWA's offer for USAir", "Poland's talks in Washington": the name after a
      // preposition is what the possessed noun is about, not what the possessor owns.
      if (gap.some((t) => PREPS.has(t.lower))) continue;
      const r = roleAt(c, tokens, a.e + 1, 2);
      if (r && r.end <= b.outer) {
        const rel = roleRelation(c, r.role, a);
        if (rel) emit(c, rel, b, a, sc.index, 0.7);
        continue;
      }
      const tb = typeOf(c, b);
      // "Mulroney's Progressive Conservative government": the government is his, not the name.
      if (ta !== 'Location' && tb !== 'Location' && modifiesNoun(sc, b)) continue;
      // "Chile's GATT membership", "Norway's EU entry talks": a body the country takes part in.
      if (ta === 'Location' && tb === 'Organization' && WORDS.partakingNouns.has(at(tokens, b.e)))
        continue;
      if (ta === 'Location' && tb === 'Organization')
        emit(c, a.country ? groupOfCountry(c.cues, tokens, b) : 'BASED_IN', b, a, sc.index, 0.7);
      else if (ta === 'Location' && tb === 'Location' && !b.country)
        emit(c, 'LOCATED_IN', b, a, sc.index, 0.7);
      else if (ta === 'Organization' && tb === 'Person') emit(c, 'WORKS_FOR', b, a, sc.index, 0.5);
      else if (ta === 'Organization' && tb === 'Organization')
        emit(c, 'MEMBER_OF', b, a, sc.index, 0.5);
      else if (ta === 'Person' && tb === 'Organization') emit(c, 'WORKS_FOR', a, b, sc.index, 0.4);
      else if (ta === 'Location' && tb === 'Person')
        emit(c, a.country ? 'MEMBER_OF' : 'LIVES_IN', b, a, sc.index, 0.5);
      continue;
    }
    // "Microsoft's chairman, Bill Gates" / "Iran's supreme leader, X".
    const r = roleAt(c, tokens, a.e + 1, 2);
    if (!r) continue;
    let k = r.end;
    if (at(tokens, k) === ',') k++;
    const p = mentionAt(sc, k);
    if (p && typeOf(c, p) === 'Person') {
      const rel = roleRelation(c, r.role, a);
      if (rel) emit(c, rel, p, a, sc.index, 0.7);
    }
  }
}
