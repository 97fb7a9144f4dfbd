import type { Lexicon } from '../lexicon.js';

export const DEFAULTS = {
  /** Letters a head needs before a word one slip away from it counts as it: short heads have real neighbours. */
  minLength: 8,
};

/** Whether `a` and `b` differ by one letter added, dropped, changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * "Marlow Univresity", "the Kettle Foundaton": a name's last word that is
 * no word of the dictionary and no name, and one slip of the keys from a long
 * head of `heads` ("university", "institute", "foundation"), is that head, so
 * it types the name as the head would. The first letter must match: a slip
 * rarely hits it. Returns the head, or undefined.
 */
export function misspeltHead(
  word: string,
  heads: ReadonlySet<string>,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): string | undefined {
  const opts = { ...DEFAULTS, ...options };
  if (word.length < opts.minLength - 1 || heads.has(word) || lex.dictionary.has(word))
    return undefined;
  if (lex.firstNames.has(word) || lex.lastNames.has(word) || lex.known.has(word)) return undefined;
  for (const h of heads)
    if (h.length >= opts.minLength && h[0] === word[0] && oneSlip(word, h)) return h;
  return undefined;
}
