import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Sentences a document needs before the convention is read into it. */
  minSentences: 3,
  /** Mentions an entity needs: a name used once says too little. */
  minMentions: 2,
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

/**
 * "Purolator agreed to the offer", "Adsteam's net earnings rose": news
 * introduces a person by a full name or a title before it uses the surname
 * alone. A Person entity of a document whose every mention is one word, with
 * no title and no cue that names a person outright, and which no longer
 * person's name in the document holds ("Rha Woong-Bae ... Rha said"), is a
 * firm or a body when a longer organisation's name in the document opens
 * with it ("Airbus Industries ... Airbus said"), or when something firm-like
 * is said of it (a mention with an Organization vote: "X shares", "X's
 * earnings") and no gazetteer knows the word as a given name, a surname or a
 * person word. Only in a document of some length, of an entity named more
 * than once.
 */
export function retypeLoneNames(
  input: { clusters: readonly Cluster[]; mentions: readonly Mention[]; sentences: number },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  // A sentence alone (a title, a quoted line) has no room to introduce anyone.
  if (input.sentences < opts.minSentences) return;
  let names: LongNames | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length || c.mentions.length < opts.minMentions) continue;
    const word = loneWord(c, opts.surePerson);
    if (!word) continue;
    names ??= longNames(input.mentions);
    if (names.person.has(word)) continue;
    // "Merrill Lynch Capital Markets ... Merrill said": the firm's first word, even a given name.
    if (names.orgOpeners.has(word)) c.type = 'Organization';
    else if (!personName(word, lex) && c.mentions.some((m) => m.votes.Organization > 0))
      c.type = 'Organization';
  }
}

/** A word the gazetteers know as a given name, a surname or a person word. */
export function personName(word: string, lex: Lexicon): boolean {
  return lex.firstNames.has(word) || lex.lastNames.has(word) || lex.personWords.has(word);
}

/** The entity's one word, lower-cased, when every mention is that word alone and nothing names a person. */
export function loneWord(c: Cluster, surePerson: number): string | undefined {
  const word = c.name.toLowerCase();
  if (!/^\p{L}[\p{L}-]*$/u.test(word)) return undefined;
  for (const m of c.mentions)
    if (m.e - m.s !== 1 || m.titles.length || m.votes.Person >= surePerson) return undefined;
  return word;
}

export interface LongNames {
  /** Words of the other names of two words or more (people's, or untyped). */
  person: Set<string>;
  /** First words of names of two words or more that read as an organisation's. */
  orgOpeners: Set<string>;
}

export function longNames(all: readonly Mention[]): LongNames {
  const out: LongNames = { person: new Set(), orgOpeners: new Set() };
  for (const m of all) {
    const words = m.name.toLowerCase().split(/[\s-]+/);
    if (words.length < 2) continue;
    const v = m.votes;
    if (m.firm || (v.Organization > v.Person && v.Organization >= v.Location))
      out.orgOpeners.add(words[0] as string);
    else if (v.Location <= v.Person || v.Location <= v.Organization)
      for (const w of words) out.person.add(w);
  }
  return out;
}
