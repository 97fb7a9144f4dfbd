import type { Token } from '../tokenize.js';

/**
 * "DUFF/PHELPS LOWERS ...", "JOHNSON/JOHNSON <JNJ>": two names written
 * together with a slash between them are a firm's partners ("Duff and
 * Phelps"), as "and" joins them in the body. Tokens [s, e) are one of them.
 */
export function slashPartner(tokens: readonly Token[], s: number, e: number): boolean {
  const joined = (a: Token | undefined, b: Token | undefined) =>
    Boolean(a && b && a.end === b.start);
  const after = tokens[e];
  if (after?.text === '/' && joined(tokens[e - 1], after) && tokens[e + 1]?.cap)
    return joined(after, tokens[e + 1]);
  const before = tokens[s - 1];
  return Boolean(
    before?.text === '/' &&
      joined(before, tokens[s]) &&
      tokens[s - 2]?.cap &&
      joined(tokens[s - 2], before),
  );
}
