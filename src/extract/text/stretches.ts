import { CASE_WORD, noLower } from './case-words.js';

/**
 * The parts of a text the truecaser tests for being caseless: sentences and
 * paragraphs, and whole lines in capitals inside a mixed-case stretch (a
 * headline over its story), with their words.
 */

/** Words of a caseless line below which it is left alone ("REUTER"). */
export const MIN_UPPER_WORDS = 2;

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Opens a sentence. */
  opener: boolean;
}

export interface Stretch {
  start: number;
  end: number;
  words: Word[];
}

/** Cheap test: could any part of this text be caseless? */
export function mayNeedCasing(text: string): boolean {
  return (
    /\p{Lu}{2}[\p{Lu}\p{N}.'’&-]*\s+\p{Lu}{2}/u.test(text) ||
    !/\p{Lu}/u.test(text) ||
    /(?:^|\n)\s*\p{Lu}{2}[\p{Lu}.'’]*,?\s+(?:\p{Lu}\p{Ll}|\d{4}-)/u.test(text)
  );
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s+|\n\s*\n/g;

/**
 * The text cut into sentences and paragraphs: what is tested for being
 * caseless. Not into lines: wire copy wraps its sentences at 70 characters,
 * and a wrapped line of lower-case words is no lower-case text.
 */
export function stretches(text: string): Stretch[] {
  const out: Stretch[] = [];
  let start = 0;
  const add = (end: number) => {
    if (end > start) out.push({ start, end, words: [] });
    start = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    // "U.S. officials": a dotted abbreviation does not end a sentence.
    const at = m.index ?? 0;
    if (
      m[0].startsWith('.') &&
      /(?:\p{L}\.)+\p{L}$|\b\p{L}$/u.test(text.slice(Math.max(start, at - 12), at))
    )
      continue;
    add(at + m[0].length);
  }
  add(text.length);
  return out;
}

export function wordsOf(text: string, s: Stretch): Word[] {
  const out: Word[] = [];
  const part = text.slice(s.start, s.end);
  for (const m of part.matchAll(CASE_WORD)) {
    const start = s.start + (m.index ?? 0);
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
      // Only the stretch's first word: the text before any later one holds a word, which
      // /^\s*["“‘(]$/ (a quote or bracket alone) never matched (it was tested on every word).
      opener: out.length === 0,
    });
  }
  return out;
}

export const lettered = (w: Word) => /\p{L}/u.test(w.text);

const LETTERS = /\p{L}+/gu;

/** Runs of letters in `text`, counted up to `most` (only whether a document has enough matters). */
export function lettersRuns(text: string, most: number): number {
  let n = 0;
  LETTERS.lastIndex = 0;
  while (n < most && LETTERS.test(text)) n++;
  return n;
}

/** Whole lines in capitals inside a mixed-case stretch: a headline over its story. */
export function shoutedLines(text: string, s: Stretch): Stretch[] {
  const out: Stretch[] = [];
  let start = s.start;
  while (start < s.end) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > s.end ? s.end : nl + 1;
    if (end < s.end || start > s.start) {
      if (noLower(text.slice(start, end))) {
        const line: Stretch = { start, end, words: [] };
        line.words = wordsOf(text, line);
        if (line.words.filter(lettered).length >= MIN_UPPER_WORDS) out.push(line);
      }
    }
    start = end;
  }
  return out;
}
