import type {
  EntityType,
  Evidence,
  FeatureType,
  GeoSource,
  RelationType,
  Span,
} from '../extract/types.js';

/**
 * A statement the text denies ("X did not attack Y"): no edge of the graph,
 * kept on the node of its source with the relation type and the target's key.
 */
export interface CounterEvidence extends Evidence {
  type: RelationType;
  target: string;
}

/** Node attributes of the JSON contract (graphology serialization). */
export interface NodeAttributes {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  titles?: string[];
  /** Ids of documents that mention the entity. */
  docs?: string[];
  /** A Location's WGS-84 coordinates, when a gazetteer knows it (extract/places.ts). */
  lat?: number;
  lon?: number;
  /** ISO 3166 alpha-2 code of the country it is in. */
  country?: string;
  featureType?: FeatureType;
  geoSource?: GeoSource;
  /** A facility placed at the coordinates of its place. */
  geoApproximate?: boolean;
  /** Statements the texts deny with this entity as source (a negated relation is no edge). */
  counterEvidence?: CounterEvidence[];
  [key: string]: unknown;
}

/** Edge attributes of the JSON contract. */
export interface EdgeAttributes {
  type: string;
  /** The sentences that state it, each with the date it gives the event, its rule, polarity, modality and attribution. */
  evidence: Evidence[];
  count: number;
  confidence: number;
  /** The span of its evidence dates (ISO, at their precision; see graph/date-range.ts). */
  firstDate?: string;
  lastDate?: string;
  docs?: string[];
  [key: string]: unknown;
}

export interface GraphAttributes {
  name?: string;
  generator?: string;
  documents?: number;
  [key: string]: unknown;
}
