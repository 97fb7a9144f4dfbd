import { performance } from 'node:perf_hooks';
import type { Document, Skipped } from '../ingest/types.js';
import { type ExtractOptions, extract } from './extract.js';
import {
  type ExtractedBatch,
  type SerializedExtraction,
  serializeExtraction,
} from './serialized.js';

/**
 * Extracts and serialises documents in this thread, timing resolution apart
 * from the rest. A document whose extraction throws is reported in `failed`
 * (a bug of the extractor should cost one article, not the batch).
 */
export function extractBatch(
  docs: readonly Document[],
  options?: Pick<ExtractOptions, 'syntax'>,
): ExtractedBatch {
  const clock = { resolve: 0 };
  const t0 = performance.now();
  const out: SerializedExtraction[] = [];
  const failed: Skipped[] = [];
  for (const d of docs) {
    try {
      out.push(serializeExtraction(extract(d, { ...options, clock })));
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      failed.push({ source: d.source ?? d.id, reason: `${d.id}: extraction failed: ${why}` });
    }
  }
  return {
    out,
    failed,
    ms: { extract: performance.now() - t0 - clock.resolve, resolve: clock.resolve },
  };
}
