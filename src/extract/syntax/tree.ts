import type { SentenceSyntax } from './index.js';

/** Index of the token that covers document offset `at`, or -1 (a space, or outside the sentence). */
export function tokenAt(s: SentenceSyntax, at: number): number {
  let lo = 0;
  let hi = s.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = s.tokens[mid];
    if (!t) break;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Indexes of the tokens that overlap the document span [start, end). */
export function tokensIn(s: SentenceSyntax, start: number, end: number): number[] {
  const out: number[] = [];
  s.tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) out.push(i);
  });
  return out;
}

/**
 * The head token of a span (a name, say): the token of the span whose head
 * lies outside it, the leftmost such token when there are several; -1 when
 * no token overlaps the span.
 */
export function spanHead(s: SentenceSyntax, start: number, end: number): number {
  const inside = tokensIn(s, start, end);
  const set = new Set(inside);
  for (const i of inside) if (!set.has(s.tokens[i]?.head ?? -1)) return i;
  return inside[0] ?? -1;
}

/** Dependents of token `i`, in sentence order. */
export function dependents(s: SentenceSyntax, i: number): number[] {
  const out: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.head === i) out.push(k);
  });
  return out;
}
