import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { SIZE_MAX, SIZE_MIN } from './settings';
import type { SizeMode, ViewerGraph } from './state';

/** Sets each node's drawn size from its degree or PageRank (square-root scale). */
export function applySizes(graph: ViewerGraph, mode: SizeMode): void {
  if (mode === 'pagerank' && !graph.someNode((_k, a) => typeof a.pagerank === 'number')) {
    let pr: Record<string, number> = {};
    try {
      pr = pagerank(graph, { getEdgeWeight: null, maxIterations: 200 });
    } catch {
      // Did not converge: every node gets the same rank rather than none.
      graph.forEachNode((k) => {
        pr[k] = 1 / graph.order;
      });
    }
    graph.updateEachNodeAttributes((k, a) => ({ ...a, pagerank: pr[k] ?? 0 }));
  }
  // An absolute scale, so a node's size means the same in every graph:
  // degree 1 is small, about 30 is as big as nodes get.
  const order = Math.max(1, graph.order);
  const value = (a: { degree: number; pagerank?: number }) =>
    mode === 'pagerank' ? Math.sqrt((a.pagerank ?? 0) * order * 4) : Math.sqrt(a.degree);
  // No `attributes` hint: with one, sigma repaints only nodes it knows and throws
  // on nodes added since its last render (search and focus add some).
  graph.updateEachNodeAttributes((_k, a) => ({
    ...a,
    size: Math.min(SIZE_MAX, SIZE_MIN + 2.6 * value(a)),
  }));
}

/** Louvain communities, computed once per graph; returns how many. */
export function applyCommunities(graph: ViewerGraph): number {
  if (graph.size === 0) return 0;
  if (!graph.someNode((_k, a) => typeof a.community === 'number'))
    louvain.assign(graph, { getEdgeWeight: null, rng: seeded(42) });
  const ids = new Set<number>();
  graph.forEachNode((_k, a) => {
    if (typeof a.community === 'number') ids.add(a.community);
  });
  return ids.size;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
