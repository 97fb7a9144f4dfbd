import type { Cluster } from '../../resolve/in-document.js';
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
 * A rule that reads a name inside a noun phrase does not read the stand-in
 * (coreference/index.ts).
 */
export function openingPronoun(c: CorefContext, k: number): Mention[] {
  const sc = c.sents[k];
  if (!sc || k === 0) return [];
  const i = firstWordIndex(sc.tokens);
  const t = sc.tokens[i];
  const type = COREF_WORDS.openingPronouns.get(t?.lower ?? '');
  if (!t || !type) return [];
  for (let j = 0; j < i; j++) if (QUOTES.has(sc.tokens[j]?.text ?? '')) return [];
  // "He's", "He, too": the pronoun stands before a verb or its adverb only.
  const next = sc.tokens[i + 1];
  if (!next?.word || (type !== 'Person' && COREF_WORDS.expletiveAfter.has(next.lower))) return [];
  const named = namedIn(c, k - 1, type);
  if (named.size !== 1) return [];
  const [[e, from]] = [...named] as [[number, number]];
  if (names(c, k, e) || !fullName(c.clusters[e])) return [];
  return [anaphorMention(sc, i, e, type, RULE, from)];
}
