import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "humorist Will Rogers was born", "Professor Will Carlson said": a common
 * word the name finder never takes (`notNames`) that is a given name too
 * (`givenCommons` in data/lexicon.json: "will") opens a person's name inside
 * a sentence when a capitalised word that is no common word follows it. The
 * sentence's first word ("Will Congress act?") and a word after another
 * capitalised word that is no title ("Inflation Will Rise", a headline's
 * case) keep their common reading.
 */
export function givenCommonAt(
  tokens: readonly Token[],
  k: number,
  firstWord: number,
  lex: Lexicon,
): boolean {
  const t = tokens[k];
  if (!t || k === firstWord || !lex.set('givenCommons').has(t.lower)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const next = tokens[k + 1];
  if (!next?.word || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return false;
  if (lex.set('notNames').has(next.lower) || lex.common.has(next.lower)) return false;
  const prev = tokens[k - 1];
  return !(prev?.word && prev.cap && !lex.set('titles').has(prev.lower));
}
