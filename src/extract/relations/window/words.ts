import { MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS_DOTTED, MONTH_NAMES } from '../../calendar.js';
import type { EntityType } from '../../types.js';

export const PREPS = new Set([
  'of',
  'by',
  'for',
  'to',
  'from',
  'in',
  'at',
  'on',
  'with',
  'near',
  'into',
  'against',
  'toward',
  'towards',
  'over',
  'about',
  'like',
  'including',
  'than',
  'between',
  'among',
  'under',
  'across',
  'around',
  'through',
  'without',
  'within',
  'via',
  'outside',
  'inside',
  'behind',
]);
export const BE = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
  'got',
  'get',
  'gets',
]);
export const ADVERB =
  /ly$|^(?:also|not|never|reportedly|allegedly|later|then|already|just|both|all)$/;
export const DETS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
export const SUBORD = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'though',
  'if',
  'since',
  'until',
  'unless',
  'whereas',
  'whether',
]);
export const DATE_WORDS = new Set<string>([
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS_DOTTED,
  ...MONTH_NAMES,
]);
export const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);
export const CHARGED = new Set([
  'convicted',
  'accused',
  'guilty',
  'suspected',
  'charged',
  'acquitted',
  'arrested',
  'sentenced',
]);
export const PHRASE_WORDS = new Set([
  'in',
  'of',
  'known',
  'as',
  'called',
  'named',
  'such',
  'including',
  'and',
  'the',
  'a',
  'an',
  'shiite',
  'sunni',
  'armed',
  'paramilitary',
  'local',
  'allied',
]);
export const LOC_OF = new Set([
  'city',
  'town',
  'village',
  'capital',
  'province',
  'region',
  'district',
  'port',
  'enclave',
  'state',
  'island',
  'county',
]);
// Maps, not object literals: a word of the text ("constructor") must never find a prototype property.
export const PRONOUN = new Map<string, EntityType[]>([
  ['he', ['Person']],
  ['she', ['Person']],
  ['it', ['Organization', 'Location']],
  ['they', ['Organization']],
]);
