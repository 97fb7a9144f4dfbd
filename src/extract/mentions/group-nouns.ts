import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { lookup } from './analyse-run.js';
import { LANGUAGES } from './words.js';

/** Organization votes of a name its group noun follows: the tagger's keep level (tagged-names.ts). */
export const GROUP_NOUN_VOTE = 5;

/**
 * Votes of a one-word name written like a surname ("the Sosnoff organization"):
 * a firm may be named after a person the story names too, and the person's
 * other mentions must not follow it into the group.
 */
export const SURNAME_GROUP_VOTE = 1.5;

/** The Organization votes `groupNounEnd` earns a name: fewer for a one-word name written like a surname. */
export function groupNounVote(tokens: readonly Token[], m: Mention): number {
  const one = m.e - m.s === 1 && /^\p{Lu}\p{Ll}+$/u.test((tokens[m.s] as Token).text);
  return one ? SURNAME_GROUP_VOTE : GROUP_NOUN_VOTE;
}

/** Lower-case words that may stand between the name and its noun: "news agency", "press service". */
const MODIFIERS = new Set([
  'news',
  'press',
  'camera',
  'radio',
  'television',
  'tv',
  'oil',
  'steel',
  'research',
  'opposition',
  'rebel',
  'guerrilla',
  'political',
  'private',
]);

/** Lower-case words after the noun that show it is not the head ("the X company's", "X group leader"). */
function closesThere(t: Token | undefined): boolean {
  if (!t) return true;
  if (!t.word) return t.text !== '-';
  return !t.cap;
}

/**
 * "The ANSA news agency said", "the Minox company in Heuchelheim", "China's
 * Great Wall firm", "the Atomenergoproekt institute", "the Khmer Rouge
 * faction": a name right before a noun of groups (`groupNounsAfter` in
 * data/lexicon.json; one modifier such as "news" may stand between) that ends
 * the phrase names an organisation, however rare its letters. Returns the end
 * of the noun (exclusive), or undefined. A place ("the U.S. company"), a
 * demonym, a country or a language ("the Hindi newspaper"), and a name with a
 * title or opened by a given name are not read.
 */
export function groupNounEnd(
  tokens: readonly Token[],
  m: Mention,
  lex: Lexicon,
): number | undefined {
  if (m.fixed || m.country || m.region || m.demonym || m.titles.length || m.compound)
    return undefined;
  if (m.e - m.s > 4) return undefined;
  let k = m.e;
  if (tokens[k]?.word && !tokens[k]?.cap && MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  const noun = tokens[k];
  if (!noun?.word || noun.cap || !lex.set('groupNounsAfter').has(noun.lower)) return undefined;
  if (!closesThere(tokens[k + 1]) || lex.set('groupNounsAfter').has(tokens[k + 1]?.lower ?? ''))
    return undefined;
  const first = (tokens[m.s] as Token).lower;
  // "the Hindi newspaper", "an English daily": a language says which, not who.
  if (m.e - m.s === 1 && LANGUAGES.has(first)) return undefined;
  if (lex.firstNames.has(first) && m.e - m.s > 1) return undefined;
  if (lookup(lex, m.text)?.type === 'Location' || lex.towns.has(m.text.toLowerCase()))
    return undefined;
  return k + 1;
}

/**
 * "The Interfax news agency said", "Hezbollah's Al-Manar television": a
 * one-word name no dictionary knows before its group noun is a name however
 * rare its letters, so neither the entity tagger nor the typing model doubts
 * it away. Common words ("the Full bank", "Central bank") are left to them.
 */
export function namedGroup(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s !== 1) return false;
  const w = (tokens[m.s] as Token).lower;
  if (lex.dictionary.has(w) || lex.common.has(w)) return false;
  return groupNounEnd(tokens, m, lex) !== undefined;
}
