import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** A side's score: runs or goals ("259", "4"), or runs for wickets ("108-3"). */
const SCORE = /^\d{1,3}(?:-\d{1,2})?$/;
/** Words before a name that make a number after it no score of its own ("in Boston 25 people"). */
const NOT_A_SIDE = new Set(['in', 'at', 'of', 'from', 'to', 'for', 'near', 'by']);

/**
 * "Glamorgan 259 and 207", "Kent 108-3", "Leicestershire 22 points,
 * Somerset 4": in a team sport's story, a name its score follows is a side,
 * a club (a county, a state's or a town's team). The caller says which
 * mentions may be a club (a country stays its national side) and calls it
 * only for team sports' stories. Returns those mentions.
 */
export function sideScores(tokens: readonly Token[], ms: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const next = tokens[m.e];
    if (!next || !SCORE.test(next.text) || NOT_A_SIDE.has(tokens[m.outer - 1]?.lower ?? ''))
      continue;
    // "Leverkusen 3 (Kirsten 12, Sergio 45)": a scorer and his minute, in brackets.
    if (!inBrackets(tokens, m.outer)) out.push(m);
  }
  return out;
}

/** Token `k` stands inside brackets opened before it and not yet closed. */
function inBrackets(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = (tokens[j] as Token).text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}
