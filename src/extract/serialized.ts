import type { Skipped } from '../ingest/types.js';
import { extractorStamp } from './stamp.js';
import type { DocExtraction } from './types.js';

/**
 * One document's extraction as it travels to the store: serialised once, by
 * whoever extracted it (a worker thread, usually), so the main thread moves a
 * string instead of rebuilding and re-serialising an object graph.
 */
export interface SerializedExtraction {
  id: string;
  hash: string;
  /** The extractor that made it (see extractorStamp). */
  stamp: string;
  words: number;
  /** `JSON.stringify` of the DocExtraction. */
  json: string;
}

/** A batch of serialised extractions and the milliseconds its stages took. */
export interface ExtractedBatch {
  out: SerializedExtraction[];
  /** Documents whose extraction threw: reported and left out, the rest of the batch goes on. */
  failed: Skipped[];
  ms: { extract: number; resolve: number };
}

export function serializeExtraction(ext: DocExtraction): SerializedExtraction {
  return {
    id: ext.doc.id,
    hash: ext.doc.hash,
    stamp: extractorStamp(),
    words: ext.words,
    json: JSON.stringify(ext),
  };
}

export function parseExtraction(s: SerializedExtraction): DocExtraction {
  return JSON.parse(s.json) as DocExtraction;
}

/** Joins batches in order, adding up their stage times. */
export function joinBatches(parts: readonly ExtractedBatch[]): ExtractedBatch {
  const joined: ExtractedBatch = { out: [], failed: [], ms: { extract: 0, resolve: 0 } };
  for (const p of parts) {
    joined.out.push(...p.out);
    joined.failed.push(...p.failed);
    joined.ms.extract += p.ms.extract;
    joined.ms.resolve += p.ms.resolve;
  }
  return joined;
}
