import type { DocExtraction } from '../extract/types.js';
import type { Skipped } from '../ingest/types.js';

/** Where extractions go: the embedded store, Neo4j, or both. */
export interface GraphSink {
  /** The stored content hash of a document, if it is stored. */
  hashOf(id: string): string | undefined | Promise<string | undefined>;
  /** Commits a batch; each extraction replaces what its document contributed. */
  commit(puts: readonly DocExtraction[]): void | Promise<void>;
}

export interface IngestProgress {
  done: number;
  total?: number;
  skipped: number;
  unchanged: number;
}

export interface IngestSummary {
  documentsRead: number;
  ingested: number;
  unchanged: number;
  skipped: number;
  skips: Skipped[];
  words: number;
  seconds: number;
  /** Seconds spent in each stage (reading overlaps extraction with workers). */
  stages: { read: number; extract: number; store: number };
}
