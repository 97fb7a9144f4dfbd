import { readFileSync } from 'node:fs';
import { isSpace } from '../text/white-space.js';
import type { UdToken } from './types.js';

/**
 * Tokens the way the Universal Dependencies English treebanks (EWT) cut text
 * into syntactic words: clitics apart ("Iran" "'s", "do" "n't", "can" "not",
 * "gon" "na"), hyphens apart ("al" "-" "Qaeda", "15" "-" "year") except after a
 * prefix that does not stand alone ("e-mail", "non-profit"), and kept whole:
 * URLs, e-mail addresses, numbers with separators ("1,000.50", "5:30",
 * "11/28/2000"), phone numbers, dotted abbreviations ("U.S.", "p.m."), listed
 * abbreviations ("Mr.", "Fla.", "Inc."), initials ("M."), runs of the same
 * punctuation ("...", "--", "!!!") and emoticons (":-)").
 *
 * One sticky regular expression reads the next candidate; a small post-split
 * step then cuts clitics and decides whether a period after a word is its own.
 * A period that ends the text is always its own token ("U.S" "." at the end of
 * a sentence), as the treebank writes it.
 */

interface TokenTables {
  abbreviations: string[];
  hyphenPrefixes: string[];
  contractions: string[];
  unitSuffixes: string[];
  itsContractedBefore: string[];
}

const tables = JSON.parse(
  readFileSync(new URL('../../../data/ud-tokens.json', import.meta.url), 'utf8'),
) as TokenTables;

const ABBREVIATIONS = new Set(tables.abbreviations);
const HYPHEN_PREFIXES = new Set(tables.hyphenPrefixes);
/** Units written against a number that the treebank splits off ("5pm", "35mm"). */
const UNIT_SUFFIXES = new Set(tables.unitSuffixes);
/** Words after which "its" is "it" + "s" ("its a shame"), not the possessive. */
const ITS_CONTRACTED_BEFORE = new Set(tables.itsContractedBefore);
/** Lower-case word -> the lengths of its parts ("gonna" -> [3, 2]). */
const CONTRACTIONS = new Map(
  tables.contractions.map((c) => [c.replaceAll(' ', ''), c.split(' ').map((p) => p.length)]),
);

// The alternatives, tried in order at the current position (first match wins).
const WEB = String.raw`(?:https?|ftp)://[^\s<>"“”]+|www\.[^\s<>"“”]+`;
// The local part is bounded (as RFC 5321 bounds it), so a failed try costs
// little even where words and hyphens run on for pages ("a-b-c-...").
const EMAIL = String.raw`(?:mailto:)?[\p{L}\p{N}_%+-]{1,64}(?:\.[\p{L}\p{N}_%+-]{1,64}){0,8}(?:\.\.\.)?@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*`;
// Hashtags and @-handles ("#audiobooks", "@Ryan", "@enron.com").
const HANDLE = String.raw`[#@]\p{L}[\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*`;
const FILE_EXT = String.raw`(?<![\p{L}\p{N}])\.(?:docx?|xlsx?|pptx?|pdf|txt|html?|jpe?g|gif|png|zip|exe|mp3|com|org|net)(?![\p{L}\p{N}])`;
const EMOTICON = String.raw`(?:>?[:;=][-']?[()\[\]DPpO/\\|*]|\(:|\^_\^|-_-|<3)(?![\p{L}\p{N}])`;
const PHONE = String.raw`(?:\d{3}-)?\d{1,3}-\d{4}(?!\d)`;
const NUMBER = String.raw`\d+(?:[.,:/]\d+)+|(?<![\p{L}\p{N}.])\.\d+`;
// "U.S.", "p.m", "a.k.a" (a final letter without its period only when no letter follows).
const DOTTED = String.raw`(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])\.?|(?:\p{L}\.){2,}`;
// "AT&T", "Q&A"; a clitic standing alone ("Jones 's"); then letters and digits,
// joined by apostrophes ("don't", "Sha'lan"), underscores ("ENRON_DEVELOPMENT")
// and periods that a lower-case letter or digit follows, or that follow a
// capital or digit ("alt.animals", "ENRON.XLS"; not "said.The").
const W = String.raw`[\p{L}\p{M}\p{N}]`;
const WORD = String.raw`Yahoo!|\p{L}\/\p{L}(?!${W})|\p{L}{1,4}&\p{L}{1,4}(?!${W})|['’](?:[sSmMdD]|ll|LL|re|RE|ve|VE)(?!${W})|${W}+(?:(?:['’\x60_]|\.(?=[\p{Ll}\p{N}])|(?<=[\p{Lu}\p{N}])\.(?=\p{L}))${W}+)*`;
const PUNCT = String.raw`[.!?]{2,}|‘’|([-=_*+~<>$#^'’‘\x60])\6+|.`;

