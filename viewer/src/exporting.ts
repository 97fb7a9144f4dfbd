import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { download } from './dom';
import { edgeVisible, nodeVisible } from './filters';
import type { ViewerEdge, ViewerGraph, ViewerNode, ViewState } from './state';

/** The subgraph the filters and focus let through, with the data attributes only. */
export function visibleSubgraph(graph: ViewerGraph, state: ViewState): ViewerGraph {
  const out: ViewerGraph = new MultiDirectedGraph();
  graph.forEachNode((k, a) => {
    if (nodeVisible(state, k, a)) out.addNode(k, strip(a));
  });
  graph.forEachEdge((k, a, s, t) => {
    if (edgeVisible(state, graph, a, s, t)) out.addEdgeWithKey(k, s, t, { ...a });
  });
  return out;
}

function strip(a: ViewerNode): ViewerNode {
  const { label: _l, size: _s, ...rest } = a;
  return { ...rest, label: a.name, size: a.size };
}

export function exportJson(graph: ViewerGraph, state: ViewState): void {
  const sub = visibleSubgraph(graph, state);
  download(
    new Blob([JSON.stringify(sub.export())], { type: 'application/json' }),
    'graphwire-view.json',
  );
}

export function exportGexf(graph: ViewerGraph, state: ViewState): void {
  const sub = visibleSubgraph(graph, state);
  // GEXF attributes are scalars: lists (aliases, evidence) travel as JSON text.
  sub.updateEachNodeAttributes((_k, a) => flatten(a) as ViewerNode);
  sub.updateEachEdgeAttributes((_k, a) => flatten(a) as ViewerEdge);
  download(new Blob([writeGexf(sub)], { type: 'application/xml' }), 'graphwire-view.gexf');
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
