import { knownOutside } from '../../places.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, mentionAt } from './tokens.js';

/** A town or other place below a region: a Location that is neither a country, a region nor a demonym. */
const isTown = (c: Ctx, m: Mention | undefined): m is Mention =>
  m !== undefined && typeOf(c, m) === 'Location' && !m.country && !m.region && !m.demonym;

/** Words that may stand between the places of a list ("Brunei, and the Philippines"). */
const LIST_GLUE = new Set([',', 'and', 'or', 'the']);

/** Whether another place follows token `k` within a list's glue words: the region opens a list. */
function listFollows(c: Ctx, sc: SentenceContext, k: number): boolean {
  if (!LIST_GLUE.has(at(sc.tokens, k)) || at(sc.tokens, k) === 'the') return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const m = mentionAt(sc, j);
    if (m) return typeOf(c, m) === 'Location';
    if (!LIST_GLUE.has(at(sc.tokens, j))) return false;
  }
  return false;
}

/**
 * "between Salida and Gunnison, Colorado", "near Grande Isle and St. Albans,
 * Vt.": two towns joined by "and" or "or" share the region after the second,
 * so the first lies in it too (the adjacency pass places the second). Not
 * when the region opens a list of places ("Sabah and Sarawak, Brunei, and
 * Singapore", "Sarawak, Brunei, and the Philippines"), nor when each town has its own region ("Jackson, Wyo., and
 * Gunnison, Colo.": the first town is followed by a comma, not the joining word), nor
 * when the gazetteer knows the first town to lie elsewhere ("San Francisco and
 * Shanghai, China").
 */
export function coordinatedPlaces(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (const a of sc.mentions) {
    if (!isTown(c, a)) continue;
    const join = at(tokens, a.e);
    if (join !== 'and' && join !== 'or') continue;
    const b = mentionAt(sc, a.e + 1);
    if (!isTown(c, b) || at(tokens, b.e) !== ',') continue;
    const region = mentionAt(sc, b.e + 1);
    if (!region || typeOf(c, region) !== 'Location' || !(region.region || region.country)) continue;
    if (region.demonym) continue;
    if (listFollows(c, sc, region.e)) continue;
    // "based in San Francisco and Shanghai, China": a well-known town elsewhere is not in it.
    const name = (m: Mention) => c.clusters[m.entity as number]?.name ?? '';
    if (knownOutside(name(a), name(region))) continue;
    emit(c, 'LOCATED_IN', a, region, sc.index, 0.7);
  }
}
