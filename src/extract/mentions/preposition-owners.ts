import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { ADJ_BEFORE, PLACE_OWNS } from './words.js';

/**
 * Whether the preposition before a name does not say the name is a place:
 * - "a suspect in Kennedy's assassination", "near Nelson's hometown": the
 *   name owns the noun after it ('s), and the preposition's object is that
 *   noun, not the name, unless that noun is a part of a place
 *   (`PLACE_OWNS`, `placeParts` in data/lexicon.json: "in Kandor's capital");
 * - "according to Fadeyev", "thanks to Brennan": "to" after a word of
 *   `notPlaceBeforeTo` (data/lexicon.json) cites a source or a cause, not a
 *   destination.
 * `outer` is the name's first token (titles included), `e` its end.
 */
export function prepositionNotPlace(
  tokens: readonly Token[],
  outer: number,
  e: number,
  lex: Lexicon,
): boolean {
  const next = tokens[e];
  if (next && (next.lower === "'s" || next.lower === '’s')) {
    // "in Kandor's capital": what the name owns is a place, so the name is one too.
    const b = tokens[e + 1];
    const owned = b?.word && !b.cap && ADJ_BEFORE.has(b.lower) ? tokens[e + 2] : b;
    return !owned || !(PLACE_OWNS.has(owned.lower) || lex.set('placeParts').has(owned.lower));
  }
  const prev = tokens[outer - 1];
  const prev2 = tokens[outer - 2];
  return prev?.lower === 'to' && !!prev2 && lex.set('notPlaceBeforeTo').has(prev2.lower);
}
