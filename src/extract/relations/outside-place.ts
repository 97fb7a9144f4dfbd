import type { Cluster } from '../../resolve/in-document.js';
import { knownApart, knownOutside } from '../places.js';
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
 * ("Britain's embassy in Tehran" lies in Tehran, not in Britain).
 */
export function dropOutsidePlaces(
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  return found.filter((r) => {
    if (r.type !== 'LOCATED_IN') return true;
    const town = clusters[r.source];
    const region = clusters[r.target];
    if (town?.type !== 'Location' || region?.type !== 'Location') return true;
    if (sentFrom(town.name, region.name)) return false;
    return !knownOutside(town.name, region.name) && !knownApart(town.name, region.name);
  });
}
