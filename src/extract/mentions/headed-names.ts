import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Words that open place names and never a person's. */
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
]);

/**
 * "Dan Sai District", "Khon Kaen Province", "Ruritania Steel Works Council":
 * a name of two words or more closed by a head of place or group names
 * (`locHeads`, `orgHeads` of data/lexicon.json) is no person, whatever a
 * given name inside it suggests; the learned passes (the entity tagger, the
 * typing model) do not make it one. A head that is a common surname too
 * ("Lila Marsh": surname-heads.ts) does not count. Nor is a name opened by a
 * compass word ("Southern California", "East Timor").
 */
export function headedName(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s < 2) return false;
  if (COMPASS.has((tokens[m.s] as Token).lower)) return true;
  const last = (tokens[m.e - 1] as Token).lower;
  if (lex.set('surnameHeads').has(last)) return false;
  return lex.set('locHeads').has(last) || lex.set('orgHeads').has(last);
}
