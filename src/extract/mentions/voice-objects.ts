import type { Cluster } from '../../resolve/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { type LongNames, loneWord, longNames, personName } from './lone-names.js';
import { nearPronoun, spelledAs } from './source-subjects.js';

export const DEFAULTS = {
  /** Sentences a document needs before the convention is read into it. */
  minSentences: 3,
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

/**
 * "a spokesman for Keidanren said", "an official of Amtorg", "a unit of
 * Vestrol": a voice or a part of a body (`firmVoices` in data/lexicon.json)
 * then "for" or "of" names the body. A politician has spokesmen too ("a
 * spokesman for Dole"), but news names a person in full or with a title
 * before it uses the surname alone, so only a Person entity of a document
 * of some length whose every mention is one word, with no title and no sure
 * person cue, which no longer person's name in the document holds (even
 * misspelt) and which no gazetteer knows as a given name, a surname or a
 * person word, becomes an Organization; and not when "he" or "she" stands
 * in or next to its sentences. A name the entity tagger doubts is left alone.
 */
export function retypeVoiceObjects(
  input: {
    clusters: readonly Cluster[];
    mentions: readonly Mention[];
    sentences: readonly SentenceContext[];
  },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  // A sentence alone (a title, a quoted line) has no room to introduce anyone.
  if (input.sentences.length < opts.minSentences) return;
  let names: LongNames | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length || c.weak || c.mentions.some((m) => m.doubtful))
      continue;
    if (!c.mentions.some((m) => voiceObject(input.sentences[m.sent], m, lex))) continue;
    const word = loneWord(c, opts.surePerson);
    if (!word || personName(word, lex)) continue;
    names ??= longNames(input.mentions);
    // "Clayton Yeutter ... a spokesman for Yeutter": the surname of a person named in full.
    if (spelledAs(word, names.person)) continue;
    if (c.mentions.some((m) => nearPronoun(input.sentences, m.sent))) continue;
    c.type = 'Organization';
  }
}

/** "a spokesman for X", "an official of X": a voice noun and "for" or "of" just before the name. */
function voiceObject(sc: SentenceContext | undefined, m: Mention, lex: Lexicon): boolean {
  const prep = sc?.tokens[m.s - 1]?.lower;
  const noun = sc?.tokens[m.s - 2];
  return (prep === 'for' || prep === 'of') && !!noun && lex.set('firmVoices').has(noun.lower);
}
