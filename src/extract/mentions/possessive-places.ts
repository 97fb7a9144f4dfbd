import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { POSSESSIVE, placeAt, textOf } from './analyse-run.js';

/**
 * "Ford's Theatre", "St. Paul's Cathedral", "Harrah's Casino": a possessive
 * before one capitalised head of places (`locHeads`) that ends the name is
 * the place's own name, not a person or firm owning it (CoNLL04's "Ford's
 * Theater" gave an organisation "Ford"). At token `j` (the "'s") after the
 * run [i, j): the end of the joined name, or `j` when it does not join. A
 * place's possessive owns what follows ("Tennessee's State Prison",
 * "Baghdad's airport"), and a head that goes on into a longer name or an
 * "of" is left to the other rules.
 */
export function possessivePlaceEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  lex: Lexicon,
): number {
  const pos = tokens[j];
  const head = tokens[j + 1];
  if (!pos || !head || !POSSESSIVE.test(pos.text) || !head.word || !head.cap) return j;
  if (pos.start !== tokens[j - 1]?.end) return j;
  if (!lex.set('locHeads').has(head.lower)) return j;
  const after = tokens[j + 2];
  if (after?.word && (after.cap || after.lower === 'of')) return j;
  if (placeAt(lex, textOf(tokens as Token[], i, j))) return j;
  return j + 2;
}
