import type { Cluster } from '../entities/in-document.js';
import { knownApart, knownOutside, twoStates } from '../places.js';
import type { FoundRelation } from './types.js';
import { WORDS } from './words.js';

/**
 * Whether `post` is a country's post abroad named after that country
 * ("Britain's embassy" is the node "United Kingdom Embassy"; missionNouns):
 * the country sends it, it lies elsewhere.
 */
function sentFrom(post: string, country: string): boolean {
  const words = post.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return WORDS.missionNouns.has(last) && post.toLowerCase().startsWith(`${country.toLowerCase()} `);
}

/**
 * Drops a place said to lie in a region the gazetteer knows it to lie
 * outside: "Shanghai LOCATED_IN United States" from "left the Shanghai
 * Opera ... after performances in the United States", "Hanoi LOCATED_IN
 * Washington". Only a town known well enough (places.ts, knownOutside) is
 * refused; a town the gazetteer does not know keeps what the rules found.
 * Two regions that no other region holds are refused too (places.ts,
 * knownApart): a state in another state ("snow fell on Ohio, Iowa and
 * Utah"), a country in another ("exports from Chile in Peru"). So is a
 * country's embassy or consulate placed in the country that sends it
 * ("Britain's embassy in Tehran" lies in Tehran, not in Britain), and so is
 * a continent placed anywhere (unplaceable).
 */
export function dropOutsidePlaces(
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const placed = found.filter((r) => {
    if (r.type !== 'LOCATED_IN') return true;
    const town = clusters[r.source];
    const region = clusters[r.target];
    if (town?.type !== 'Location' || region?.type !== 'Location') return true;
    if (sentFrom(town.name, region.name)) return false;
    return !knownOutside(town.name, region.name) && !knownApart(town.name, region.name);
  });
  return dropContradicted(clusters, placed).filter((r) => !unplaceable(clusters, r));
}

/**
 * A continent lies in no other place, whatever rule read it: "sales in
 * Europe of North American-made cars", "executive for Europe, Africa and
 * the Middle East". (A country may lie in a continent; a continent in
 * nothing the graph names.)
 */
function unplaceable(clusters: readonly Cluster[], r: FoundRelation): boolean {
  return (
    r.type === 'LOCATED_IN' && WORDS.continents.has((clusters[r.source]?.name ?? '').toLowerCase())
  );
}

/** Whether the gazetteer knows places `a` and `b` to hold nothing in common (a town outside a country, two states). */
function apart(a: string, b: string): boolean {
  return twoStates(a, b) || knownApart(a, b) || knownOutside(a, b) || knownOutside(b, a);
}

/**
 * Drops the pair model's guess of where a place lies when a rule places it,
 * in the same sentence, somewhere the gazetteer knows to be apart: "at
 * Laramie, Wyo., and Durango, Colo." puts Laramie in Wyoming, so not in
 * Colorado; "the Brazilian Embassy in London, Argentina's representative
 * there" puts the embassy in London, so not in Argentina. A place lies in one
 * chain of places; a rule read the words, the model guessed.
 */
function dropContradicted(
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const ruled = new Map<string, number[]>();
  for (const r of found) {
    if (r.type !== 'LOCATED_IN' || r.rule === 'pair-model') continue;
    const k = `${r.from}|${r.source}`;
    ruled.set(k, [...(ruled.get(k) ?? []), r.target]);
  }
  const name = (i: number) => clusters[i]?.name ?? '';
  return found.filter((r) => {
    if (r.type !== 'LOCATED_IN' || r.rule !== 'pair-model') return true;
    const others = ruled.get(`${r.from}|${r.source}`) ?? [];
    return !others.some((t) => t !== r.target && apart(name(t), name(r.target)));
  });
}
