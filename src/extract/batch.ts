import { performance } from 'node:perf_hooks';
import type { Document } from '../ingest/types.js';
import { extract } from './extract.js';
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

/** Extracts and serialises documents in this thread, timing resolution apart from the rest. */
export function extractBatch(docs: readonly Document[]): ExtractedBatch {
  const clock = { resolve: 0 };
  const t0 = performance.now();
  const out = docs.map((d) => serializeExtraction(extract(d, { clock })));
  return { out, ms: { extract: performance.now() - t0 - clock.resolve, resolve: clock.resolve } };
}

/** Joins batches in order, adding up their stage times. */
export function joinBatches(parts: readonly ExtractedBatch[]): ExtractedBatch {
  const joined: ExtractedBatch = { out: [], ms: { extract: 0, resolve: 0 } };
  for (const p of parts) {
    joined.out.push(...p.out);
    joined.ms.extract += p.ms.extract;
    joined.ms.resolve += p.ms.resolve;
  }
  return joined;
}
