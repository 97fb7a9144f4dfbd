import type { Span } from '../extract/types.js';
import type { KnowledgeGraph } from './build.js';
import { DEFAULTS as BUILD_DEFAULTS } from './build.js';
import { endsAfter, startsBefore } from './date-range.js';
import type { CounterEvidence } from './types.js';

export interface MergeOptions {
  maxEvidence?: number;
  maxMentions?: number;
}

const GEO_ATTRIBUTES = ['lat', 'lon', 'country', 'featureType', 'geoSource', 'geoApproximate'];

const spanKey = (s: Span) => `${s.doc}\u0000${s.start}\u0000${s.end}`;

function union(
  into: string[] | undefined,
  from: readonly string[] | undefined,
): string[] | undefined {
  if (!from?.length) return into;
  const out = [...(into ?? [])];
  for (const v of from) if (!out.includes(v)) out.push(v);
  return out;
}

/**
 * `base` with `more` added on top, by the builder's rules: nodes and edges
 * meet on their keys; evidence and mentions are added unless the same span
 * is there; counts add up for new spans; confidences combine as the builder
 * combines them (1 - (1-a)(1-b)); dates widen. What `base` says about a
 * node's name and type wins, so an edit made in another tool survives the
 * documents ingested after it. Returns a new graph; neither input changes.
 */
export function mergeGraphs(
  base: KnowledgeGraph,
  more: KnowledgeGraph,
  options?: MergeOptions,
): KnowledgeGraph {
  const opts = { ...BUILD_DEFAULTS, ...options };
  const out = base.copy() as KnowledgeGraph;
  const documents = (base.getAttribute('documents') ?? 0) + (more.getAttribute('documents') ?? 0);
  out.setAttribute('documents', documents);
  more.forEachNode((node, m) => {
    if (!out.hasNode(node)) {
      out.addNode(node, structuredClone(m));
      return;
    }
    const n = structuredClone(out.getNodeAttributes(node));
    const aliases = union(n.aliases, [m.name, ...m.aliases]) ?? [];
    n.aliases = aliases.filter((a) => a !== n.name).sort();
    const seen = new Set(n.mentions.map(spanKey));
    for (const s of m.mentions) {
      if (n.mentions.length >= opts.maxMentions) break;
      if (!seen.has(spanKey(s))) n.mentions.push(s);
    }
    const titles = union(n.titles, m.titles);
    if (titles) n.titles = titles;
    const docs = union(n.docs, m.docs);
    if (docs) n.docs = docs;
    // A place: what base says wins; a node base could not place takes more's place.
    if (n.lat === undefined && m.lat !== undefined)
      for (const k of GEO_ATTRIBUTES) if (m[k] !== undefined) n[k] = m[k];
    if (m.counterEvidence?.length) {
      const list = (n.counterEvidence ??= []);
      const key = (x: CounterEvidence) => `${spanKey(x)}\u0000${x.type}\u0000${x.target}`;
      const have = new Set(list.map(key));
      for (const x of m.counterEvidence)
        if (!have.has(key(x)) && list.length < opts.maxEvidence) list.push(x);
    }
    out.replaceNodeAttributes(node, n);
  });
  more.forEachEdge((edge, m, source, target) => {
    if (!out.hasEdge(edge)) {
      out.addEdgeWithKey(edge, source, target, structuredClone(m));
      return;
    }
    const e = structuredClone(out.getEdgeAttributes(edge));
    const seen = new Set(e.evidence.map(spanKey));
    let dup = 0;
    for (const s of m.evidence) {
      if (seen.has(spanKey(s))) dup++;
      else if (e.evidence.length < opts.maxEvidence) e.evidence.push(s);
    }
    e.count += m.count - dup;
    e.confidence = Math.round((1 - (1 - e.confidence) * (1 - m.confidence)) * 1000) / 1000;
    if (m.firstDate && (!e.firstDate || startsBefore(m.firstDate, e.firstDate)))
      e.firstDate = m.firstDate;
    if (m.lastDate && (!e.lastDate || endsAfter(m.lastDate, e.lastDate))) e.lastDate = m.lastDate;
    const docs = union(e.docs, m.docs);
    if (docs) e.docs = docs;
    out.replaceEdgeAttributes(edge, e);
  });
  return out;
}
