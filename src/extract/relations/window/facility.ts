import type { SentenceContext } from '../../sentence-context.js';
import { type Ctx, emit } from './context.js';

/** Facilities named after their place ("Baghdad's airport") lie in it. */
export function facilities(c: Ctx, sc: SentenceContext): void {
  for (const m of sc.mentions) {
    if (m.facilityOf === undefined) continue;
    const place = sc.mentions[m.facilityOf];
    if (place) emit(c, 'LOCATED_IN', m, place, sc.index, 0.8);
  }
}
