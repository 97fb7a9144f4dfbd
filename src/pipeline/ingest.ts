import { performance } from 'node:perf_hooks';
import { extract as extractDefault } from '../extract/index.js';
import type { DocExtraction } from '../extract/types.js';
import { type ReadOptions, readDocuments } from '../ingest/index.js';
import type { Document, Skipped } from '../ingest/types.js';
import type { GraphSink, IngestProgress, IngestSummary } from './types.js';

export interface IngestOptions {
  read?: ReadOptions;
  /** Documents per committed batch. */
  batchSize?: number;
  /** Re-extract documents whose hash is unchanged. */
  force?: boolean;
  /** Extraction function; a worker pool passes its own. */
  extract?: (docs: Document[]) => Promise<DocExtraction[]>;
  onProgress?: (p: IngestProgress) => void;
  onSkip?: (s: Skipped) => void;
}

export const DEFAULTS = { batchSize: 256, force: false };

/**
 * Reads documents, extracts those that are new or changed, and commits them
 * to the sink in bounded batches: memory holds one batch, never the corpus.
 * A document whose content hash is already stored is left alone.
 */
export async function ingest(
  paths: readonly string[],
  sink: GraphSink,
  options?: IngestOptions,
): Promise<IngestSummary> {
  const opts = { ...DEFAULTS, ...options };
  const run = opts.extract ?? (async (docs: Document[]) => docs.map((d) => extractDefault(d)));
  const t0 = performance.now();
  const summary: IngestSummary = {
    documentsRead: 0,
    ingested: 0,
    unchanged: 0,
    skipped: 0,
    skips: [],
    words: 0,
    seconds: 0,
    stages: { read: 0, extract: 0, store: 0 },
  };
  const progress = () =>
    opts.onProgress?.({
      done: summary.documentsRead,
      skipped: summary.skipped,
      unchanged: summary.unchanged,
    });
  let batch: Document[] = [];
  const seen = new Set<string>();
  // Extraction of one batch overlaps reading of the next.
  let inflight: Promise<void> = Promise.resolve();
  const flush = async (docs: Document[]) => {
    const te = performance.now();
    const exts = await run(docs);
    summary.stages.extract += (performance.now() - te) / 1000;
    const ts = performance.now();
    await sink.commit(exts);
    summary.stages.store += (performance.now() - ts) / 1000;
    for (const e of exts) summary.words += e.words;
    summary.ingested += exts.length;
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
        if (!opts.force && (await sink.hashOf(doc.id)) === doc.hash) summary.unchanged++;
        else batch.push(doc);
      }
      if (batch.length >= opts.batchSize) {
        const docs = batch;
        batch = [];
        await inflight;
        inflight = flush(docs);
        // Its failure is rethrown by the next `await inflight`; until then it is not unhandled.
        inflight.catch(() => {});
      }
    }
    progress();
    tr = performance.now();
  }
  await inflight;
  if (batch.length) await flush(batch);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
