import { isSpace } from './text/white-space.js';

/** A sentence of a document, with its offsets into the document's text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words ending in a period that do not end a sentence. */
const ABBREV = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep st sr jr rev pres supt insp no vs etc inc corp co ltd bros dept univ ave blvd mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo n.c s.c n.d s.d n.h n.j n.m n.y r.i w.va d.c'.split(
    ' ',
  ),
);

/**
 * Abbreviations that stand before a name ("Dr.", "Gen."): one of them ends no
 * sentence even where the next word opens an indented line.
 */
const BEFORE_NAME = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep st rev pres supt insp no'.split(
    ' ',
  ),
);

/**
 * A line break followed by indentation: a new paragraph of wire copy, whose
 * lines within a paragraph start at the margin.
 */
const INDENTED_LINE = /\n[ \t]{2,}$/;

/**
 * Splits text into sentences at `.`, `!` or `?` followed by space and a capital,
 * a quote or a digit, at blank lines and after a dateline's date that ends a
 * line ("LEEDS, England 1996-12-06"); abbreviations, initials and a stop
 * inside a bracketed company name do not end a sentence, unless the next word
 * opens an indented line ("moved from Salina, Kan.\n    Brindle said": a
 * paragraph of wire copy, whose first word is no part of the state's name).
 * Offsets are exact, so evidence can point back into the article.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  const re = /([.!?]["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9])|\n\s*\n|(\d{4}-\d\d-\d\d)(?=[ \t]*\n)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "MANCHESTER, England 1996-12-06" on its own line: a dateline, no part of the sentence under it.
    if (m[3] !== undefined) {
      if (datelineLine(text, m.index)) push(m.index + m[3].length);
      continue;
    }
    if (m[1] === undefined) {
      push(m.index);
      continue;
    }
    if (m[1].startsWith('.') && !/\n\s*\n/.test(m[2] ?? '')) {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      const paragraph = INDENTED_LINE.test(m[2] ?? '') && !BEFORE_NAME.has(word);
      if (/^[a-z]$/.test(word)) continue;
      if (!paragraph && (ABBREV.has(word) || /(^|\.)[a-z]\.[a-z]$/.test(word))) continue;
      // "<Alex. Brown and Sons Inc>": no sentence ends inside a bracketed company name.
      if (insideAngle(text, start, m.index)) continue;
    }
    push(m.index + m[1].length);
  }
  push(text.length);
  return out;
}

/** The line that ends in a date at `at` opens with a word in capitals, a dateline's place: "LEEDS, England 1996-12-06". */
function datelineLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  return at - from <= MAX_DATELINE && DATELINE_OPENER.test(text.slice(from, at));
}

/** Characters a dateline's place may take before its date. */
const MAX_DATELINE = 60;
const DATELINE_OPENER = /^[ \t]*\p{Lu}{2,}[\p{Lu}\p{Ll}\s.,'-]*$/u;

/** Whether an angle bracket opened on the same line before `at` (and after `from`) is still open. */
function insideAngle(text: string, from: number, at: number): boolean {
  // Looks no further than a bracketed name is long, so long texts cost nothing more.
  const near = text.slice(Math.max(from, at - MAX_BRACKETED), at);
  const open = near.lastIndexOf('<');
  if (open < 0 || near.lastIndexOf('>') > open || near.includes('\n', open)) return false;
  const after = text.slice(at, at + MAX_BRACKETED);
  const close = after.indexOf('>');
  return close >= 0 && !after.slice(0, close).includes('\n');
}

/** Characters a bracketed company name may take on either side of a stop. */
const MAX_BRACKETED = 60;

/** Number of words, for throughput figures. */
export function countWords(text: string): number {
  // Runs of characters other than \s (ECMAScript white space and line ends), counted without
  // making a string of each.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
