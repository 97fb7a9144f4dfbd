import { parentPort } from 'node:worker_threads';
import type { Document } from '../ingest/types.js';
import { extract } from './extract.js';

/** One batch of documents to extract, tagged so the pool can match the answer. */
export interface WorkerRequest {
  id: number;
  docs: Document[];
}

export type WorkerResponse =
  | { id: number; ok: true; out: ReturnType<typeof extract>[] }
  | { id: number; ok: false; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const out = req.docs.map((d) => extract(d));
    parentPort?.postMessage({ id: req.id, ok: true, out } satisfies WorkerResponse);
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    parentPort?.postMessage({ id: req.id, ok: false, error } satisfies WorkerResponse);
  }
});
