import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { type LongNames, loneWord, longNames, personName } from './lone-names.js';

export const DEFAULTS = {
  /** Sentences a document needs before the convention is read into it. */
  minSentences: 3,
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

export interface LoneFirmInput {
  clusters: readonly Cluster[];
  mentions: readonly Mention[];
  sentences: readonly SentenceContext[];
}

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);

/**
 * News introduces a person by a full name or a title before it uses the
 * surname alone, so a one-word name that appears with neither, where its
 * context speaks for a body (`evidence`: it speaks, a spokesman is "for" it,
 * it is joined to a firm), is more likely a firm. The passes that read such
 * context share the rest of the test here: a Person entity of a document of
 * some length whose every mention is that one word, with no title and no
 * sure person cue, which no longer person's name in the document holds, even
 * misspelt ("John Brelton ... Brelton said", "John Crosbie ... Crosibie
 * said"), which no gazetteer knows as a given name, a surname or a person
 * word ("Tom said"), and with no "he" or "she" in or next to its sentences
 * ('"...," he said. ... Cardenas said'), becomes an Organization. A name the
 * entity tagger doubts ("Sales of homes", "Meet the Press") is left to the
 * passes that drop it.
 */
export function retypeLoneFirms(
  input: LoneFirmInput,
  lex: Lexicon,
  evidence: (c: Cluster) => boolean,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  // A sentence alone (a title, a quoted line) has no room to introduce anyone.
  if (input.sentences.length < opts.minSentences) return;
  let names: LongNames | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length || c.weak || c.mentions.some((m) => m.doubtful))
      continue;
    if (!evidence(c)) continue;
    const word = loneWord(c, opts.surePerson);
    if (!word || personName(word, lex)) continue;
    names ??= longNames(input.mentions);
    if (spelledAs(word, names.person)) continue;
    if (c.mentions.some((m) => nearPronoun(input.sentences, m.sent))) continue;
    c.type = 'Organization';
  }
}

/** "he" or "she" in the mention's sentence or the one either side of it. */
export function nearPronoun(sentences: readonly SentenceContext[], at: number): boolean {
  for (let i = at - 1; i <= at + 1; i++)
    if (sentences[i]?.tokens.some((t) => PERSONAL.has(t.lower))) return true;
  return false;
}

/** The word, or a part of it between hyphens, is a word of the set or one letter from one. */
export function spelledAs(word: string, words: ReadonlySet<string>): boolean {
  const parts = [word, ...(word.includes('-') ? word.split('-') : [])];
  for (const p of parts) {
    if (words.has(p)) return true;
    if (p.length < 5) continue;
    for (const w of words) if (oneEdit(p, w)) return true;
  }
  return false;
}

/** One letter added, dropped or changed turns a into b. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
