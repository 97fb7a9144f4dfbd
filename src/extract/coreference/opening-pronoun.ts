import type { Cluster } from '../entities/in-document.js';
import type { Token } from '../tokenize.js';
import { firstWordIndex } from '../tokenize.js';
import type { Mention } from '../types.js';
import { anaphorMention, type CorefContext, namedIn, names } from './antecedents.js';
import { COREF_WORDS } from './words.js';

export const RULE = 'opening-pronoun';

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * A person the document names in full or with a title somewhere ("Eugene Mora
 * ... Mora"): a lone word the typing took for a person ("Kansai airport") is
 * no one a pronoun stands for. Any group may be.
 */
function fullName(e: Cluster | undefined): boolean {
  if (e?.type !== 'Person') return !!e;
  return e.mentions.some((m) => m.e - m.s >= 2 || m.titles.length > 0);
}

/** Words a fronted phrase may run to before the pronoun ("In March 1985, she ..."). */
const FRONTED = 8;

/**
 * Where the opening pronoun stands: the first word, or the word after a
 * fronted phrase and its comma ("In 1985, she joined ...") that holds no
 * name and no quotation mark; -1 for none.
 */
function openingAt(tokens: readonly Token[], mentions: readonly Mention[]): number {
  const first = firstWordIndex(tokens as Token[]);
  for (let j = 0; j < tokens.length && j <= first + FRONTED; j++) {
    const w = tokens[j] as Token;
    if (QUOTES.has(w.text) || mentions.some((m) => j >= m.s && j < m.e)) return -1;
    if (COREF_WORDS.openingPronouns.has(w.lower))
      return j === first || tokens[j - 1]?.text === ',' ? j : -1;
  }
  return -1;
}

/**
 * "Ann Kemp was named president of Acme. She joined the bank in 1980", "The
 * Defense Department said ... It also accused X": a "he", "she" or "it"
 * (data/coreference.json, openingPronouns) that opens a sentence stands for
 * the one entity of its type (a person; for "it" a group) that the sentence
 * before names (by name, or by such a pronoun: "He ... He ..."). Nothing when
 * that sentence names two or none, when the pronoun's own sentence names the
 * entity, when a quotation mark comes before it (reported speech: "He was
 * born here," said X), when the person is named by one word only, or for an
 * "it" that stands for nothing ("It is expected", "It rained": expletiveAfter).
 * The pronoun may follow a fronted phrase with no name ("In 1985, she joined
 * the bank"). A rule that reads a name inside a noun phrase does not read the stand-in
 * (coreference/index.ts).
 */
export function openingPronoun(c: CorefContext, k: number): Mention[] {
  const sc = c.sents[k];
  if (!sc || k === 0) return [];
  const i = openingAt(sc.tokens, sc.mentions);
  const t = sc.tokens[i];
  const type = COREF_WORDS.openingPronouns.get(t?.lower ?? '');
  if (!t || !type) return [];
  // "He's", "He, too": the pronoun stands before a verb or its adverb only.
  const next = sc.tokens[i + 1];
  if (!next?.word || (type !== 'Person' && COREF_WORDS.expletiveAfter.has(next.lower))) return [];
  const named = namedIn(c, k - 1, type);
  if (named.size !== 1) return [];
  const [[e, from]] = [...named] as [[number, number]];
  if (names(c, k, e) || !fullName(c.clusters[e])) return [];
  return [anaphorMention(sc, i, e, type, RULE, from)];
}
