import type { Cluster } from '../../resolve/in-document.js';
import type { FoundRelation } from './types.js';

/**
 * Rules that read two names side by side ("X of Y", "X, Y", "Y's X", a
 * title or an appositive between them) and no cue verb: their relation is
 * only as good as the two names. A name the typing pass doubts ("the New
 * England Journal of Medicine" read as a journal and a place called
 * Medicine) does not carry one of them. On CoNLL04 train this drops about
 * 60 wrong relations and no right one; the pair model and the verb rules
 * keep doubtful names, which they still relate correctly.
 */
export const SIDE_BY_SIDE_RULES: ReadonlySet<string> = new Set([
  'x-of-y',
  'possessive',
  'apposition-role',
  'title-before-name',
  'window-adjacency',
  'window-appositive',
  'window-possessive',
  'window-pre-role',
  'window-credit',
]);

/** Drops the relations a side-by-side rule draws to or from a name that is only doubtful. */
export function dropDoubtfulPairs(
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const doubtful = (i: number) => clusters[i]?.mentions.every((m) => m.doubtful) ?? false;
  return found.filter(
    (r) => !SIDE_BY_SIDE_RULES.has(r.rule) || !(doubtful(r.source) || doubtful(r.target)),
  );
}
