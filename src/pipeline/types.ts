import type { SerializedExtraction } from '../extract/serialized.js';
import type { Skipped } from '../ingest/types.js';

/** Where extractions go: the embedded store, Neo4j, or both. */
export interface GraphSink {
  /** The stored content hash of a document, if it is stored. */
  hashOf(id: string): string | undefined | Promise<string | undefined>;
  /** The stamp of the extractor that made the stored extraction of a document. */
  stampOf(id: string): string | undefined;
  /**
   * Optional: turns a batch into what `commitBatch` will write, called as soon
   * as the batch is extracted, so this work overlaps the commit of the batch
   * before it (which is waiting on I/O). `commitBatch` then gets the same array.
   */
  prepare?(puts: readonly SerializedExtraction[]): void;
  /** Commits a batch; each extraction replaces what its document contributed. */
  commitBatch(puts: readonly SerializedExtraction[]): void | Promise<void>;
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
  /**
   * Seconds of work in each stage, summed over the threads doing it. Extraction
   * and in-document resolution run on worker threads while the main thread
   * reads and stores, so with workers the stages add up to more than `seconds`.
   */
  stages: { read: number; extract: number; resolve: number; store: number };
  /** Feed items read from their summary because they had no full content (absent when none). */
  summaryOnly?: number;
}
