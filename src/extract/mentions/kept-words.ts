import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { suffixInside } from './company-openers.js';
import { foreignOpenerAt } from './foreign-particles.js';

/**
 * Where a word kept from names (`notNames`) is a name's word all the same:
 * "Credit Suisse" (foreign-particles.ts), "Anitec Image Technology Inc"
 * (company-openers.ts), "Long-Term Credit Bank of Japan" (groupWordInside).
 * Token `k` is the word; mentions.ts asks this only of `notNames` words.
 */
export function keptInName(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return (
    foreignOpenerAt(tokens, k, lex) ||
    suffixInside(tokens, k, lex) ||
    groupWordInside(tokens, k, lex)
  );
}

/**
 * "the Long-Term Credit Bank of Japan", "the Farm Credit Bank of Ohio": a
 * group word (`foreignGroupWords`: "Credit") in Title case between a
 * capitalised name word and an organisation's head (`orgHeads`: "Bank") is
 * part of the name; it cut the bank's name to "Bank of Japan", another bank.
 */
function groupWordInside(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || !prev?.word || !prev.cap || !next?.word || !next.cap) return false;
  if (prev.end + 1 !== t.start || t.end + 1 !== next.start) return false;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    lex.set('foreignGroupWords').has(t.lower) &&
    !lex.set('notNames').has(prev.lower) &&
    lex.set('orgHeads').has(next.lower)
  );
}
