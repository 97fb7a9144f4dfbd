import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';

/**
 * The dependency path between two names of a sentence: from the head word of
 * one, up to the lowest word that governs both, and down to the head word of
 * the other. The pair model reads it: "nsubj^ killed obj" generalises to
 * names and sentences it never saw, where the words between two names do not.
 */
export interface TreePath {
  /** Syntax tokens from the first name's head to the second's, both included. */
  nodes: number[];
  /** Index in `nodes` of the lowest common governor. */
  top: number;
  /** The head words of the two names. */
  a: number;
  b: number;
}

/** The path between two names, or undefined when either has no word in the tree. */
export function treePath(sc: SentenceContext, a: Mention, b: Mention): TreePath | undefined {
  const toks = sc.syntax.tokens;
  const ha = spanHead(sc.syntax, a.start, a.end);
  const hb = spanHead(sc.syntax, b.start, b.end);
  if (ha < 0 || hb < 0) return undefined;
  const up: number[] = [];
  const seen = new Map<number, number>();
  for (let i = ha; i >= 0 && !seen.has(i) && up.length <= toks.length; i = toks[i]?.head ?? -1) {
    seen.set(i, up.length);
    up.push(i);
  }
  const down: number[] = [];
  let j = hb;
  while (j >= 0 && !seen.has(j) && down.length <= toks.length) {
    down.push(j);
    j = toks[j]?.head ?? -1;
  }
  if (j < 0 || !seen.has(j)) return undefined;
  const top = seen.get(j) as number;
  return { nodes: [...up.slice(0, top + 1), ...down.reverse()], top, a: ha, b: hb };
}
