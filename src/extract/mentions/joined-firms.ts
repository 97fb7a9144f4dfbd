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
 * "Euroclear and Cedel SA intend", "Cedel SA and Euroclear": a lone name
 * joined by "and" or "or" to an organisation's name, the two sharing one
 * predicate, is likely one too. A person is at times named beside a firm
 * ("Icahn and TWA"), but news names a person in full or with a title
 * first, so only a Person entity of a document of some length whose every
 * mention is one word, with no title and no sure person cue, which no
 * longer person's name in the document holds (even misspelt) and which no
 * gazetteer knows as a given name, a surname or a person word, becomes an
 * Organization; and not when "he" or "she" stands in or next to its
 * sentences. Two names inside one ("Smith and Jones Inc") are one mention
 * and never meet here. A name the entity tagger doubts is left alone.
 */
export function retypeJoinedFirms(
  input: {
    clusters: readonly Cluster[];
    mentions: readonly Mention[];
    sentences: readonly SentenceContext[];
  },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  if (input.sentences.length < opts.minSentences) return;
  const firms = new Map<number, Mention[]>();
  for (const c of input.clusters) {
    if (c.type !== 'Organization') continue;
    for (const m of c.mentions) {
      const list = firms.get(m.sent);
      if (list) list.push(m);
      else firms.set(m.sent, [m]);
    }
  }
  if (!firms.size) return;
  let names: LongNames | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length || c.weak || c.mentions.some((m) => m.doubtful))
      continue;
    if (!c.mentions.some((m) => joinedToFirm(input.sentences[m.sent], m, firms.get(m.sent))))
      continue;
    const word = loneWord(c, opts.surePerson);
    if (!word || personName(word, lex)) continue;
    names ??= longNames(input.mentions);
    if (spelledAs(word, names.person)) continue;
    if (c.mentions.some((m) => nearPronoun(input.sentences, m.sent))) continue;
    c.type = 'Organization';
  }
}

const JOINS = new Set(['and', 'or']);

/** "X and F", "F and X": one join word between the mention and an organisation's mention. */
function joinedToFirm(
  sc: SentenceContext | undefined,
  m: Mention,
  firms: readonly Mention[] | undefined,
): boolean {
  if (!sc || !firms) return false;
  const after = sc.tokens[m.e];
  const before = sc.tokens[m.s - 1];
  return firms.some(
    (f) =>
      (f.s === m.e + 1 && JOINS.has(after?.lower ?? '')) ||
      (f.e === m.s - 1 && JOINS.has(before?.lower ?? '')),
  );
}
