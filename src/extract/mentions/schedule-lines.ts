import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Text before a schedule line's first side: a line break and blanks (or nothing, at the start). */
const LINE_OPEN = /(?:^|\n)[ \t]*$/;
/** Text after its second side: blanks up to the line's end. */
const LINE_CLOSE = /^[ \t]*(?:\n|$)/;

/**
 * A schedule's line: "NEW YORK AT BOSTON", "Sacramento at DENVER", a line of
 * its own holding only two names and "at" between them: the visitors and the
 * home side of a game. Returns both mentions of each such line. `text` is the
 * sentence's text, `offset` where it starts in the document; the caller asks
 * only in a team sport's story.
 */
export function scheduleSides(
  tokens: readonly Token[],
  ms: readonly Mention[],
  text: string,
  offset: number,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    const b = ms[i + 1] as Mention;
    if (tokens[a.e]?.lower !== 'at' || b.outer !== a.e + 1) continue;
    const first = tokens[a.outer] as Token;
    const last = tokens[b.e - 1] as Token;
    if (!LINE_OPEN.test(text.slice(0, first.start - offset))) continue;
    if (!LINE_CLOSE.test(text.slice(last.end - offset))) continue;
    out.push(a, b);
  }
  return out;
}
