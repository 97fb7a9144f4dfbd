import { MultiDirectedGraph } from 'graphology';
import type { DocExtraction, Evidence, Geo, Span } from '../extract/types.js';
import { preferredName, resolveAcrossDocuments } from '../resolve/index.js';
import { endsAfter, startsBefore } from './date-range.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  /** Keep at most this many evidence spans on an edge (the count keeps the total). */
  maxEvidence?: number;
  /** Keep at most this many mentions on a node. */
  maxMentions?: number;
}

export const DEFAULTS: Required<BuildOptions> = { maxEvidence: 50, maxMentions: 200 };

const byDoc = (a: DocExtraction, b: DocExtraction) =>
  a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0;

function spanKey(s: Span): string {
  return `${s.doc}\u0000${s.start}\u0000${s.end}`;
}

/**
 * The knowledge graph of a set of document extractions: one node per
 * resolved entity, one edge per (source, type, target) with every sentence
 * that states it. Deterministic: documents are taken in id order, so the
 * same extractions always give the same graph, attribute for attribute.
 */
export function buildGraph(
  extractions: Iterable<DocExtraction>,
  options?: BuildOptions,
): KnowledgeGraph {
  const opts = { ...DEFAULTS, ...options };
  const exts = [...extractions].sort(byDoc);
  const assign = resolveAcrossDocuments(exts);
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('generator', 'graphwire');
  graph.setAttribute('documents', exts.length);
  const seenMention = new Map<string, Set<string>>();
  const geoVotes = new Map<string, GeoVotes>();
  for (const ext of exts) {
    const local = assign.get(ext.doc.id) as Map<string, string>;
    for (const e of ext.entities) {
      const key = local.get(e.id) as string;
      if (!graph.hasNode(key)) {
        graph.addNode(key, { name: e.name, type: e.type, aliases: [], mentions: [], docs: [] });
        seenMention.set(key, new Set());
      }
      const n = graph.getNodeAttributes(key);
      const name = preferredName(n.name, e.name);
      if (name !== n.name) {
        addUnique(n.aliases, n.name);
        n.name = name;
      } else if (e.name !== n.name) addUnique(n.aliases, e.name);
      for (const a of e.aliases) if (a !== n.name) addUnique(n.aliases, a);
      const seen = seenMention.get(key) as Set<string>;
      for (const m of e.mentions) {
        const k = spanKey(m);
        if (seen.has(k) || n.mentions.length >= opts.maxMentions) continue;
        seen.add(k);
        n.mentions.push(m);
      }
      for (const t of e.titles ?? []) addUnique((n.titles ??= []), t);
      addUnique(n.docs as string[], ext.doc.id);
      if (e.geo) voteGeo(geoVotes, key, e.geo);
    }
    for (const r of ext.relations) {
      const s = local.get(r.source);
      const t = local.get(r.target);
      if (!s || !t || s === t) continue;
      const evidence = globalEvidence(r.evidence, local);
      if (r.evidence.polarity === 'negated') {
        const n = graph.getNodeAttributes(s);
        const list = (n.counterEvidence ??= []);
        const k = `${spanKey(evidence)}\u0000${r.type}\u0000${t}`;
        if (!list.some((x) => `${spanKey(x)}\u0000${x.type}\u0000${x.target}` === k))
          if (list.length < opts.maxEvidence) list.push({ ...evidence, type: r.type, target: t });
        continue;
      }
      const edgeKey = `${s}|${r.type}|${t}`;
      if (!graph.hasEdge(edgeKey)) {
        graph.addEdgeWithKey(edgeKey, s, t, {
          type: r.type,
          evidence: [],
          count: 0,
          confidence: 0,
          docs: [],
        });
      }
      const a = graph.getEdgeAttributes(edgeKey);
      if (a.evidence.some((x) => spanKey(x) === spanKey(evidence))) continue;
      a.count++;
      if (a.evidence.length < opts.maxEvidence) a.evidence.push(evidence);
      a.confidence = Math.max(a.confidence, 1 - (1 - a.confidence) * (1 - r.confidence));
      addUnique(a.docs as string[], ext.doc.id);
      // The date the sentence gives the event, else the article's (see extract/dates.ts).
      const date = r.evidence.date ?? ext.doc.date;
      if (date) {
        if (!a.firstDate || startsBefore(date, a.firstDate)) a.firstDate = date;
        if (!a.lastDate || endsAfter(date, a.lastDate)) a.lastDate = date;
      }
    }
  }
  graph.forEachNode((k, n) => {
    n.aliases = n.aliases.filter((a) => a !== n.name).sort();
    const votes = geoVotes.get(k);
    if (votes) Object.assign(n, nodeGeo(votes));
  });
  graph.forEachEdge((_k, a) => {
    a.confidence = Math.round(a.confidence * 1000) / 1000;
  });
  return graph;
}

/** Each distinct placing of a node, with how many documents gave it (in document order). */
type GeoVotes = Map<string, { geo: Geo; n: number }>;

function voteGeo(votes: Map<string, GeoVotes>, key: string, geo: Geo): void {
  let v = votes.get(key);
  if (!v) votes.set(key, (v = new Map()));
  const k = `${geo.lat},${geo.lon},${geo.featureType}`;
  const seen = v.get(k);
  if (seen) seen.n++;
  else v.set(k, { geo, n: 1 });
}

/** The node's place: what most of its documents say (the first of them on a tie). */
export function nodeGeo(votes: GeoVotes): Partial<NodeAttributes> {
  let best: { geo: Geo; n: number } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  if (!best) return {};
  const g = best.geo;
  const out: Partial<NodeAttributes> = {
    lat: g.lat,
    lon: g.lon,
    country: g.country,
    featureType: g.featureType,
    geoSource: g.geoSource,
  };
  if (g.approximate) out.geoApproximate = true;
  return out;
}

/** Evidence with its attribution in node keys instead of the document's entity ids. */
function globalEvidence(e: Evidence, local: Map<string, string>): Evidence {
  if (!e.attributedTo) return e;
  const keys = e.attributedTo.flatMap((id) => local.get(id) ?? []);
  const out: Evidence = { ...e };
  if (keys.length) out.attributedTo = keys;
  else delete out.attributedTo;
  return out;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
