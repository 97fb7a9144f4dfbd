import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

export const DEFAULTS = {
  /** Letters the syllable after the hyphen may have ("kyu", "hee", "jung"). */
  maxLetters: 5,
  /** Words of the name before it: a family name and the first syllable ("Kim Jae"). */
  minWords: 2,
  /** Letters up to which a syllable may also be an English word ("woo", "hee"). */
  maxEnglish: 3,
};

/** Short words news glues to a name with a hyphen: "Blair-led", "Sandinista-run", "Reagan-era". */
const AFTER_HYPHEN = new Set([
  'led',
  'run',
  'era',
  'old',
  'age',
  'aid',
  'war',
  'day',
  'man',
  'men',
  'law',
  'tax',
  'set',
  'way',
  'end',
  'cut',
  'off',
  'out',
  'up',
  'in',
  'on',
  'to',
  'by',
  'and',
  'or',
  'the',
  'pro',
  'ism',
  'ite',
  'ian',
  'ish',
]);

/**
 * "Kim Jae-kyu", "Park Chung-hee", "Roh Tae-woo": a Korean given name writes
 * its second syllable in lower case after a hyphen. At token `j` (the
 * hyphen), with the run of name words [i, j) before it: true when the hyphen
 * is glued to a name of two words or more and to a short lower-case syllable
 * no dictionary or gazetteer knows, so the name goes on through it. A word
 * after the hyphen ("Denver-based", "Iran-backed", "Smith-led") stays a
 * modifier of what follows.
 */
export function syllableAfter(
  tokens: readonly Token[],
  i: number,
  j: number,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): boolean {
  const opts = { ...DEFAULTS, ...options };
  const h = tokens[j];
  const w = tokens[j + 1];
  const prev = tokens[j - 1];
  if (!h || !w || !prev || h.text !== '-' || j - i < opts.minWords) return false;
  if (h.start !== prev.end || w.start !== h.end || !w.word || w.cap) return false;
  if (w.text.length > opts.maxLetters || !/^\p{Ll}+$/u.test(w.text)) return false;
  if (lex.known.has(w.lower) || AFTER_HYPHEN.has(w.lower)) return false;
  // A longer English word ("based", "backed") makes a modifier; a short one may be a
  // syllable ("Tae-woo", "Chung-hee") unless news joins it to names ("Blair-led").
  const english = lex.dictionary.has(w.lower) || lex.common.has(w.lower);
  if (english && w.text.length > opts.maxEnglish) return false;
  // The syllable closes the name: nothing glued after it ("Kim Jae-kyu-led" is a modifier).
  const after = tokens[j + 2];
  return !(after && after.start === w.end && after.text === '-');
}
