/** Entity types of the graph contract. */
export type EntityType = 'Person' | 'Organization' | 'Location';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Location'];

/** A span of a document's text: `text === doc.text.slice(start, end)`. */
export interface Span {
  doc: string;
  text: string;
  start: number;
  end: number;
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
}

/** One typed relation stated in one sentence. */
export interface DocRelation {
  /** DocEntity ids. */
  source: string;
  target: string;
  /** UPPER_SNAKE_CASE relation type from the vocabulary. */
  type: string;
  /** The sentence that states it. */
  evidence: Span;
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
