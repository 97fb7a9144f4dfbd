import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { treePath } from './tree-path.js';
import { WORDS } from './words.js';

/**
 * Whether the tree path from a person to a place passes through a noun of a
 * stay that is not a home (data/relation-words.json, visitNouns): "X, in
 * Kuwait as part of a Gulf tour", "X, just back from trade talks in
 * Colombia", "a meeting between X and Y in Frankfurt". The pair model reads
 * no LIVES_IN there.
 */
export function visitPlace(sc: SentenceContext, person: Mention, place: Mention): boolean {
  const path = treePath(sc, person, place);
  if (!path) return false;
  const toks = sc.syntax.tokens;
  return path.nodes
    .slice(1, -1)
    .some((k) => WORDS.visitNouns.has(toks[k]?.text.toLowerCase() ?? ''));
}
