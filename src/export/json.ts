import type { KnowledgeGraph } from '../graph/index.js';

/** graphology's serialization format, the contract the viewer and the exports read. */
export function toJson(graph: KnowledgeGraph, options?: { pretty?: boolean }): string {
  return JSON.stringify(graph.export(), null, options?.pretty ? 2 : undefined);
}
