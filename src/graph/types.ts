import type { EntityType, Evidence, FeatureType, GeoSource, Span } from '../extract/types.js';

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
  [key: string]: unknown;
}

/** Edge attributes of the JSON contract. */
export interface EdgeAttributes {
  type: string;
  /** The sentences that state it, each with the date it gives the event. */
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
