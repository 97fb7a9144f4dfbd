import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import type { SerializedGraph } from 'graphology-types';
import type { CypherResult } from './api';
import { NODE_TYPES, type ViewerEdge, type ViewerGraph, type ViewerNode } from './state';

/** A small seeded generator, so the same graph starts from the same positions. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

/**
 * Fills in what drawing needs (name, type, degree, label, a start position)
 * on a graph from any source. Positions given by the file are kept.
 */
export function prepare(graph: ViewerGraph): ViewerGraph {
  const rand = rng(graph.order * 7919 + graph.size);
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((key, a) => {
    const name = str(a.name, str(a.label, key));
    return {
      ...a,
      name,
      type: str(a.type, 'Other'),
      degree: typeof a.degree === 'number' ? a.degree : graph.degree(key),
      label: name,
      x: typeof a.x === 'number' ? a.x : (rand() - 0.5) * spread,
      y: typeof a.y === 'number' ? a.y : (rand() - 0.5) * spread,
      size: 4,
    };
  });
  graph.updateEachEdgeAttributes((_k, a) => {
    const mark = typeof a.mark === 'string' ? a.mark : edgeMark(a.evidence);
    return { ...a, type: str(a.type, str(a.label, 'RELATED')), ...(mark ? { mark } : {}) };
  });
  return graph;
}

const MARKS = ['alleged', 'possible', 'planned'];

/**
 * "alleged", "possible" or "planned" for an edge no sentence states as a
 * fact (the mark most of them carry), as the server's graph/edge-mark.ts
 * decides for the graphs it serves; undefined otherwise.
 */
export function edgeMark(evidence: unknown): string | undefined {
  if (!Array.isArray(evidence) || !evidence.length) return undefined;
  const counts = new Map<string, number>();
  for (const e of evidence as { modality?: unknown }[]) {
    const m = e?.modality;
    if (typeof m !== 'string' || !MARKS.includes(m)) return undefined;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const m of MARKS) if ((counts.get(m) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = m;
  return best;
}

export function fromSerialized(data: SerializedGraph): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph();
  g.import(data as SerializedGraph<ViewerNode, ViewerEdge>);
  return prepare(g);
}

/** Reads a dropped file: graphology JSON, GEXF or GraphML (by name, else by content). */
export function fromFile(name: string, text: string): ViewerGraph {
  const lower = name.toLowerCase();
  const head = text.trimStart().slice(0, 400);
  const G = MultiDirectedGraph as unknown as typeof MultiDirectedGraph<ViewerNode, ViewerEdge>;
  let g: ViewerGraph;
  if (lower.endsWith('.json') || head.startsWith('{')) {
    let data: SerializedGraph;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Error(`${name}: not valid JSON`);
    }
    if (!data || !Array.isArray(data.nodes))
      throw new Error(`${name}: expected graphology JSON with a "nodes" array`);
    g = new MultiDirectedGraph();
    g.import(data as SerializedGraph<ViewerNode, ViewerEdge>);
  } else if (lower.endsWith('.gexf') || /<gexf[\s>]/.test(head)) {
    g = merged(parseGexf(G, text) as ViewerGraph);
  } else if (lower.endsWith('.graphml') || /<graphml[\s>]/.test(head)) {
    g = merged(parseGraphml(G, text) as ViewerGraph);
  } else {
    throw new Error(`${name}: not a graphology JSON, GEXF or GraphML file`);
  }
  return prepare(g);
}

/** Contract attributes that are lists; GEXF and GraphML carry them as JSON text. */
const LIST_ATTRIBUTES = ['aliases', 'titles', 'docs', 'mentions', 'evidence'];

function unflatten<T extends Record<string, unknown>>(a: T): T {
  const out: Record<string, unknown> = { ...a };
  for (const k of LIST_ATTRIBUTES) {
    const v = out[k];
    if (typeof v !== 'string' || !v.startsWith('[')) continue;
    try {
      const parsed: unknown = JSON.parse(v);
      if (Array.isArray(parsed)) out[k] = parsed;
    } catch {
      // not JSON: keep the text
    }
  }
  return out as T;
}

/** Copies any graphology graph (possibly mixed or undirected) into a directed multigraph. */
function merged(src: ViewerGraph): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph();
  src.forEachNode((k, a) => g.addNode(k, unflatten(a)));
  src.forEachEdge((k, a, s, t) => g.addEdgeWithKey(k, s, t, unflatten(a)));
  return g;
}

/** The nodes, relationships and paths a Cypher query returned, as a graph. */
export function fromCypher(result: CypherResult): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph();
  for (const n of result.nodes) {
    if (g.hasNode(n.key)) continue;
    const type = n.labels.find((l) => (NODE_TYPES as readonly string[]).includes(l)) ?? n.labels[0];
    g.addNode(n.key, {
      ...n.properties,
      name: str(n.properties.name, n.key),
      type: str(type, 'Other'),
    } as ViewerNode);
  }
  for (const r of result.relationships) {
    if (g.hasEdge(r.key) || !g.hasNode(r.source) || !g.hasNode(r.target)) continue;
    g.addEdgeWithKey(r.key, r.source, r.target, { ...r.properties, type: r.type });
  }
  return prepare(g);
}

/** Adds a neighbourhood fetched from the server to the graph on screen. */
export function mergeInto(
  graph: ViewerGraph,
  data: SerializedGraph,
  near?: { x: number; y: number },
): number {
  let added = 0;
  const rand = rng(graph.order + 17);
  const fresh = new Set<string>();
  for (const n of data.nodes) {
    if (graph.hasNode(n.key)) continue;
    fresh.add(n.key);
    const a = n.attributes ?? {};
    const name = str(a.name, n.key);
    graph.addNode(n.key, {
      ...a,
      name,
      type: str(a.type, 'Other'),
      degree: typeof a.degree === 'number' ? a.degree : 0,
      label: name,
      x: (near?.x ?? 0) + (rand() - 0.5) * 20,
      y: (near?.y ?? 0) + (rand() - 0.5) * 20,
      size: 4,
    });
    added++;
  }
  for (const e of data.edges) {
    if (e.key && graph.hasEdge(e.key)) continue;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const a = { ...(e.attributes ?? {}), type: str(e.attributes?.type, 'RELATED') };
    if (e.key) graph.addEdgeWithKey(e.key, e.source, e.target, a);
    else graph.addEdge(e.source, e.target, a);
  }
  if (!near) {
    // Without a given place, a new node starts beside a neighbour already on screen.
    for (const key of fresh) {
      const anchor = graph.findNeighbor(key, (m) => !fresh.has(m));
      if (anchor === undefined) continue;
      const p = graph.getNodeAttributes(anchor);
      graph.mergeNodeAttributes(key, {
        x: p.x + (rand() - 0.5) * 20,
        y: p.y + (rand() - 0.5) * 20,
      });
    }
  }
  return added;
}
