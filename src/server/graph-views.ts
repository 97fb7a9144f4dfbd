import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { edgeMark, type KnowledgeGraph } from '../graph/index.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

/** Node attributes the viewer draws with; evidence and mentions stay on the server. */
export interface LeanNode {
  name: string;
  type: string;
  aliases: string[];
  degree: number;
  /** A placed Location's coordinates, for the viewer's map. */
  lat?: number;
  lon?: number;
}

export interface LeanEdge {
  type: string;
  count: number;
  confidence: number;
  /** The span of its evidence dates, for the viewer's timeline. */
  firstDate?: string;
  lastDate?: string;
  /** Each evidence item's date, for the timeline's histogram. */
  dates?: string[];
  /** "alleged", "possible" or "planned" when no sentence states it as a fact (graph/edge-mark.ts). */
  mark?: string;
}

export interface GraphView {
  graph: SerializedGraph<LeanNode, LeanEdge>;
  total: { nodes: number; edges: number };
}

export interface EdgeDetail {
  key: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  attributes: EdgeAttributes;
}

export interface NodeDetail {
  key: string;
  attributes: NodeAttributes;
  degree: number;
  edges: EdgeDetail[];
  /** Names of the entities the panel cites by key: who says so, and the targets of denied statements. */
  names: Record<string, string>;
}

export interface Suggestion {
  key: string;
  name: string;
  type: string;
  degree: number;
  /** The alias that matched, when the name did not. */
  alias?: string;
}

/**
 * Precomputed views of one knowledge graph for the HTTP API: nodes ranked by
 * degree (so big graphs are served top-N first), and a lower-cased name index
 * for search. Pure: the graph is read, never changed.
 */
export class GraphIndex {
  readonly graph: KnowledgeGraph;
  private readonly ranked: string[];
  private readonly names: { key: string; names: string[] }[];

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
    this.ranked = graph
      .nodes()
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    this.names = this.ranked.map((key) => {
      const n = graph.getNodeAttributes(key);
      return { key, names: [n.name, ...(n.aliases ?? [])].map((s) => s.toLowerCase()) };
    });
  }

  /** The `limit` best-connected nodes and every edge among them. */
  top(limit: number): GraphView {
    return this.view(this.ranked.slice(0, Math.max(0, limit)));
  }

  /** The nodes within `hops` of `key` (at most `limit`, nearest first) and their edges. */
  neighbourhood(key: string, hops: number, limit: number): GraphView | undefined {
    const g = this.graph;
    if (!g.hasNode(key)) return undefined;
    const seen = new Set([key]);
    let frontier = [key];
    for (let h = 0; h < hops && frontier.length > 0 && seen.size < limit; h++) {
      const next: string[] = [];
      for (const n of frontier) {
        const around = g.neighbors(n).sort((a, b) => g.degree(b) - g.degree(a));
        for (const m of around) {
          if (seen.size >= limit) break;
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    return this.view([...seen]);
  }

  private view(keys: string[]): GraphView {
    const g = this.graph;
    const keep = new Set(keys);
    const out = new MultiDirectedGraph<LeanNode, LeanEdge>();
    for (const key of keys) {
      const n = g.getNodeAttributes(key);
      const lean: LeanNode = {
        name: n.name,
        type: n.type,
        aliases: n.aliases ?? [],
        degree: g.degree(key),
      };
      if (typeof n.lat === 'number' && typeof n.lon === 'number') {
        lean.lat = n.lat;
        lean.lon = n.lon;
      }
      out.addNode(key, lean);
    }
    for (const key of keys) {
      g.forEachOutEdge(key, (edge, a, _s, target) => {
        if (!keep.has(target)) return;
        const lean: LeanEdge = { type: a.type, count: a.count, confidence: a.confidence };
        if (a.firstDate) lean.firstDate = a.firstDate;
        if (a.lastDate) lean.lastDate = a.lastDate;
        const dates = a.evidence.flatMap((e) => (e.date ? [e.date] : []));
        if (dates.length) lean.dates = dates;
        const mark = edgeMark(a.evidence);
        if (mark) lean.mark = mark;
        out.addEdgeWithKey(edge, key, target, lean);
      });
    }
    return { graph: out.export(), total: { nodes: g.order, edges: g.size } };
  }

  /**
   * The given nodes and the edges among them with every attribute (evidence,
   * mentions): what an export of the view on screen holds. Unknown keys are skipped.
   */
  subgraph(keys: readonly string[]): SerializedGraph<NodeAttributes, EdgeAttributes> {
    const g = this.graph;
    const keep = new Set(keys.filter((k) => typeof k === 'string' && g.hasNode(k)));
    const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const key of keep) out.addNode(key, g.getNodeAttributes(key));
    for (const key of keep)
      g.forEachOutEdge(key, (edge, a, _s, target) => {
        if (keep.has(target)) out.addEdgeWithKey(edge, key, target, a);
      });
    return out.export();
  }

  /** A node with every incident edge and its evidence sentences. */
  node(key: string): NodeDetail | undefined {
    const g = this.graph;
    if (!g.hasNode(key)) return undefined;
    const edges: EdgeDetail[] = [];
    g.forEachEdge(key, (edge, attributes, source, target, sa, ta) => {
      edges.push({
        key: edge,
        source,
        target,
        sourceName: sa.name,
        targetName: ta.name,
        attributes,
      });
    });
    edges.sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1));
    const attributes = g.getNodeAttributes(key);
    const cited = [
      ...edges.flatMap((e) => e.attributes.evidence.flatMap((x) => x.attributedTo ?? [])),
      ...(attributes.counterEvidence ?? []).flatMap((c) => [c.target, ...(c.attributedTo ?? [])]),
    ];
    const names: Record<string, string> = {};
    for (const k of cited) if (g.hasNode(k)) names[k] = g.getNodeAttribute(k, 'name');
    return { key, attributes, degree: g.degree(key), edges, names };
  }

  /**
   * Suggestions for a search box: names (then aliases) that start with the
   * query first, then names containing it, best-connected first.
   */
  search(query: string, limit: number): Suggestion[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const prefix: Suggestion[] = [];
    const inside: Suggestion[] = [];
    for (const { key, names } of this.names) {
      let rank = 0;
      let hit = '';
      for (const n of names) {
        const r = n.startsWith(q) || n.includes(` ${q}`) ? 2 : n.includes(q) ? 1 : 0;
        if (r > rank) {
          rank = r;
          hit = n;
        }
        if (rank === 2) break;
      }
      if (rank === 0) continue;
      const a = this.graph.getNodeAttributes(key);
      const s: Suggestion = { key, name: a.name, type: a.type, degree: this.graph.degree(key) };
      if (hit !== a.name.toLowerCase()) {
        const alias = a.aliases.find((x) => x.toLowerCase() === hit);
        if (alias) s.alias = alias;
      }
      (rank === 2 ? prefix : inside).push(s);
      if (prefix.length >= limit) break;
    }
    return [...prefix, ...inside].slice(0, limit);
  }
}
