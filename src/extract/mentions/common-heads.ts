import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Organisation votes of a name a common noun closes: more than the half vote a bare run of capitals gives a person. */
export const COMMON_HEAD_VOTE = 1;

/** Prepositions a name's head stands before ("Centers for Disease Control"). */
const HEAD_BEFORE = new Set(['of', 'for', 'on']);

/**
 * "Eaglebrook Plastics", "Democratic Socialists", "Centers for Disease
 * Control": a name of two to four words that no head list types, with no
 * given name or title in it, closed by (or with a head before "of" / "for" /
 * "on" that is) a common noun of the dictionary that is no surname, is a
 * group's name more than a person's. The noun must show it is one: a plural
 * of a dictionary word or an ending only nouns take (`NOUN_ENDING`), since
 * surnames are often common words too ("Huey Long", "Leroy Ivy"); surnames
 * written as plurals (`pluralSurnames`: "Waters", "Banks") are left alone. A head
 * written in capitals in `original` (the text before truecasing) is no
 * evidence: a headline capitalises every word. Common words that close places ("Rocky Flats", "Capitol
 * Hill": `placeCommonHeads` in data/lexicon.json) are left alone, and so is
 * a name the votes already type.
 */
export function commonHead(
  tokens: readonly Token[],
  m: Mention,
  lex: Lexicon,
  original?: string,
): boolean {
  const len = m.e - m.s;
  if (len < 2 || len > 4) return false;
  if (m.votes.Person > 0 || m.votes.Organization > 0 || m.votes.Location > 0) return false;
  let head = tokens[m.e - 1] as Token;
  for (let k = m.s + 1; k < m.e - 1; k++)
    if (HEAD_BEFORE.has((tokens[k] as Token).lower)) {
      head = tokens[k - 1] as Token;
      break;
    }
  if (!/^\p{Lu}\p{Ll}+$/u.test(head.text)) return false;
  // "ICO TALKS ON COFFEE": a headline in capitals, recased, says nothing by its case.
  if (original !== undefined && !/\p{Ll}/u.test(original.slice(head.start, head.end))) return false;
  const w = head.lower;
  if (!lex.dictionary.has(w) || lex.lastNames.has(w) || lex.firstNames.has(w)) return false;
  if (lex.set('placeCommonHeads').has(w) || lex.set('pluralSurnames').has(w)) return false;
  if (!pluralNoun(w, lex) && !NOUN_ENDING.test(w)) return false;
  for (let k = m.s; k < m.e; k++) {
    const t = (tokens[k] as Token).lower;
    if (lex.firstNames.has(t) || lex.set('titles').has(t)) return false;
  }
  return true;
}

/**
 * Endings only nouns have, which surnames rarely take: "Aviation", "Plastics", "Worship".
 * Not "-ing" ("Fleming", "Manning").
 */
const NOUN_ENDING = /(?:tion|sion|ics|ism|ment|ance|ence|ity|ship|ogy)$/;

/** "Socialists", "Centers", "Complexes": the plural of a word of the dictionary. */
function pluralNoun(w: string, lex: Lexicon): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  return (
    lex.dictionary.has(w.slice(0, -1)) || (w.endsWith('es') && lex.dictionary.has(w.slice(0, -2)))
  );
}
