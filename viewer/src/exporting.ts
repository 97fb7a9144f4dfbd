import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type { SerializedGraph } from 'graphology-types';
import type Sigma from 'sigma';
import { download } from './dom';
import { edgeVisible, nodeVisible } from './filters';
import type { ViewerEdge, ViewerGraph, ViewerNode, ViewState } from './state';

/**
 * The subgraph the filters and focus let through. `full` fetches every
 * attribute of those nodes (evidence, mentions) when the page holds only
 * what it draws, as with the server's big graphs.
 */
export async function visibleSubgraph(
  graph: ViewerGraph,
  state: ViewState,
  full?: (keys: string[]) => Promise<SerializedGraph>,
): Promise<ViewerGraph> {
  const nodes = graph.filterNodes((k, a) => nodeVisible(state, k, a));
  const edges = new Set(graph.filterEdges((_k, a, s, t) => edgeVisible(state, graph, a, s, t)));
  const out: ViewerGraph = new MultiDirectedGraph();
  if (full) {
    const data = await full(nodes);
    for (const n of data.nodes) {
      const shown = graph.getNodeAttributes(n.key);
      out.addNode(n.key, {
        ...(n.attributes as ViewerNode),
        x: shown.x,
        y: shown.y,
        size: shown.size,
      });
    }
    for (const e of data.edges)
      if (e.key && edges.has(e.key))
        out.addEdgeWithKey(e.key, e.source, e.target, e.attributes as ViewerEdge);
    return out;
  }
  for (const k of nodes) out.addNode(k, { ...graph.getNodeAttributes(k) });
  for (const k of edges)
    out.addEdgeWithKey(k, graph.source(k), graph.target(k), { ...graph.getEdgeAttributes(k) });
  return out;
}

type Full = ((keys: string[]) => Promise<SerializedGraph>) | undefined;

/** Downloads the visible subgraph as graphology JSON (the JSON contract). */
export async function exportJson(graph: ViewerGraph, state: ViewState, full: Full): Promise<void> {
  const sub = await visibleSubgraph(graph, state, full);
  sub.updateEachNodeAttributes((_k, a) => withoutDisplay(a));
  const blob = new Blob([JSON.stringify(sub.export())], { type: 'application/json' });
  download(blob, 'graphwire-view.json');
}

/** Downloads the visible subgraph as GEXF, with positions, sizes and colours. */
export async function exportGexf(graph: ViewerGraph, state: ViewState, full: Full): Promise<void> {
  const sub = await visibleSubgraph(graph, state, full);
  // GEXF attributes are scalars: lists (aliases, evidence) travel as JSON text.
  sub.updateEachNodeAttributes((_k, a) => flatten({ ...a, label: a.name }) as ViewerNode);
  sub.updateEachEdgeAttributes((_k, a) => flatten(a) as ViewerEdge);
  download(new Blob([writeGexf(sub)], { type: 'application/xml' }), 'graphwire-view.gexf');
}

/** Node attributes of the JSON contract only: no drawing state. */
function withoutDisplay(a: ViewerNode): ViewerNode {
  const { label: _l, size: _s, x: _x, y: _y, pagerank: _p, community: _c, ...rest } = a;
  return rest as ViewerNode;
}

function flatten(a: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a))
    out[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
  return out;
}

export function exportPng(renderer: Sigma<ViewerNode, ViewerEdge>): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, {
    fileName: 'graphwire-view',
    backgroundColor: '#ffffff',
  });
}
