import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph, type KnowledgeGraph, mergeGraphs } from '../graph/index.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types.js';
import type { LogStore } from './log-store.js';

/**
 * The store's graph: built from the stored extractions, or, after
 * `graphwire import`, the imported graph with every document it does not
 * cover (ingested later, or changed since) merged on top.
 */
export async function loadGraph(store: LogStore): Promise<KnowledgeGraph> {
  const imported = await store.imported();
  if (!imported) return buildGraph(store.extractions());
  const base = MultiDirectedGraph.from(
    imported.graph as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
  ) as KnowledgeGraph;
  const newer = [...store.extractions()].filter(
    (ext) => imported.covers[ext.doc.id] !== ext.doc.hash,
  );
  return newer.length === 0 ? base : mergeGraphs(base, buildGraph(newer));
}
