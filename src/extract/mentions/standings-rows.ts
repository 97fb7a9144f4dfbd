import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** A figure of a standings row: games, wins, goals, points ("17", "32"), or a share (".588"). */
const FIGURE = /^(?:\d{1,4}|\d*\.\d{1,3})$/;

export const DEFAULTS = {
  /**
   * Figures a standings row has at least: played, won, drawn, lost, for,
   * against and points make seven; six leaves out one column. A golfer's
   * four rounds and total make five, so they stay people.
   */
  minFigures: 6,
};

/** A winning share in a row of wins and losses: ".737". */
const SHARE = /^\.\d{3}$/;

/**
 * A standings row follows from token `k`: "Arsenal 17 9 5 3 32 16 32" has
 * only figures after the name, at least `minFigures` of them, or wins,
 * losses and a winning share ("Miami 14 5 .737 -", a dash for games behind),
 * up to the end of the sentence, the next row's name or the line's end
 * (`lineStart`: "ORLANDO 8 8 .500 5\nCENTRAL DIVISION", a heading the
 * truecaser wrote in lower case).
 */
export function standingsRowAt(
  tokens: readonly Token[],
  k: number,
  lineStart: (k: number) => boolean = () => false,
): boolean {
  let n = 0;
  let share = false;
  for (;;) {
    const t = tokens[k + n]?.text ?? '';
    // ".737" as the tokenizer gives it: a stop, then the digits (not "713.837.1638", a phone number).
    if (t === '.' && splitShare(tokens, k + n)) {
      share = true;
      n += 2;
      continue;
    }
    if (FIGURE.test(t)) share ||= SHARE.test(t);
    else if (!(t === '-' && share)) break;
    n++;
  }
  if (n < DEFAULTS.minFigures && !(share && n >= SHARE_ROW)) return false;
  const next = tokens[k + n];
  return !next || next.cap || !next.word || lineStart(k + n);
}

/** A stop at `i` and three digits after it make a share written on its own: " .737 ". */
function splitShare(tokens: readonly Token[], i: number): boolean {
  const stop = tokens[i] as Token;
  const digits = tokens[i + 1];
  const before = tokens[i - 1];
  const after = tokens[i + 2];
  return (
    /^\d{3}$/.test(digits?.text ?? '') &&
    digits?.start === stop.end &&
    (!before || before.end < stop.start) &&
    (!after || after.start > (digits as Token).end)
  );
}

/** Figures a row with a winning share has at least: wins, losses and the share. */
const SHARE_ROW = 3;

/**
 * Standings rows: "Arsenal 17 9 5 3 32 16 32", "Manchester United 16 8 5 3
 * 31 22 29", rows in a sentence of their own or run together: a name that
 * opens the sentence or a line (`lineStart`: rows under a heading such as
 * "ATLANTIC DIVISION"), follows a colon or the figures of the row before,
 * with only figures after it, is a club or team. A country stays a place (national
 * sides are named as their country, as in a World Cup group) and a name
 * opening with a given name stays a person. Returns the mentions it made clubs.
 */
export function standingsRowNames(
  tokens: readonly Token[],
  ms: readonly Mention[],
  firstWord: number,
  lex: Lexicon,
  lineStart: (k: number) => boolean = () => false,
): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.country || m.demonym || !standingsRowAt(tokens, m.e, lineStart)) continue;
    const before = tokens[m.outer - 1]?.text ?? '';
    if (m.outer !== firstWord && before !== ':' && !FIGURE.test(before) && !lineStart(m.outer))
      continue;
    if (m.e - m.s > 1 && lex.firstNames.has(tokens[m.s]?.lower ?? '')) continue;
    out.push(m);
  }
  return out;
}
