import type { Cluster } from '../entities/in-document.js';
import type { RelationType } from '../types.js';

/**
 * Type votes under which a one-word name with no title is too weakly a
 * person for the pair model to give it a home or an employer. On 3,578
 * Reuters stories no session had read (files 18 to 21), the model's LIVES_IN
 * and WORKS_FOR edges from such names were all wrong, 20 of 20: a firm, a
 * ship or a common word typed Person ("Pertamina", "Warships", "Trade",
 * "Means", "Activase"). On CoNLL04 cross-validation (seeds 1 and 2) the gate
 * drops 13 edges, 4 of them right (relation F1 0.646 either way); names of
 * two words or more were right there two times in three, so they keep the
 * model's say.
 */
export const WEAK_PERSON_VOTES = 4;

/** Whether the pair model should not read `cluster` as the person of a `rel` edge. */
export function weakPerson(cluster: Cluster | undefined, rel: RelationType): boolean {
  if (cluster?.type !== 'Person') return false;
  if (rel !== 'LIVES_IN' && rel !== 'WORKS_FOR') return false;
  if (cluster.titles.length > 0 || cluster.votes >= WEAK_PERSON_VOTES) return false;
  return !/\s/.test(cluster.name.trim());
}
