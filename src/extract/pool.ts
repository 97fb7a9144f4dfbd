import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import type { Document } from '../ingest/types.js';
import { type ExtractedBatch, joinBatches } from './serialized.js';
import { shareModels } from './shared-models.js';
import type { WorkerData, WorkerRequest, WorkerResponse } from './worker.js';

export interface PoolOptions {
  /** Worker threads (default: the machine's cores). */
  workers?: number;
  /** Documents per message to a worker: larger batches cost less messaging, smaller balance better. */
  batchSize?: number;
  /** Extractions carry each sentence's tokens, tags and tree (`DocExtraction.sentences`). */
  syntax?: boolean;
  /**
   * Load the model tables once, in this thread, and share them with the
   * workers (shared-models.ts) instead of each worker building its own copy.
   */
  shareModels?: boolean;
}

export const DEFAULTS: Required<PoolOptions> = {
  workers: availableParallelism(),
  batchSize: 16,
  syntax: false,
  shareModels: true,
};

export interface ExtractPool {
  /** Extracts documents on the workers; results come back serialised, in input order. */
  extract(docs: readonly Document[]): Promise<ExtractedBatch>;
  close(): Promise<void>;
}

/** The compiled worker: next to this file in dist, or in dist when this runs from src (tests). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/extract/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new UsageError('the extraction worker is not built: run `npm run build` first');
}

interface Task {
  id: number;
  docs: Document[];
  resolve: (out: ExtractedBatch) => void;
  reject: (err: Error) => void;
}

/**
 * A pool of worker threads running `extract`. Output is identical to
 * in-process extraction (extract is pure); batches go to whichever worker
 * is free, and each call's results are put back in input order.
 */
export function createExtractPool(options?: PoolOptions): ExtractPool {
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.workers) || opts.workers < 1)
    throw new UsageError(`workers must be a positive integer, got ${opts.workers}`);
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1)
    throw new UsageError(`batchSize must be a positive integer, got ${opts.batchSize}`);
  const url = workerUrl();
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  const idle: Worker[] = [];
  let nextId = 0;
  let closed = false;

  const pump = () => {
    while (idle.length && queue.length) {
      const w = idle.pop() as Worker;
      const t = queue.shift() as Task;
      busy.set(w, t);
      w.postMessage({ id: t.id, docs: t.docs, syntax: opts.syntax } satisfies WorkerRequest);
    }
  };
  const workers: Worker[] = [];
  const workerData: WorkerData = opts.shareModels ? { models: shareModels() } : {};
  for (let i = 0; i < opts.workers; i++) {
    const w = new Worker(url, { workerData });
    w.on('message', (res: WorkerResponse) => {
      const t = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (t && res.id === t.id) {
        if (res.ok) t.resolve(res.batch);
        else t.reject(new Error(`extraction failed in a worker: ${res.error}`));
      }
      pump();
    });
    w.on('error', (err) => {
      const t = busy.get(w);
      busy.delete(w);
      t?.reject(err);
    });
    workers.push(w);
    idle.push(w);
  }

  return {
    async extract(docs) {
      if (closed) throw new UsageError('the extraction pool is closed');
      const parts: Promise<ExtractedBatch>[] = [];
      for (let i = 0; i < docs.length; i += opts.batchSize) {
        const slice = docs.slice(i, i + opts.batchSize);
        parts.push(
          new Promise((resolve, reject) => {
            queue.push({ id: nextId++, docs: slice, resolve, reject });
          }),
        );
      }
      pump();
      return joinBatches(await Promise.all(parts));
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
