import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "UNITED NATIONS 1996-12-11": a name alone on a dateline's line, before its
 * ISO date and nothing after it, is the place the story is filed from, even
 * where a gazetteer knows the name as an organisation's (the United
 * Nations' headquarters; CoNLL-2003 marks every dateline a place). Returns
 * whether `m` is such a name.
 */
export function datelinePlace(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens.findIndex((t) => t.word);
  return m.s === first && ISO_DATE.test(tokens[m.e]?.text ?? '') && !tokens[m.e + 1]?.word;
}
