import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  COMMUNITY_COLORS,
  DIM_EDGE,
  DIM_NODE,
  EDGE_COLOR,
  HIGHLIGHT_EDGE,
  HIGHLIGHT_MARKED_EDGE,
  MARKED_EDGE,
  typeColor,
} from './settings';
import type { ViewerEdge, ViewerGraph, ViewerNode, ViewState } from './state';

/** Whether the filters and focus mode let a node show. */
export function nodeVisible(state: ViewState, key: string, a: ViewerNode): boolean {
  if (state.hiddenNodeTypes.has(a.type)) return false;
  if (a.degree < state.minDegree) return false;
  if (state.focus && !state.focus.nodes.has(key)) return false;
  if (state.timeRange && !state.timeRange.nodes.has(key)) return false;
  if (state.map && !state.map.has(key)) return false;
  return true;
}

/** Whether an edge shows: its relation type is on and both ends show. */
export function edgeVisible(
  state: ViewState,
  graph: ViewerGraph,
  a: ViewerEdge,
  source: string,
  target: string,
  key?: string,
): boolean {
  if (state.hiddenEdgeTypes.has(a.type)) return false;
  if (state.timeRange && key !== undefined && !state.timeRange.edges.has(key)) return false;
  return (
    nodeVisible(state, source, graph.getNodeAttributes(source)) &&
    nodeVisible(state, target, graph.getNodeAttributes(target))
  );
}

export function nodeColor(state: ViewState, a: ViewerNode): string {
  if (state.colorMode === 'community' && typeof a.community === 'number')
    return COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length] as string;
  return typeColor(a.type);
}

/**
 * Sigma's node reducer: display state (filters, focus, hover, selection)
 * applied to a copy of the node's data, never to the graph.
 */
export function nodeReducer(state: ViewState) {
  return (key: string, a: ViewerNode): Partial<NodeDisplayData> => {
    const d: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      size: a.size,
      label: a.label,
      color: nodeColor(state, a),
    };
    if (!nodeVisible(state, key, a)) return { ...d, hidden: true };
    if (state.hovered && state.hoveredNeighbours) {
      if (key === state.hovered) d.highlighted = true;
      else if (!state.hoveredNeighbours.has(key)) {
        d.color = DIM_NODE;
        d.label = '';
        d.zIndex = 0;
        return d;
      }
      d.zIndex = 1;
    }
    if (key === state.selected) {
      d.highlighted = true;
      d.zIndex = 2;
    }
    return d;
  };
}

export function edgeReducer(state: ViewState, graph: ViewerGraph) {
  return (key: string, a: ViewerEdge): Partial<EdgeDisplayData> => {
    const source = graph.source(key);
    const target = graph.target(key);
    const label = a.mark ? `${a.type} (${a.mark})` : a.type;
    const d: Partial<EdgeDisplayData> = {
      color: a.mark ? MARKED_EDGE : EDGE_COLOR,
      size: Math.min(1 + Math.log2(a.count ?? 1), 5),
      label: '',
    };
    if (!edgeVisible(state, graph, a, source, target, key)) return { ...d, hidden: true };
    const around = state.hovered ?? state.selected;
    if (around) {
      if (source === around || target === around) {
        d.color = a.mark ? HIGHLIGHT_MARKED_EDGE : HIGHLIGHT_EDGE;
        d.label = label;
        d.zIndex = 1;
      } else if (state.hovered) {
        d.color = DIM_EDGE;
      }
    }
    if (state.zoomedIn) d.label = label;
    return d;
  };
}

/** Counts what the filters let through, for the status line and the tests. */
export function countVisible(
  state: ViewState,
  graph: ViewerGraph,
): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((k, a) => {
    if (nodeVisible(state, k, a)) nodes++;
  });
  graph.forEachEdge((k, a, s, t) => {
    if (edgeVisible(state, graph, a, s, t, k)) edges++;
  });
  return { nodes, edges };
}

/** The N-hop neighbourhood of a node in the graph on screen. */
export function neighbourhood(graph: ViewerGraph, key: string, hops: number): Set<string> {
  const seen = new Set([key]);
  let frontier = [key];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    frontier = next;
  }
  return seen;
}
