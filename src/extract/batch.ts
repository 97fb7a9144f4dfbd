import { performance } from 'node:perf_hooks';
import type { Document } from '../ingest/types.js';
import { extract } from './extract.js';
import { type ExtractedBatch, serializeExtraction } from './serialized.js';

/** Extracts and serialises documents in this thread, timing resolution apart from the rest. */
export function extractBatch(docs: readonly Document[]): ExtractedBatch {
  const clock = { resolve: 0 };
  const t0 = performance.now();
  const out = docs.map((d) => serializeExtraction(extract(d, { clock })));
  return { out, ms: { extract: performance.now() - t0 - clock.resolve, resolve: clock.resolve } };
}
