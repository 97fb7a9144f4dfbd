import type { Token } from '../tokenize.js';
import { dateWord } from './credit-lines.js';

/** Tokens a dateline's place and date may take before its dash. */
const MAX_DATELINE = 8;
const DASHES = new Set(['-', '--', '—']);

/**
 * "NEW YORK, Feb 26 - Latest Federal Reserve data suggest": the first word
 * after a dateline's place, date and dash opens the story's first sentence,
 * so its capital says no more than a sentence opener's does. Returns its
 * index, or -1 where the sentence opens with no such dateline. `firstWord`
 * is the sentence's first word, the place's.
 */
export function datelineBodyWord(tokens: readonly Token[], firstWord: number): number {
  if (firstWord < 0) return -1;
  const last = Math.min(tokens.length - 1, firstWord + MAX_DATELINE);
  for (let k = firstWord + 3; k < last; k++) {
    if (!DASHES.has(tokens[k]?.text ?? '')) continue;
    const a = dateWord(tokens[k - 2]);
    const b = dateWord(tokens[k - 1]);
    return a && b && a !== b && tokens[k + 1]?.word ? k + 1 : -1;
  }
  return -1;
}
