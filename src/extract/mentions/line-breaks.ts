import type { Token } from '../tokenize.js';

/** A word in capitals: "CLEVELAND", "NY" (two letters or more, no lower case; not "U.S.", "L.K.": initials and dotted abbreviations run on). */
const CAPITALS = /^\p{Lu}[\p{Lu}&'-]+$/u;
/** A word with lower case in it: "League", "Sacramento". */
const LOWER = /\p{Ll}/u;

/**
 * A name does not run on across the line break before token `j` where the
 * case changes there in the original text: one side a word in capitals, the
 * other a word with lower case. Tables of results and schedules write the
 * home team in capitals on lines of their own ("American League\nCLEVELAND 5
 * Seattle 3", "ORLANDO AT MIAMI\nSacramento at DENVER"); wrapped prose keeps
 * its case across the break ("Morgan\nStanley"). `original` is the
 * document's text before truecasing (token offsets index it).
 */
export function caseBreakAt(tokens: readonly Token[], j: number, original: string): boolean {
  const a = tokens[j - 1];
  const b = tokens[j];
  if (!a || !b || b.start === a.end || !a.cap || !b.cap) return false;
  const x = original.slice(a.start, a.end);
  const y = original.slice(b.start, b.end);
  const changes = CAPITALS.test(x) ? LOWER.test(y) : CAPITALS.test(y) && LOWER.test(x);
  return changes && original.slice(a.end, b.start).includes('\n');
}