/**
 * Groups: 1 URL, e-mail, handle or file extension; 2 emoticon; 3 number;
 * 4 dotted abbreviation; 5 word; else punctuation. Text without an "@" (most
 * news) is read without the e-mail alternative, which would otherwise be
 * tried, and fail, at every word.
 */
const tokenRegex = (email: boolean) =>
  new RegExp(
    `(${WEB}|${email ? `${EMAIL}|` : ''}${HANDLE}|${FILE_EXT})|(${EMOTICON})|(${PHONE}|${NUMBER})|(${DOTTED})|(${WORD})|${PUNCT}`,
    'uy',
  );
const TOKEN = tokenRegex(true);
const TOKEN_NO_EMAIL = tokenRegex(false);

const TRAILING_URL_PUNCT = /[.,;:!?)\]'’]+$/;

/**
 * Cuts `text` into UD tokens. `offset` is where `text` starts in the document:
 * every token's `start` and `end` are document offsets, and
 * `token.text === text.slice(token.start - offset, token.end - offset)`.
 */
export function udTokenize(text: string, offset = 0): UdToken[] {
  if (typeof text !== 'string') throw new TypeError('udTokenize: expected a string');
  const out: UdToken[] = [];
  const n = text.length;
  const re = text.includes('@') ? TOKEN : TOKEN_NO_EMAIL;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text) as RegExpExecArray;
    let end = i + m[0].length;
    if (m[1] !== undefined) {
      // URLs and addresses do not take the punctuation that ends the phrase.
      const trail = TRAILING_URL_PUNCT.exec(m[1]);
      if (trail) end -= trail[0].length;
    } else if (m[4] !== undefined) {
      // "U.S." ending the text leaves its period to the sentence.
      if (text.charCodeAt(end - 1) === 46 && atTextEnd(text, end)) end--;
    } else if (m[5] !== undefined) {
      end = wordEnd(text, i, end);
      if (splitWord(text, i, end, offset, out)) {
        i = end;
        continue;
      }
    }
    push(out, text, i, end, offset);
    i = end;
  }
  return out;
}

/** Extends a word over a prefix hyphen ("e-mail") and over an abbreviation's period. */
function wordEnd(text: string, start: number, end: number): number {
  let e = end;
  if (text.charCodeAt(e) === 45 /* - */ && isWordChar(text, e + 1)) {
    const prefix = text.slice(start, e);
    // "UN-backed" is the United Nations, not a prefix; nor is the "e" of
    // "Hizb-e-Islami", inside a hyphenated name.
    if (
      prefix !== 'UN' &&
      text.charCodeAt(start - 1) !== 45 &&
      HYPHEN_PREFIXES.has(prefix.toLowerCase())
    ) {
      TOKEN_NO_EMAIL.lastIndex = e + 1;
      const m = TOKEN_NO_EMAIL.exec(text);
      if (m?.[5] !== undefined) e = e + 1 + m[0].length;
    }
  }
  // Not the first period of an ellipsis ("etc...").
  if (text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) !== 46 && !atTextEnd(text, e + 1)) {
    const w = text.slice(start, e);
    if (ABBREVIATIONS.has(w.toLowerCase()) || isInitial(w)) e++;
  }
  return e;
}

