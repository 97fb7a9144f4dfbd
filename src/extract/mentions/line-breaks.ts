import { isTableLine } from '../text/table-lines.js';
import type { Token } from '../tokenize.js';

export const DEFAULTS = {
  /**
   * Characters a table's line has at most before the break: a heading
   * ("American League"), a schedule's line ("ORLANDO AT MIAMI"), a results
   * row. Wrapped prose fills its lines (about 65 characters in wire copy), and
   * keeps an acronym and the word after it one name ("JP\nIndustries").
   */
  maxTableLine: 40,
};

/**
 * A word in capitals: "CLEVELAND", "NY" (two letters or more, no lower case;
 * not "U.S.", "L.K.": initials and dotted abbreviations run on).
 */
const CAPITALS = /^\p{Lu}[\p{Lu}&'-]+$/u;
/** A word with lower case in it: "League", "Sacramento". */
const LOWER = /\p{Ll}/u;

/**
 * A name does not run on across the line break before token `j` where the
 * case changes there in the original text (one side a word in capitals, the
 * other a word with lower case) and the line before the break is a table's
 * short line, or both sides are in capitals after a table's line in
 * capitals ("NEW YORK AT BOSTON\nORLANDO AT MIAMI", table-lines.ts). Tables of results and schedules write the home team in
 * capitals on lines of their own ("American League\nCLEVELAND 5 Seattle 3",
 * "ORLANDO AT MIAMI\nSacramento at DENVER"); wrapped prose keeps its names
 * across the break ("Morgan\nStanley", "JP\nIndustries"). `original` is the
 * document's text before truecasing (token offsets index it).
 */
export function caseBreakAt(tokens: readonly Token[], j: number, original: string): boolean {
  const a = tokens[j - 1];
  const b = tokens[j];
  if (!a || !b || b.start === a.end || !a.cap || !b.cap) return false;
  const x = original.slice(a.start, a.end);
  const y = original.slice(b.start, b.end);
  if (!original.slice(a.end, b.start).includes('\n')) return false;
  const line = original.slice(original.lastIndexOf('\n', a.start) + 1, a.end);
  // "NEW YORK AT BOSTON\nORLANDO AT MIAMI": capitals on both sides, after a table's line in capitals.
  if (CAPITALS.test(x) && CAPITALS.test(y) && isTableLine(line)) return true;
  const changes = CAPITALS.test(x) ? LOWER.test(y) : CAPITALS.test(y) && LOWER.test(x);
  return changes && line.trim().length <= DEFAULTS.maxTableLine;
}
