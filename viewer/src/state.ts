import type { MultiDirectedGraph } from 'graphology';

/** Entity types of the JSON contract. */
export const NODE_TYPES = ['Person', 'Organization', 'Location'] as const;

/** Node attributes as the viewer holds them: the data plus where and how big to draw it. */
export interface ViewerNode {
  name: string;
  type: string;
  aliases?: string[];
  /** Degree in the whole graph (the server sends it; computed for local files). */
  degree: number;
  x: number;
  y: number;
  /** Drawn size for the current size mode, set by `applySizes`. */
  size: number;
  label: string;
  community?: number;
  pagerank?: number;
  [key: string]: unknown;
}

export interface ViewerEdge {
  type: string;
  count?: number;
  /** "alleged", "possible" or "planned" when no sentence states it as a fact. */
  mark?: string;
  [key: string]: unknown;
}

export type ViewerGraph = MultiDirectedGraph<ViewerNode, ViewerEdge>;

export type ColorMode = 'type' | 'community';
export type SizeMode = 'degree' | 'pagerank';

/** Where the graph on screen came from: the server's API, a dropped file, or a Cypher query. */
export type Origin = 'server' | 'file' | 'cypher';

/**
 * Everything the user changed about the view. Reducers read it; nothing
 * here is written into the graph's attributes.
 */
export interface ViewState {
  hovered?: string;
  hoveredNeighbours?: Set<string>;
  selected?: string;
  focus?: { key: string; hops: number; nodes: Set<string> };
  hiddenNodeTypes: Set<string>;
  hiddenEdgeTypes: Set<string>;
  minDegree: number;
  colorMode: ColorMode;
  sizeMode: SizeMode;
  /** Camera zoomed in enough to label every visible edge with its relation type. */
  zoomedIn: boolean;
  /** The timeline's range (days since 1970-01-01) and what has evidence in it. */
  timeRange?: { from: number; to: number; edges: Set<string>; nodes: Set<string> };
  /** Map mode: where each node is drawn (longitude, latitude); nodes not in it are hidden. */
  map?: Map<string, { x: number; y: number }>;
}

export function initialState(): ViewState {
  return {
    hiddenNodeTypes: new Set(),
    hiddenEdgeTypes: new Set(),
    minDegree: 0,
    colorMode: 'type',
    sizeMode: 'degree',
    zoomedIn: false,
  };
}

/** Evidence span of the JSON contract, with the date it gives its event. */
export interface Span {
  doc: string;
  text: string;
  start: number;
  end: number;
  /** Page of a paged document (PDF) where the sentence starts. */
  page?: number;
  date?: string;
  dateText?: string;
  dateSource?: 'text' | 'article';
  /** The rule that found it, and what the sentence says of the statement. */
  rule?: string;
  polarity?: 'asserted' | 'negated';
  modality?: 'happened' | 'planned' | 'possible' | 'alleged';
  /** Keys of who says so ("according to X"). */
  attributedTo?: string[];
}

/** A statement the texts deny, kept on its source node: its type and target's key. */
export interface DeniedSpan extends Span {
  type: string;
  target: string;
}

/** What the details panel shows about one node. */
export interface NodeDetail {
  key: string;
  attributes: {
    name: string;
    type: string;
    aliases?: string[];
    titles?: string[];
    docs?: string[];
    counterEvidence?: DeniedSpan[];
    [key: string]: unknown;
  };
  degree: number;
  edges: {
    key: string;
    source: string;
    target: string;
    sourceName: string;
    targetName: string;
    attributes: { type: string; count?: number; evidence?: Span[]; [key: string]: unknown };
  }[];
  /** Names of entities cited by key (who says so, targets of denials), when the server gives them. */
  names?: Record<string, string>;
}

export interface Suggestion {
  key: string;
  name: string;
  type: string;
  degree: number;
  alias?: string;
}
