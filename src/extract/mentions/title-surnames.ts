import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Words that make a title word a title, not a surname: "the King", "his Bishop", "Jordan's King". */
const OWNERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'your',
  'my',
  "'s",
  '’s',
  'late',
  'former',
  'new',
  'young',
  'old',
]);

/** Person votes of a title word read as a surname: as much as a surname the lists know. */
export const TITLE_SURNAME_VOTE = 3;

/**
 * "for assassinating King in Memphis", "King was shot by Ray": a title word
 * that is a common surname too (`titleSurnames` in data/lexicon.json: king,
 * bishop, major), alone in its run [s, e) and written with one capital, names
 * a person by surname when no article, possessive or adjective owns it ("the
 * King", "Jordan's King", "the late King" are titles). A title before a name
 * ("King Hussein") is a longer run, left to the title rules.
 */
export function titleSurname(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  const t = tokens[s];
  if (e - s !== 1 || !t || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (!lex.set('titleSurnames').has(t.lower) || !lex.set('titles').has(t.lower)) return false;
  const prev = tokens[s - 1];
  return !prev || !OWNERS.has(prev.lower);
}
