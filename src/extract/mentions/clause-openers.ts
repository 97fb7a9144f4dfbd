import type { Token } from '../tokenize.js';

/** Marks after which a capital opens a new clause, as at a sentence's start. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([':', '_', '--', '—']);

/**
 * Whether token `k` opens a clause after a colon or a dash, where a common
 * word is capitalised as at a sentence's start: "Gerald R. Ford (38th
 * President): Born July 14, 1913, in Omaha", "1911 _ Born Aug. 6". Such a
 * capital says no more than a sentence's first one does.
 */
export function opensClause(tokens: readonly Token[], k: number): boolean {
  return k > 0 && CLAUSE_MARKS.has(tokens[k - 1]?.text ?? '');
}
