import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../ingest/types.js';
import { extractBatch } from './batch.js';
import { prepare } from './extract.js';
import type { ExtractedBatch } from './serialized.js';
import { adoptModels, type SharedModels } from './shared-models.js';

/** One batch of documents to extract, tagged so the pool can match the answer. */
export interface WorkerRequest {
  id: number;
  docs: Document[];
  /** Carry each sentence's tokens, tags and tree back too. */
  syntax?: boolean;
}

export type WorkerResponse =
  | { id: number; ok: true; batch: ExtractedBatch }
  | { id: number; ok: false; error: string };

/** What the pool passes a worker when it starts. */
export interface WorkerData {
  /** Model tables the pool loaded, shared instead of loaded again here. */
  models?: SharedModels;
}

const data = workerData as WorkerData | null;
if (data?.models) adoptModels(data.models);
// Build the lexicons now, while the main thread is still reading the first batch.
prepare();

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    parentPort?.postMessage({
      id: req.id,
      ok: true,
      batch: extractBatch(req.docs, { syntax: req.syntax ?? false }),
    } satisfies WorkerResponse);
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    parentPort?.postMessage({ id: req.id, ok: false, error } satisfies WorkerResponse);
  }
});