/** Pushes the parts of a word with clitics ("do" "n't"); false when it has none. */
function splitWord(text: string, start: number, end: number, offset: number, out: UdToken[]) {
  const len = end - start;
  if (len < 2) return false;
  const last = text.charCodeAt(end - 1);
  // n't, 's, 'm, 'd, 're, 've, 'll
  let cut = -1;
  if (len > 3 && isApostrophe(text.charCodeAt(end - 2)) && (last | 32) === 116 /* t */) {
    if ((text.charCodeAt(end - 3) | 32) === 110 /* n */) cut = end - 3;
  } else if (len > 2 && isApostrophe(text.charCodeAt(end - 2))) {
    const l = last | 32;
    if (l === 115 || l === 109 || l === 100) cut = end - 2; // s m d
  } else if (len > 3 && isApostrophe(text.charCodeAt(end - 3))) {
    const two = text.slice(end - 2, end).toLowerCase();
    if (two === 're' || two === 've' || two === 'll') cut = end - 3;
  }
  // Decades stay whole ("80's", "1960's"); "1985's results" is a possessive.
  if (cut > start && !(cut === end - 2 && isDecade(text, start, cut))) {
    // The stem may hold a clitic of its own ("could" "n't" "'ve").
    if (!splitWord(text, start, cut, offset, out)) push(out, text, start, cut, offset);
    push(out, text, cut, end, offset);
    return true;
  }
  if (isDigit(text.charCodeAt(start))) return splitUnit(text, start, end, offset, out);
  if (len > 8) return false;
  const lower = text.slice(start, end).toLowerCase();
  if (lower === 'its') return splitIts(text, start, end, offset, out);
  const parts = CONTRACTIONS.get(lower);
  if (!parts || lower.length !== len) return false;
  let at = start;
  for (const p of parts) {
    push(out, text, at, at + p, offset);
    at += p;
  }
  return true;
}

/** "5pm" -> "5" "pm". */
function splitUnit(text: string, start: number, end: number, offset: number, out: UdToken[]) {
  let k = start + 1;
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  if (k === end || !UNIT_SUFFIXES.has(text.slice(k, end))) return false;
  push(out, text, start, k, offset);
  push(out, text, k, end, offset);
  return true;
}

/** "its a shame" -> "it" "s"; the possessive "its" stays whole. */
function splitIts(text: string, start: number, end: number, offset: number, out: UdToken[]) {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === end) return false;
  let e = k;
  while (e < text.length && isWordChar(text, e)) e++;
  if (!ITS_CONTRACTED_BEFORE.has(text.slice(k, e).toLowerCase())) return false;
  push(out, text, start, end - 1, offset);
  push(out, text, end - 1, end, offset);
  return true;
}

function push(out: UdToken[], text: string, start: number, end: number, offset: number): void {
  out.push({
    text: text.slice(start, end),
    start: start + offset,
    end: end + offset,
    spaceAfter: end < text.length && isSpace(text.charCodeAt(end)),
  });
}

/** Whether only closing quotes, brackets or space follow `at`. */
function atTextEnd(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && !CLOSERS.has(c)) return false;
  }
  return true;
}

const CLOSERS = new Set([...`"')]}’”»`].map((c) => c.charCodeAt(0)));

function isInitial(w: string): boolean {
  return w.length === 1 && w >= 'A' && w <= 'Z';
}

function isDecade(text: string, start: number, end: number): boolean {
  if ((end - start !== 2 && end - start !== 4) || text.charCodeAt(end - 1) !== 48) return false;
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 96;
}

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(text[at] as string);
}
