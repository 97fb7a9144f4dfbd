import type { Settings } from 'sigma/settings';
import type { ViewerEdge, ViewerNode } from './state';

/** Colour of each entity type; the legend and the nodes read it from here. */
export const TYPE_COLORS: Record<string, string> = {
  Person: '#e4572e',
  Organization: '#2e86ab',
  Location: '#3bb273',
};
export const OTHER_COLOR = '#999999';
export const DIM_NODE = '#e6e6e6';
export const DIM_EDGE = '#f0f0f0';
export const EDGE_COLOR = '#c4c4c4';
export const HIGHLIGHT_EDGE = '#555555';
/** An edge no sentence states as a fact (alleged, possible, planned). */
export const MARKED_EDGE = '#e0a030';
export const HIGHLIGHT_MARKED_EDGE = '#b36b00';

/** A qualitative palette for Louvain communities (cycled). */
export const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#ad494a',
  '#637939',
  '#8c6d31',
  '#843c39',
  '#7b4173',
];

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}

/** Zoom ratio under which every visible edge shows its relation type. */
export const EDGE_LABEL_RATIO = 0.35;

/** Past this many nodes the viewer trades looks for speed. */
export const BIG_GRAPH = 3000;

/** Sigma settings: labels on a coarse grid and only for big enough nodes, so they do not clutter. */
export function sigmaSettings(order: number): Partial<Settings<ViewerNode, ViewerEdge>> {
  const big = order > BIG_GRAPH;
  return {
    defaultEdgeType: big ? 'line' : 'arrow',
    renderEdgeLabels: true,
    labelDensity: big ? 0.4 : 0.8,
    labelGridCellSize: big ? 140 : 90,
    labelRenderedSizeThreshold: big ? 9 : order < 100 ? 0 : 6,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#444' },
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    hideEdgesOnMove: big,
  };
}

/** Node size range in pixels at zoom 1. */
export const SIZE_MIN = 3.5;
export const SIZE_MAX = 18;
