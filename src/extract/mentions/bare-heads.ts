import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "Co.", "Co Inc.", "Corp.", "Group", "the Bank": a run made only of words
 * that end or head names (`bareHeads` in data/lexicon.json) is a fragment of
 * a longer name or a common noun written with a capital, never a node; so
 * is a capital letter alone.
 */
export function bareHead(tokens: readonly Token[], s: number, e: number, lex: Lexicon): boolean {
  // "P", "B", "U": a letter alone.
  if (e - s === 1 && /^\p{Lu}\.?$/u.test((tokens[s] as Token).text)) return true;
  const heads = lex.set('bareHeads');
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (!heads.has(t.lower)) return false;
  }
  return true;
}
