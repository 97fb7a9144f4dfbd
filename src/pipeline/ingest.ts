import { performance } from 'node:perf_hooks';
import type { ExtractedBatch } from '../extract/serialized.js';
import { extractorStamp } from '../extract/stamp.js';
import { type ReadOptions, readDocuments } from '../ingest/index.js';
import type { Document, Skipped } from '../ingest/types.js';
import type { GraphSink, IngestProgress, IngestSummary } from './types.js';

export interface IngestOptions {
  read?: ReadOptions;
  /** Documents per committed batch. */
  batchSize?: number;
  /** Re-extract documents whose hash is unchanged. */
  force?: boolean;
  /** Batches extracted but not yet stored, at most (more keeps workers busy while the store writes). */
  inFlight?: number;
  /** Extraction function; a worker pool passes its own. */
  extract?: (docs: Document[]) => ExtractedBatch | Promise<ExtractedBatch>;
  onProgress?: (p: IngestProgress) => void;
  onSkip?: (s: Skipped) => void;
}

export const DEFAULTS = { batchSize: 256, force: false, inFlight: 2 };

/**
 * Reads documents, extracts those that are new or changed, and commits them
 * to the sink in bounded batches: memory holds a few batches, never the corpus.
 * A document whose content hash is already stored, by this version of the
 * extractor, is left alone.
 */
export async function ingest(
  paths: readonly string[],
  sink: GraphSink,
  options?: IngestOptions,
): Promise<IngestSummary> {
  const opts = { ...DEFAULTS, ...options };
  // The extractor (and the word lists it loads) only when extraction happens here.
  const run =
    opts.extract ??
    (async (docs: Document[]) => (await import('../extract/batch.js')).extractBatch(docs));
  // A document stored by another version of the extractor is extracted again.
  const stamp = extractorStamp();
  const t0 = performance.now();
  const summary: IngestSummary = {
    documentsRead: 0,
    ingested: 0,
    unchanged: 0,
    skipped: 0,
    skips: [],
    words: 0,
    seconds: 0,
    stages: { read: 0, extract: 0, resolve: 0, store: 0 },
  };
  const progress = () =>
    opts.onProgress?.({
      done: summary.documentsRead,
      skipped: summary.skipped,
      unchanged: summary.unchanged,
    });
  let batch: Document[] = [];
  const seen = new Set<string>();
  // Batches are extracted while the next ones are read, and stored in order.
  // Up to `inFlight` are between the two, so workers keep going while the
  // store writes; a failure is rethrown when its batch is awaited.
  const inflight: Promise<void>[] = [];
  let stored: Promise<void> = Promise.resolve();
  const flush = async (docs: Document[]) => {
    while (inflight.length >= opts.inFlight) await inflight.shift();
    const extracted = Promise.resolve(run(docs)).then((b) => {
      if (sink.prepare) {
        const tp = performance.now();
        sink.prepare(b.out);
        summary.stages.store += (performance.now() - tp) / 1000;
      }
      return b;
    });
    extracted.catch(() => {});
    stored = stored.then(async () => {
      const b = await extracted;
      summary.stages.extract += b.ms.extract / 1000;
      summary.stages.resolve += b.ms.resolve / 1000;
      const ts = performance.now();
      await sink.commitBatch(b.out);
      summary.stages.store += (performance.now() - ts) / 1000;
      for (const e of b.out) summary.words += e.words;
      summary.ingested += b.out.length;
      for (const skip of b.failed) {
        summary.skipped++;
        summary.documentsRead--;
        if (summary.skips.length < 1000) summary.skips.push(skip);
        opts.onSkip?.(skip);
      }
    });
    stored.catch(() => {});
    inflight.push(stored);
  };
  let tr = performance.now();
  for await (const item of readDocuments(paths, opts.read)) {
    summary.stages.read += (performance.now() - tr) / 1000;
    if (item.kind === 'skip') {
      summary.skipped++;
      if (summary.skips.length < 1000) summary.skips.push(item.skip);
      opts.onSkip?.(item.skip);
    } else {
      const doc = item.doc;
      summary.documentsRead++;
      if (doc.summaryOnly) summary.summaryOnly = (summary.summaryOnly ?? 0) + 1;
      if (seen.has(doc.id)) {
        const skip = {
          source: doc.source ?? doc.id,
          reason: `duplicate document id ${JSON.stringify(doc.id)}, the first one is kept`,
        };
        summary.skipped++;
        summary.documentsRead--;
        if (summary.skips.length < 1000) summary.skips.push(skip);
        opts.onSkip?.(skip);
      } else {
        seen.add(doc.id);
        if (
          !opts.force &&
          (await sink.hashOf(doc.id)) === doc.hash &&
          sink.stampOf(doc.id) === stamp
        )
          summary.unchanged++;
        else batch.push(doc);
      }
      if (batch.length >= opts.batchSize) {
        const docs = batch;
        batch = [];
        await flush(docs);
      }
    }
    progress();
    tr = performance.now();
  }
  if (batch.length) await flush(batch);
  await stored;
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
