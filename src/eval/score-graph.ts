import { InvalidInputError } from '../errors.js';
import { normalizeName } from '../extract/entities/normalize.js';
import { prf } from './prf.js';
import type { GoldEntity, GoldFile, GraphJson, RelationScore, Score } from './types.js';

interface PredNode {
  key: string;
  name: string;
  type: string;
  names: Set<string>;
}

/** Edges that match a gold relation are correct; recall counts gold relations hit once. */
function relationPrf(correct: number, predicted: number, hit: number, gold: number) {
  const base = prf(hit, predicted, gold);
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const f1 = p + base.r === 0 ? 0 : (2 * p * base.r) / (p + base.r);
  return { ...base, p, f1 };
}

const baseName = (id: string): string => id.split(/[\\/]/).pop() ?? id;

/** A document id of the graph names the gold doc by id or by file name. */
export function sameDoc(graphDoc: string, goldDoc: string): boolean {
  return graphDoc === goldDoc || baseName(graphDoc) === baseName(goldDoc);
}

function goldNames(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(normalizeName));
}

function typeFits(g: GoldEntity, type: string): boolean {
  return Array.isArray(g.type) ? g.type.includes(type as never) : g.type === type;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Scores a graph (graphology JSON) against one gold file, as
 * shared/gold/README.md specifies: the predicted entities are the nodes with
 * a mention in the gold document, the predicted relations the edges with
 * evidence in it; names compare after `normalizeName`.
 */
export function scoreGraph(graph: GraphJson, gold: GoldFile): Score {
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    throw new InvalidInputError('graph must be graphology JSON with nodes and edges');
  if (!gold || typeof gold.doc !== 'string' || !Array.isArray(gold.entities))
    throw new InvalidInputError('gold file must have doc, entities and relations');
  const inDoc = (spans: unknown): boolean =>
    Array.isArray(spans) &&
    spans.some((s) => sameDoc(String((s as { doc: unknown }).doc), gold.doc));

  const nodes: PredNode[] = [];
  for (const n of graph.nodes) {
    const a = n.attributes ?? {};
    if (!inDoc(a.mentions)) continue;
    const name = String(a.name ?? n.key);
    const aliases = Array.isArray(a.aliases) ? a.aliases.map(String) : [];
    nodes.push({
      key: n.key,
      name,
      type: String(a.type),
      names: new Set([name, ...aliases].map(normalizeName)),
    });
  }
  nodes.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const golds = gold.entities.map((g) => ({ g, names: goldNames(g) }));
  const fits = (n: PredNode, x: (typeof golds)[number]): boolean =>
    (x.g.optional || typeFits(x.g, n.type)) && intersects(n.names, x.names);

  // One-to-one matching: canonical-name hits first, then alias hits.
  const taken = new Map<number, string>();
  const matchOf = new Map<string, number>();
  for (const pass of [0, 1]) {
    for (const n of nodes) {
      if (matchOf.has(n.key)) continue;
      const i = golds.findIndex(
        (x, j) =>
          !taken.has(j) &&
          fits(n, x) &&
          (pass === 1 || x.names.has(normalizeName(n.name))) &&
          (pass === 1 || typeFits(x.g, n.type) || x.g.optional),
      );
      if (i >= 0) {
        taken.set(i, n.key);
        matchOf.set(n.key, i);
      }
    }
  }
  let tp = 0;
  let predicted = 0;
  const falsePositives: string[] = [];
  for (const n of nodes) {
    const i = matchOf.get(n.key);
    const optionalHit =
      (i !== undefined && golds[i]?.g.optional) ||
      (i === undefined && golds.some((x) => x.g.optional && fits(n, x)));
    if (optionalHit) continue;
    predicted++;
    if (i !== undefined) tp++;
    else falsePositives.push(`${n.type} ${n.name}`);
  }
  const required = golds.filter((x) => !x.g.optional);
  const misses = golds
    .filter((x, i) => !x.g.optional && !taken.has(i))
    .map((x) => `${[x.g.type].flat().join('|')} ${x.g.name}`);

  // Relations: an endpoint node stands for every gold entity its names fit.
  const entitiesOf = new Map<string, Set<string>>();
  for (const n of nodes) {
    const s = new Set<string>();
    for (const x of golds) if (fits(n, x)) s.add(x.g.name);
    entitiesOf.set(n.key, s);
  }
  const nodeName = new Map(nodes.map((n) => [n.key, n.name]));
  const rels = gold.relations ?? [];
  const relHit = new Set<number>();
  let rtp = 0;
  let rpred = 0;
  const rfp: string[] = [];
  const byRule: RelationScore['byRule'] = {};
  const byType: RelationScore['byType'] = {};
  const tally = (table: RelationScore['byRule'], key: string, hit: boolean) => {
    const x = Object.hasOwn(table, key)
      ? (table[key] as { correct: number; predicted: number })
      : (table[key] = { correct: 0, predicted: 0 });
    x.predicted++;
    if (hit) x.correct++;
  };
  for (const e of graph.edges) {
    const a = e.attributes ?? {};
    if (!inDoc(a.evidence)) continue;
    const src = entitiesOf.get(e.source) ?? new Set();
    const tgt = entitiesOf.get(e.target) ?? new Set();
    const type = String(a.type);
    const hits = rels
      .map((r, i) => ({ r, i }))
      .filter(
        ({ r }) =>
          r.type.includes(type) &&
          r.source.some((s) => src.has(s)) &&
          r.target.some((t) => tgt.has(t)),
      );
    const req = hits.filter((h) => !h.r.optional);
    if (req.length === 0 && hits.length > 0) continue;
    rpred++;
    const rules = new Set(
      (Array.isArray(a.evidence) ? (a.evidence as { doc: unknown; rule?: unknown }[]) : [])
        .filter((x) => sameDoc(String(x.doc), gold.doc))
        .map((x) => (typeof x.rule === 'string' ? x.rule : 'unnamed')),
    );
    for (const r of rules) tally(byRule, r, req.length > 0);
    tally(byType, type, req.length > 0);
    if (req.length > 0) {
      rtp++;
      for (const h of req) relHit.add(h.i);
    } else
      rfp.push(
        `${nodeName.get(e.source) ?? e.source} -${type}-> ${nodeName.get(e.target) ?? e.target}`,
      );
  }
  const requiredRels = rels.map((r, i) => ({ r, i })).filter((x) => !x.r.optional);
  const rmiss = requiredRels
    .filter((x) => !relHit.has(x.i))
    .map((x) => `${x.r.source.join('|')} -${x.r.type.join('|')}-> ${x.r.target.join('|')}`);
  return {
    doc: gold.doc,
    entities: { ...prf(tp, predicted, required.length), misses, falsePositives },
    relations: {
      ...relationPrf(rtp, rpred, relHit.size, requiredRels.length),
      misses: rmiss,
      falsePositives: rfp,
      byRule,
      byType,
    },
  };
}
