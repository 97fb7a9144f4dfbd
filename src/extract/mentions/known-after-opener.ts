import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { lookup, textOf } from './analyse-run.js';

/**
 * "Latest Federal Reserve data suggest", "Dealers Federal Reserve action":
 * a common word at a sentence's start before a name of two words or more
 * that the gazetteer knows whole as an organisation is no part of it, when
 * the run with the opener is no known name and the opener is none of the
 * words that open firms' or places' names ("National Westminster Bank",
 * "Royal Bank of Canada", "New York Federal Reserve" keep theirs:
 * `companyOpeners`, `locPrefixes` in data/lexicon.json). The run of name
 * words is [k, j); `k` is the opener, a word of the dictionary (no name the
 * gazetteers or name lists know), whether or not the document writes it in
 * lower case elsewhere.
 */
export function knownAfterOpener(tokens: Token[], k: number, j: number, lex: Lexicon): boolean {
  if (j - k < 3) return false;
  const w = tokens[k]?.lower ?? '';
  // A word only: the document's other uses of it need not say so, a name's lone opener is rare.
  if (!lex.dictionary.has(w) || lex.known.has(w) || lex.firstNames.has(w)) return false;
  if (lex.lastNames.has(w) || lex.personWords.has(w)) return false;
  if (lex.set('companyOpeners').has(w) || lex.set('locPrefixes').has(w)) return false;
  if (lookup(lex, textOf(tokens, k, j)) !== undefined) return false;
  return lookup(lex, textOf(tokens, k + 1, j))?.type === 'Organization';
}
