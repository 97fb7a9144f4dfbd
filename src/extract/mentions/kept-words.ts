import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { suffixInside } from './company-openers.js';
import { foreignOpenerAt } from './foreign-particles.js';

/**
 * Where a word kept from names (`notNames`) is a name's word all the same:
 * "Credit Suisse" (foreign-particles.ts), "Anitec Image Technology Inc"
 * (company-openers.ts). Token `k` is the word; mentions.ts asks this only of
 * `notNames` words.
 */
export function keptInName(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return foreignOpenerAt(tokens, k, lex) || suffixInside(tokens, k, lex);
}
