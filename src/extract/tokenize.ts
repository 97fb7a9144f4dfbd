/** A token of a sentence with offsets into the document text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is a dotted abbreviation such as U.S.). */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

const TOKEN =
  /(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}.]))?|[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*(?:['’](?!s\b)\p{L}+(?:-\p{L}+)*)*|['’]s\b|\S/gu;

/** Words that keep their final period: titles, AP state abbreviations, months, company suffixes. */
const KEEP_PERIOD = new Set(
  'gen lt col maj capt sgt adm cmdr brig mr mrs ms dr sen rep gov pres prof rev st mt ft jr sr co corp inc ltd bros dept univ jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo no vs'.split(
    ' ',
  ),
);

/**
 * Splits a piece of text into tokens. Possessive 's is its own token;
 * `Iran-backed` splits into `Iran`, `-`, `backed` (a capitalised word joined to
 * a lower-case one), while `Gibbons-Neff` and `al-Zahra` stay whole.
 * `offset` is where `text` starts in the document.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    let s = m.index;
    // The regular expressions run only on tokens that can match them (a dash; one letter).
    const hy = HAS_DASH.test(t) ? /^(\p{Lu}[\p{L}.]*)[-–](\p{Ll}[\p{L}-]*)$/u.exec(t) : null;
    if (hy?.[1] && hy[2] && !/^(?:al|el|ad|ud|bin|ibn|based)$/.test(hy[1].toLowerCase())) {
      push(out, hy[1], s + offset);
      push(out, t[hy[1].length] as string, s + hy[1].length + offset);
      push(out, hy[2], s + hy[1].length + 1 + offset);
      continue;
    }
    const initial =
      t.length <= 2 && /^\p{Lu}$/u.test(t) && /^\.\s+\p{Lu}/u.test(text.slice(s + 1, s + 4));
    if (text[s + t.length] === '.' && (KEEP_PERIOD.has(t.toLowerCase()) || initial)) {
      t += '.';
      TOKEN.lastIndex++;
    }
    push(out, t, s + offset);
    s += t.length;
  }
  return out;
}

const HAS_DASH = /[-–]/;

function push(out: Token[], t: string, start: number): void {
  const first = t.codePointAt(0) ?? 0;
  let word: boolean;
  let cap: boolean;
  if (first < 128) {
    // ASCII, the common case, without making a string of the first character.
    const upper = first >= 65 && first <= 90;
    word = upper || (first >= 97 && first <= 122) || (first >= 48 && first <= 57);
    cap = upper || ((first === 97 || first === 101) && /^(?:al|el)-\p{Lu}/u.test(t));
  } else {
    const ch = String.fromCodePoint(first);
    word = /[\p{L}\p{N}]/u.test(ch);
    cap = /\p{Lu}/u.test(ch) || /^(?:al|el)-\p{Lu}/u.test(t);
  }
  out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, cap, word });
}

/**
 * Index of the first word of a sentence, past a short leading parenthesis
 * such as "(Text)" or "(Excerpts)" that transcripts put before a dateline; -1 if none.
 */
export function firstWordIndex(tokens: Token[]): number {
  let k = 0;
  if (tokens[0]?.text === '(') {
    let j = 1;
    while (j < tokens.length && j < 5 && tokens[j]?.text !== ')') j++;
    if (tokens[j]?.text === ')' && j > 1) k = j + 1;
  }
  for (; k < tokens.length; k++) if ((tokens[k] as Token).word) return k;
  return tokens.findIndex((t) => t.word);
}
