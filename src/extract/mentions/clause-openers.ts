import type { Token } from '../tokenize.js';
import { MONTHS } from './words.js';

/** Marks after which a capital opens a new clause, as at a sentence's start. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([':', '_', '--', '—']);

/**
 * Whether token `k` opens a clause after a colon or a dash, where a common
 * word is capitalised as at a sentence's start: "Gerald R. Ford (38th
 * President): Born July 14, 1913, in Omaha", "1911 _ Born Aug. 6". Such a
 * capital says no more than a sentence's first one does. mentions.ts reads
 * it of a lone word only: "NOTE: Home Federal Savings and Loan" keeps its
 * first word.
 */
export function opensClause(tokens: readonly Token[], k: number): boolean {
  return k > 0 && CLAUSE_MARKS.has(tokens[k - 1]?.text ?? '');
}

/**
 * Whether token `k` opens a clause as a word alone, not as the first word of
 * a name: no capital follows it but a month's ("Born July 14"; "NOTE: Home
 * Federal Savings" is a name). Such a capital is no sign that the document
 * capitalises the word elsewhere.
 */
export function opensClauseAlone(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return opensClause(tokens, k) && (!next?.cap || MONTHS.has(next.lower));
}
