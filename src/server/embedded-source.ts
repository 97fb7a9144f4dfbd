import type { KnowledgeGraph } from '../graph/index.js';
import { LogStore, loadGraph } from '../store/index.js';
import type { GraphSource } from './types.js';

/**
 * The graph of the embedded store (an imported graph included), built once
 * when first asked for: the
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
          return await loadGraph(store);
        } finally {
          await store.close();
        }
      })();
      return built;
    },
    async close() {},
  };
}
