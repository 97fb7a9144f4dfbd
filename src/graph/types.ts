import type { EntityType, Span } from '../extract/types.js';

/** Node attributes of the JSON contract (graphology serialization). */
export interface NodeAttributes {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  titles?: string[];
  /** Ids of documents that mention the entity. */
  docs?: string[];
  [key: string]: unknown;
}

/** Edge attributes of the JSON contract. */
export interface EdgeAttributes {
  type: string;
  evidence: Span[];
  count: number;
  confidence: number;
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
