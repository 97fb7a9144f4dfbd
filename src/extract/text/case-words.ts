/**
 * The words a truecaser reads: a dotted abbreviation ("U.S."), or letters and
 * digits with inner apostrophes ("don't", "O'Brien") but not a possessive 's,
 * which is a word of its own. Hyphens split words ("IRAN-BACKED" is two).
 * Shared by the truecaser and the script that trains it, so both see the
 * same words.
 */
export const CASE_WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*/gu;

/** Has letters only in upper case (and at least one). */
export function noLower(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Has letters only in lower case (and at least one). */
export function noUpper(s: string): boolean {
  return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
}
