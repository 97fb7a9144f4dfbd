import type { Token } from '../tokenize.js';
import { JOIN_OF, OF_THE, ON_HEADS } from './words.js';

/**
 * A body's head word before "of", "for" or "on" and the name after it:
 * "Department of Defense", "Centers for Disease Control", "Institute for Near
 * East Policy", "Foundation on Economic Trends", "Foundation for the
 * Advancement of Teaching". At token `j` (the preposition) of a run whose
 * word before it is `prev`: the end of the words the name takes after it, or
 * `j` when it takes none.
 *
 * - The head may be a plural ("Centers for", "Institutes of").
 * - "of the" and "on" join after the heads of `OF_THE` and `ON_HEADS`.
 * - After "for", a capitalised word the name lists call common may open the
 *   name when a name word follows it ("for Near East Policy"): what a body
 *   is for is named in full.
 * - `afterFor`: the run already took a "for" phrase, whose noun may take an
 *   "of" of its own ("for the Advancement of Teaching").
 */
export function prepositionJoinEnd(
  tokens: readonly Token[],
  j: number,
  isName: (k: number) => boolean,
  afterFor: boolean,
): number {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev) return j;
  const w = t.lower;
  const head = bodyHead(prev.lower);
  if (w === 'of' && afterFor && isName(j + 1)) return j + 2;
  if ((w === 'of' || w === 'for') && JOIN_OF.has(head)) {
    if (isName(j + 1)) return j + 2;
    if (tokens[j + 1]?.lower === 'the' && OF_THE.has(head) && isName(j + 2)) return j + 3;
    const opener = tokens[j + 1];
    if (w === 'for' && opener?.word && opener.cap && isName(j + 2)) return j + 3;
  }
  // "Senate Committee on Veterans Affairs", "Foundation on Economic Trends".
  if (w === 'on' && ON_HEADS.has(head) && isName(j + 1)) return j + 2;
  return j;
}

/** A head word in the singular: "centers" -> "center" when only the singular is a head. */
function bodyHead(word: string): string {
  if (JOIN_OF.has(word) || ON_HEADS.has(word) || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}
