import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, emit } from './context.js';

/** "X of Miami, Fla.": living in the city is living in its state; the same for places in a city. */
export function closure(c: Ctx, sc: SentenceContext, from: number): void {
  const inSent = c.out.slice(from);
  for (const r of inSent) {
    if (r.type !== 'LOCATED_IN') continue;
    for (const up of inSent) {
      if (up.type !== 'LOCATED_IN' || up.source !== r.target || up === r) continue;
      if (!c.clusters[up.target] || c.clusters[up.source]?.type !== 'Location') continue;
      const place = sc.mentions.find((m) => m.entity === up.source);
      if (!place || sc.tokens[place.e]?.text !== ',') continue;
      emit(c, r.type, r.source, up.target, sc.index, Math.min(r.confidence, up.confidence) * 0.9);
    }
  }
}
