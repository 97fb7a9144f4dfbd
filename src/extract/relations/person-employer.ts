import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import type { FoundRelation } from './types.js';
import { WORDS } from './words.js';

/** The rules that read work for a group from a verb ("joined", "works for", "hired by"). */
const VERB_RULES: ReadonlySet<string> = new Set([
  'verb-subject-object',
  'passive-by-agent',
  'verb-preposition',
  'hire-verb',
  'window-verb-cue',
]);

/** Whether a relation says that a person works for, or leads, someone. */
function work(r: FoundRelation): boolean {
  return r.type === 'WORKS_FOR' || r.type === 'LEADS';
}

/**
 * Drops three kinds of employer that are none.
 *
 * A person that a verb rule gave as employer: one works for a person as an
 * aide, a spokesman or an adviser, which the role rules read ("Helmut
 * Kramer, spokesman for Chancellor Franz Vranitzky"); a verb of work names a
 * group, and with a person after it the verb means something else
 * ("Rehnquist, joined by Justices Lewis Powell ..." is no employment).
 *
 * A name after "a" or "an" that ends in a noun for one member of a party
 * ("a Texas Democrat", data/relation-words.json `partyMemberNouns`), at
 * either end: it describes a person named beside it, it is no group that
 * employs or that the person leads, nor another person who works ("House
 * Speaker Jim Wright, a Texas Democrat"). Without the article it may be the
 * group ("Senate Republican leader Robert Dole").
 *
 * A group a person is described as served by: "X, a mental patient at Y
 * Hospital", "X, a customer of Y Bank" (data/relation-words.json
 * `servedNouns`, right before the preposition that names the group).
 */
export function dropFalseEmployers(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const byIndex = new Map(sents.map((sc) => [sc.index, sc]));
  const type = (i: number) => clusters[i]?.type;
  const memberNoun = (r: FoundRelation, entity: number) => {
    const words = clusters[entity]?.name.toLowerCase().split(/\s+/) ?? [];
    if (!WORDS.partyMemberNouns.has(words[words.length - 1] ?? '')) return false;
    const sc = byIndex.get(r.from);
    const ms = sc?.mentions.filter((m) => m.entity === entity) ?? [];
    const article = (k: number) => ['a', 'an'].includes(sc?.tokens[k]?.lower ?? '');
    return ms.length > 0 && ms.every((m) => article(m.outer - 1));
  };
  // "X, a mental patient at Y Hospital": a noun for one the group serves (data/relation-words.json
  // `servedNouns`) right before the preposition and the group, between the person and the group.
  const served = (r: FoundRelation) => {
    const sc = byIndex.get(r.from);
    if (!sc || r.from !== r.to) return false;
    const ms = (e: number) => sc.mentions.filter((m) => m.entity === e);
    return ms(r.source).some((p) =>
      ms(r.target).some((g) => {
        let k = g.outer - 1;
        if (WORDS.determiners.has(sc.tokens[k]?.lower ?? '')) k--;
        if (!WORDS.prepositions.has(sc.tokens[k]?.lower ?? '')) return false;
        return k - 1 >= p.e && WORDS.servedNouns.has(sc.tokens[k - 1]?.lower ?? '');
      }),
    );
  };
  return found.filter((r) => {
    if (!work(r)) return true;
    if (r.type === 'WORKS_FOR' && served(r)) return false;
    if (
      r.type === 'WORKS_FOR' &&
      VERB_RULES.has(r.rule) &&
      type(r.source) === 'Person' &&
      type(r.target) === 'Person'
    )
      return false;
    return !(memberNoun(r, r.source) || memberNoun(r, r.target));
  });
}
