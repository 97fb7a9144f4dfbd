import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import type { CueIndex, FoundRelation } from './types.js';

/** The rules that read a home from a place beside a role noun ("Texas Gov. X", "X, a Denver lawyer"). */
const ROLE_RULES: ReadonlySet<string> = new Set([
  'title-before-name',
  'apposition-role',
  'window-title',
  'window-appositive',
  'window-pre-role',
  'window-pre-appositive',
]);

/**
 * Drops a home a role rule read from a place that only modifies another
 * common noun of the role's phrase: "Phoenix newspaper reporter X" works for
 * a Phoenix newspaper, "X, public relations secretary at the Ontario
 * airport" at an airport there, "Dallas nightclub owner X" owns a nightclub
 * there, "X, a marine inspector at the Coast Guard's 8th District
 * headquarters": none says where X lives. A place right before the role
 * noun itself keeps it ("Texas Gov. X", "X, a Memphis native", "a Dallas
 * policeman").
 */
export function dropModifierPlaces(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
  cues: CueIndex,
): FoundRelation[] {
  const byIndex = new Map(sents.map((sc) => [sc.index, sc]));
  return found.filter((r) => {
    if (r.type !== 'LIVES_IN' || !ROLE_RULES.has(r.rule) || r.from !== r.to) return true;
    if (clusters[r.target]?.type !== 'Location') return true;
    const sc = byIndex.get(r.from);
    const places = sc?.mentions.filter((m) => m.entity === r.target) ?? [];
    if (!sc || !places.length) return true;
    return !places.every((m) => beforeOtherNoun(sc, cues, m.end));
  });
}

/**
 * Whether the word right after offset `end` is a lower-case common noun that
 * heads no role and names no person ("newspaper", "airport"; not "lawyer",
 * "native", "businessman"). Not read on the tree: the parser hangs "Phoenix" and
 * "newspaper" both on "reporter".
 */
function beforeOtherNoun(sc: SentenceContext, cues: CueIndex, end: number): boolean {
  const next = sc.syntax.tokens.find((t) => t.start >= end);
  if (next?.upos !== 'NOUN' || next.text !== next.text.toLowerCase()) return false;
  return !cues.rolesByHead.has(next.text) && !cues.personNouns.has(next.text);
}
