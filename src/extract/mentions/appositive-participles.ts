import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { LOC_NOUNS } from './words.js';

/** A lower-case word of a participle's shape: "living", "based", "accused". */
const PARTICIPLE = /^[a-z]{2,}(?:ing|ed)$/;

/**
 * Whether token `k` of an appositive after a name ("X, a Lebanese citizen
 * living in Y", "X, a firm based in Z") is a participle that closes the
 * appositive's noun phrase, so the noun before it (`tokens[k - 1]`) is the
 * appositive's head and types the name. The noun must be one a list types
 * (`personNouns`, `orgNouns` in data/lexicon.json, or a place noun), so a
 * participle used as an adjective ("X, a growing firm") does not end it:
 * there the word before is an article, and the scan goes on to "firm".
 */
export function participleEndsAppositive(
  tokens: readonly Token[],
  k: number,
  lex: Lexicon,
): boolean {
  const t = tokens[k];
  const noun = tokens[k - 1];
  if (!t?.word || t.cap || !noun?.word || noun.cap || !PARTICIPLE.test(t.lower)) return false;
  if (isTypedNoun(t.lower, lex)) return false;
  return isTypedNoun(noun.lower, lex);
}

function isTypedNoun(w: string, lex: Lexicon): boolean {
  return lex.set('personNouns').has(w) || lex.set('orgNouns').has(w) || LOC_NOUNS.has(w);
}
