import type { Cluster } from '../entities/in-document.js';
import { loadLexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention, RelationType } from '../types.js';

/** Whether every mention of a cluster is read as a country. */
const country = (c: Cluster | undefined) =>
  !!c?.mentions.length && c.mentions.every((m) => m.country);
/** Names of the countries of the past (lexicon historicalCountries), lower case; built once. */
let past: Set<string> | undefined;
/** Whether a cluster is a country of the past, a union that held today's countries ("Soviet Union"). */
const pastUnion = (c: Cluster | undefined) => {
  past ??= new Set(loadLexicon().words.historicalCountries.map((n) => n.toLowerCase()));
  return !!c?.name && past.has(c.name.toLowerCase());
};
/** Whether a mention of a cluster is read as a town. */
const town = (c: Cluster | undefined) => !!c?.mentions.some((m) => m.town);

/**
 * Whether a place relation is one no place can be in: a country inside
 * another country or inside a town ("competition from South Africa in
 * Taiwan", "West Germany ... in Bonn"). A country may lie in a region ("Turkey
 * in the Balkans") and in a union of the past that held it ("Soviet
 * Georgia"); a town in a country
 * is the usual way round.
 */
export function impossibleNesting(
  clusters: readonly Cluster[],
  rel: RelationType,
  source: number,
  target: number,
): boolean {
  if (rel !== 'LOCATED_IN') return false;
  const a = clusters[source];
  const b = clusters[target];
  return country(a) && ((country(b) && !pastUnion(b)) || town(b));
}

/**
 * Whether a place says whom a person is "of" ("Archduke Franz Ferdinand of
 * Austria-Hungary in Sarajevo"): an "in" after it says where the person was,
 * not where the place lies.
 */
export function placeOfPerson(
  sc: SentenceContext,
  m: Mention,
  isPerson: (x: Mention) => boolean,
): boolean {
  if (sc.tokens[m.outer - 1]?.lower !== 'of') return false;
  return sc.mentions.some((x) => x.e === m.outer - 1 && isPerson(x));
}
