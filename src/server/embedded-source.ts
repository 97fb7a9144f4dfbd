import { buildGraph, type KnowledgeGraph } from '../graph/index.js';
import { LogStore } from '../store/index.js';
import type { GraphSource } from './types.js';

/**
 * The graph of the embedded store, built once when first asked for: the
 * store is read-only here, so the server never holds the writer lock and
 * `graphwire ingest` can run beside it (restart `view` to see new documents).
 */
export function embeddedSource(dir: string): GraphSource {
  let built: Promise<KnowledgeGraph> | undefined;
  return {
    description: `embedded store ${dir}`,
    graph() {
      built ??= (async () => {
        const store = await LogStore.open(dir);
        try {
          return buildGraph(store.extractions());
        } finally {
          await store.close();
        }
      })();
      return built;
    },
    async close() {},
  };
}
