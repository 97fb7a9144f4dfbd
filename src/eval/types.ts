import type { EntityType } from '../extract/types.js';

/** One gold entity of a gold file (see shared/gold/README.md). */
export interface GoldEntity {
  name: string;
  type: EntityType | EntityType[];
  aliases?: string[];
  optional?: boolean;
}

/** One gold relation: source, type and target are lists of acceptable values. */
export interface GoldRelation {
  source: string[];
  type: string[];
  target: string[];
  optional?: boolean;
  evidence?: string | null;
}

/** The annotations of one article. */
export interface GoldFile {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** The parts of graphology's `graph.export()` the scorer reads. */
export interface GraphJson {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  /** Counts behind the ratios, so several files can be summed. */
  tp: number;
  predicted: number;
  gold: number;
}

export interface EntityScore extends Prf {
  /** Required gold entities no node matched. */
  misses: string[];
  /** Predicted nodes that match no gold entity, or duplicate a matched one. */
  falsePositives: string[];
}

export interface RelationScore extends Prf {
  misses: string[];
  falsePositives: string[];
  /** Per rule (named by the edge's evidence in the document): edges it found and how many were right. */
  byRule: Record<string, { correct: number; predicted: number }>;
  /** The same per relation type. */
  byType: Record<string, { correct: number; predicted: number }>;
}

export interface Score {
  doc: string;
  entities: EntityScore;
  relations: RelationScore;
}
