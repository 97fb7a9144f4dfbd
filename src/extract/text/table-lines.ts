import type { Lexicon } from '../lexicon.js';
import type { Word } from './stretches.js';

/**
 * Sports tables in capitals inside a mixed-case story: a schedule line
 * ("NEW YORK AT BOSTON"), a results line ("NEW YORK 4 BOSTON 2") or a
 * standings row ("NEW YORK 9 7 .563 4"). Read word by word, such a line
 * loses the capital of a side the story never writes in mixed case
 * ("New York at boston"); read as a unit, each side is a name when the
 * gazetteer knows it whole (a town, a place, a club), the story writes
 * each of its words with a capital, or no dictionary has any of its words.
 */

export const DEFAULTS = {
  /** Longest table line, in characters: longer lines in capitals are headlines or prose. */
  maxLine: 40,
};

/** A side: one to four words in capitals. */
const SIDE = String.raw`\p{Lu}[\p{Lu}.'’&-]*(?: \p{Lu}[\p{Lu}.'’&-]*){0,3}`;
/** Figures of a result or a standings row: "4", ".563", "-" for games behind. */
const FIGURES = String.raw`(?:\d{1,4}|\d*\.\d{1,3}|-)(?:[ \t]+(?:\d{1,4}|\d*\.\d{1,3}|-))*`;
const SCHEDULE = new RegExp(String.raw`^[ \t]*(${SIDE}) AT (${SIDE})[ \t]*$`, 'du');
const RESULTS = new RegExp(
  String.raw`^[ \t]*(${SIDE})[ \t]+${FIGURES}(?:[ \t]+(${SIDE})[ \t]+${FIGURES})?[ \t]*$`,
  'du',
);

/**
 * Whether a line (without its break) is a table's line in capitals: a
 * schedule's "X AT Y", a result's "X 4 Y 2" or a standings row "X 9 7 .563 4".
 */
export function isTableLine(line: string, options: Partial<typeof DEFAULTS> = {}): boolean {
  const { maxLine } = { ...DEFAULTS, ...options };
  return line.length <= maxLine && (SCHEDULE.test(line) || RESULTS.test(line));
}

/** Words a gazetteer name of several words keeps in lower case. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'upon']);

/**
 * The forms of the words of a caseless stretch's table lines, by the word's
 * index in `words`: each side's words in the gazetteer's form, the story's or
 * Title case. Words of other lines are not in the map.
 */
export function tableLineForms(
  text: string,
  words: readonly Word[],
  evidence: ReadonlyMap<string, string>,
  lex: Lexicon,
  options: Partial<typeof DEFAULTS> = {},
): Map<number, string> {
  const { maxLine } = { ...DEFAULTS, ...options };
  const out = new Map<number, string>();
  let k = 0;
  while (k < words.length) {
    // The words of one line.
    const first = words[k] as Word;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const nl = text.indexOf('\n', first.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let next = k;
    while (next < words.length && (words[next] as Word).start < lineEnd) next++;
    if (lineEnd - lineStart <= maxLine) {
      const line = text.slice(lineStart, lineEnd);
      const m = SCHEDULE.exec(line) ?? RESULTS.exec(line);
      if (m?.indices) {
        const sides = [m.indices[1], m.indices[2]].filter((r): r is [number, number] => !!r);
        const forms = sides.map(([a, b]) => sideForm(line.slice(a, b), evidence, lex));
        if (forms.every((f) => f !== undefined && f.length > 0)) {
          sides.forEach(([a, b], x) => {
            const form = forms[x] as string;
            for (let i = k; i < next; i++) {
              const w = words[i] as Word;
              const at = w.start - lineStart;
              if (at >= a && w.end - lineStart <= b)
                out.set(i, form.slice(at - a, at - a + w.text.length));
            }
          });
        }
      }
    }
    k = next > k ? next : k + 1;
  }
  return out;
}

/**
 * A side's written form ("NEW YORK" -> "New York") when the gazetteer knows
 * it whole or the story writes each of its words with a capital; undefined
 * for any other words ("PROFIT UP", "WAR WITH BOSTON").
 */
function sideForm(
  side: string,
  evidence: ReadonlyMap<string, string>,
  lex: Lexicon,
): string | undefined {
  const key = side.toLowerCase();
  const known = lex.known.get(key);
  if (known && !known.demonym && known.type !== 'Person') {
    if (known.name.toLowerCase() === key && known.name.length === key.length) return known.name;
    return titled(key);
  }
  if (lex.towns.has(key)) return titled(key);
  const parts = key.split(' ');
  if (parts.every((p) => /^\p{Lu}/u.test(evidence.get(p) ?? ''))) {
    const form = parts.map((p) => evidence.get(p) as string).join(' ');
    return form.length === side.length ? form : undefined;
  }
  // "ORLANDO", "HOUSTON": towns the town list drops as people's names too. A side of words no
  // dictionary has, of four letters or more with a vowel (not "NBA"), is a name by its place.
  if (
    parts.every(
      (p) =>
        /^\p{L}{4,}$/u.test(p) &&
        /[aeiouy]/.test(p) &&
        !lex.dictionary.has(p) &&
        !lex.common.has(p),
    )
  )
    return titled(key);
  return undefined;
}

function titled(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      SMALL_WORDS.has(w) ? w : w.replace(/(^|[-'’.])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()),
    )
    .join(' ');
}
