import type { SentenceSyntax } from './syntax/index.js';

/** Entity types of the graph contract. */
export type EntityType = 'Person' | 'Organization' | 'Location';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Location'];

/** A span of a document's text: `text === doc.text.slice(start, end)`. */
export interface Span {
  doc: string;
  text: string;
  start: number;
  end: number;
  /** 1-based page where the span starts, for paged documents (PDF). */
  page?: number;
}

/** Where an evidence date comes from: the sentence itself, or the article's date. */
export type DateSource = 'text' | 'article';

/** The sentence that states a relation, with when it says the event happened. */
export interface Evidence extends Span {
  /** ISO date at the precision the text gives: `YYYY`, `YYYY-MM`, `YYYY-Www` or `YYYY-MM-DD`. */
  date?: string;
  /** The words that date it ("on Thursday", "a 2006"), when the sentence does. */
  dateText?: string;
  dateSource?: DateSource;
}

/** What kind of place a Location is. */
export type FeatureType = 'country' | 'region' | 'city' | 'facility';

/** Which gazetteer gave the coordinates (all carried in data/places.tsv). */
export type GeoSource = 'countries' | 'us-states' | 'towns';

/** Where a Location is: WGS-84 degrees, its ISO 3166 country code, and how that was found. */
export interface Geo {
  lat: number;
  lon: number;
  country: string;
  featureType: FeatureType;
  geoSource: GeoSource;
  /** A facility placed at the coordinates of the place it is in. */
  approximate?: boolean;
}

/** One entity as found in one document, after in-document resolution. */
export interface DocEntity {
  /** Key local to the document extraction (e.g. `e0`). */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form the document uses, without titles. */
  name: string;
  /** Other surface forms in the document that mean the same entity. */
  aliases: string[];
  mentions: Span[];
  /** Titles and roles met before or beside the name (Gen., President). */
  titles?: string[];
  /** Coordinates of a Location, when a gazetteer knows it (see places.ts). */
  geo?: Geo;
}

/** Whether the text asserts a statement or denies it ("did not attack", "denied killing"). */
export type Polarity = 'asserted' | 'negated';

/** How the text holds a statement: done, planned or threatened, possible, or alleged. */
export type Modality = 'happened' | 'planned' | 'possible' | 'alleged';

export const POLARITIES: readonly Polarity[] = ['asserted', 'negated'];
export const MODALITIES: readonly Modality[] = ['happened', 'planned', 'possible', 'alleged'];

/**
 * A sentence that states a relation, and how it states it. The marks are
 * optional in the contract so graphs written before them still read.
 */
export interface Evidence extends Span {
  /** The rule that found the relation in this sentence. */
  rule?: string;
  polarity?: Polarity;
  modality?: Modality;
  /** Who says so: entity ids in a document extraction, node keys in the graph. */
  attributedTo?: string[];
}

/** One typed relation stated in one sentence. */
export interface DocRelation {
  /** DocEntity ids. */
  source: string;
  target: string;
  /** UPPER_SNAKE_CASE relation type from the vocabulary. */
  type: RelationType;
  /** The sentence that states it, dated (see dates.ts), with the rule, polarity, modality and attribution. */
  evidence: Evidence;
  /** 0..1, how sure the rule that fired is. */
  confidence: number;
}

/** What one document contributes to the graph. */
export interface DocExtraction {
  doc: { id: string; hash: string; title?: string; date?: string; url?: string; source?: string };
  entities: DocEntity[];
  relations: DocRelation[];
  /** Word count, for throughput figures. */
  words: number;
  /** Each sentence's tokens (offsets into the text), tags and tree, when asked for (`syntax: true`). */
  sentences?: SentenceSyntax[];
}

/**
 * The relation vocabulary: the only relationship types the graph, the Cypher
 * script and the CSV export accept (relationship types cannot be Cypher
 * parameters, so they come from this list and nowhere else).
 */
export const RELATION_TYPES = [
  'KILLED',
  'ATTACKED',
  'WARNED',
  'THREATENED',
  'ACCUSED',
  'ORDERED',
  'DEPLOYED_TO',
  'SUPPORTS',
  'COMMANDED',
  'LEADS',
  'MEMBER_OF',
  'WORKS_FOR',
  'LIVES_IN',
  'LOCATED_IN',
  'BASED_IN',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

/** Whether a string (from data or an imported file) names a relation type of the vocabulary. */
export function isRelationType(s: string): s is RelationType {
  return RELATION_SET.has(s);
}

/** Votes for the type of a mention, from gazetteers, head nouns, titles and context. */
export type TypeVotes = Record<EntityType, number>;

/** A name found in a sentence, before in-document resolution. */
export interface Mention {
  /** Index of the sentence in the document. */
  sent: number;
  /** Token range [s, e) of the name inside its sentence. */
  s: number;
  e: number;
  /** First token of the whole phrase, titles and country prefix included. */
  outer: number;
  /** The name as written (a span of the document). */
  text: string;
  start: number;
  end: number;
  /** Name the mention proposes for its entity (a gazetteer's canonical form, or the text). */
  name: string;
  votes: TypeVotes;
  /** From a curated gazetteer: the type is certain. */
  fixed?: EntityType;
  titles: string[];
  /** Lower-cased title phrase before the name ("president", "defense secretary"). */
  title?: string;
  /** What the title is of: the mention before it ("Iranian President X" -> Iranian). */
  titleOf?: Mention;
  /** A country, as opposed to a city or region. */
  country?: boolean;
  /** A US state or similar region. */
  region?: boolean;
  /** A first-level region outside the US (data/regions.json): "Kimberley, B.C.". */
  province?: boolean;
  /** A demonym standing for its country ("Iranian"). */
  demonym?: boolean;
  /** Written like a town of the towns gazetteer (data/towns.txt); a hint, not a type. */
  town?: boolean;
  /** Lower-case word joined by a hyphen ("backed" in Iran-backed). */
  compound?: string;
  /** All capitals, like an acronym. */
  acronym?: boolean;
  /** A facility named after a place ("Baghdad's airport"): the place's mention index. */
  facilityOf?: number;
  /** The place a wire service files from ("Beijing XINHUA"). */
  basedAt?: Mention;
  /** Common nouns an appositive gives the name ("X, an armed militia" -> militia). */
  nouns?: string[];
  /** Other written forms of the same name ("Palm Beach, Fla." for Palm Beach). */
  forms?: string[];
  /** The name with the group noun after it ("Minox company"): a written form of the group only. */
  groupForm?: string;
  /** A company by its form (a suffix, a ticker, a firm's possessive, a coined name): never retyped a person. */
  firm?: boolean;
  /** A town written with its state after a preposition ("of Shirley, Mass."): never retyped a person. */
  statedTown?: boolean;
  /** A shorter form of a firm the document names in full ("Gilmore ... Gilmore Brothers Holdings"). */
  echoed?: boolean;
  /** The learned typing pass doubts it is an entity: kept only where a relation uses it. */
  doubtful?: boolean;
  /** The entity tagger is sure it is a name: the typing pass does not doubt it. */
  tagged?: boolean;
  /** The subject of a verb in the tree ("Sirhan shot him"): a name the typing pass does not doubt. */
  acts?: boolean;
  /** Index into the document's entity list, once resolved. */
  entity?: number;
  /**
   * A pronoun or a definite noun ("the company") that stands for an entity
   * named in an earlier sentence (src/extract/coreference): the pass that
   * read it and the sentence that names the entity. Relation rules read it as
   * the name; it is no name of the entity's own (no alias, no mention span).
   */
  anaphor?: { rule: string; sent: number };
}
