// The window passes' word tables, read from data/relation-words.json (relations/words.ts).
import { MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS_DOTTED, MONTH_NAMES } from '../../calendar.js';
import { WORDS } from '../words.js';

export const PREPS = WORDS.prepositions;
export const BE = WORDS.be;
/** An adverb a verb cue may stand behind: a word in -ly or one of data/relation-words.json's adverbs. */
export const isAdverb = (w: string): boolean => w.endsWith('ly') || WORDS.adverbs.has(w);
export const DETS = WORDS.determiners;
export const SUBORD = WORDS.subordinators;
export const DATE_WORDS = new Set<string>([
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS_DOTTED,
  ...MONTH_NAMES,
]);
export const RELATIVE = WORDS.relativePronouns;
export const CHARGED = WORDS.charged;
export const PHRASE_WORDS = WORDS.phraseWords;
export const LOC_OF = WORDS.placeNouns;
export const PRONOUN = WORDS.pronouns;
