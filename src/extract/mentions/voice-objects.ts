import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { type DEFAULTS, type LoneFirmInput, retypeLoneFirms } from './lone-firms.js';

/**
 * "a spokesman for Keidanren said", "an official of Amtorg", "a unit of
 * Vestrol": a voice or a part of a body (`firmVoices` in data/lexicon.json)
 * then "for" or "of" names the body. A politician has spokesmen too ("a
 * spokesman for Dole"), but news names a person in full or with a title
 * first, so only a lone one-word name (`retypeLoneFirms` says which; "Clayton
 * Yeutter ... a spokesman for Yeutter" stays a person) becomes an Organization.
 */
export function retypeVoiceObjects(
  input: LoneFirmInput,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  retypeLoneFirms(
    input,
    lex,
    (c) => c.mentions.some((m) => voiceObject(input.sentences[m.sent], m, lex)),
    options,
  );
}

/** "a spokesman for X", "an official of X": a voice noun and "for" or "of" just before the name. */
function voiceObject(sc: SentenceContext | undefined, m: Mention, lex: Lexicon): boolean {
  const prep = sc?.tokens[m.s - 1]?.lower;
  const noun = sc?.tokens[m.s - 2];
  return (prep === 'for' || prep === 'of') && !!noun && lex.set('firmVoices').has(noun.lower);
}
