import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Driver } from 'neo4j-driver';
import {
  type DateSource,
  type DocEntity,
  type DocExtraction,
  type DocRelation,
  type EntityType,
  type Evidence,
  MODALITIES,
  type Modality,
  type Span,
} from '../../extract/types.js';
import {
  type BuildOptions,
  buildGraph,
  type KnowledgeGraph,
  mergeGraphs,
} from '../../graph/index.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import { openDriver, sessionConfig, toGraphwireError } from './connect.js';
import { readImportLayer } from './import-graph.js';
import type { CounterRow } from './rows.js';
import type { Neo4jConfig } from './types.js';

const ARTICLES = `
MATCH (a:Article) WHERE a.hash IS NOT NULL
RETURN a.id AS id, a.hash AS hash, a.title AS title, a.date AS date, a.url AS url, a.source AS source`;

const MENTIONS = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS doc, e.key AS key, e.type AS type, m.ordinal AS ordinal, m.name AS name, m.aliases AS aliases,
  m.titles AS titles, m.mentionText AS text, m.mentionStart AS start, m.mentionEnd AS end,
  m.lat AS lat, m.lon AS lon, m.country AS country, m.featureType AS featureType,
  m.geoSource AS geoSource, m.geoApproximate AS geoApproximate, m.counterEvidence_json AS counter`;

/** Where denied statements sort among a document's relations: after the asserted ones. */
const DENIED_ORDINAL = 1e9;

/**
 * The denied statements a MENTIONS relationship keeps (counterEvidence_json),
 * as negated relations of its document; a property that is not such a list
 * (edited by hand) gives none.
 */
function deniedIn(json: unknown, source: string): DocRelation[] {
  if (typeof json !== 'string' || !json) return [];
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((x: Partial<CounterRow>) =>
    x && typeof x.type === 'string' && typeof x.target === 'string' && x.evidence
      ? [
          {
            source,
            target: x.target,
            type: x.type as DocRelation['type'],
            evidence: { ...x.evidence, polarity: 'negated' as const },
            confidence: typeof x.confidence === 'number' ? x.confidence : 0,
          },
        ]
      : [],
  );
}

/** Evidence with the marks Neo4j keeps beside it (relationships written before them have none). */
function evidenceMarks(
  span: Span,
  rule: string | undefined,
  modality: string | undefined,
  by: string | undefined,
): Evidence {
  const e: Evidence = { ...span };
  if (rule) e.rule = rule;
  // Only asserted statements are relationships: negated ones are never written.
  if (rule || modality) e.polarity = 'asserted';
  if (modality && (MODALITIES as readonly string[]).includes(modality))
    e.modality = modality as Modality;
  if (by) {
    try {
      const keys: unknown = JSON.parse(by);
      if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) e.attributedTo = keys;
    } catch {
      // A hand-edited property that is not a JSON list: the mark is dropped, the evidence kept.
    }
  }
  return e;
}

const RELATIONS = `
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.key AS s, type(r) AS type, t.key AS t, r.evidenceDoc AS doc, r.evidenceText AS text,
  r.evidenceStart AS start, r.evidenceEnd AS end, r.evidenceConfidence AS confidence,
  r.evidenceOrdinal AS ordinal, r.evidencePage AS page, r.evidenceDate AS date, r.evidenceDateText AS dateText,
  r.evidenceDateSource AS dateSource, r.evidenceRule AS rule, r.evidenceModality AS modality,
  r.evidenceAttributedTo AS attributedTo`;

interface Contribution {
  ext: DocExtraction;
  order: Map<string, number>;
  relations: { ordinal: number; relation: DocRelation }[];
}

/**
 * The per-article extractions stored in Neo4j: each article's entities (from
 * its MENTIONS) and relations (from the evidence entries it gave). Feeding
 * them to `buildGraph` gives the graph an in-memory build of the same
 * articles gives, attribute for attribute.
 */
export async function readExtractionsFromNeo4j(
  driver: Driver,
  config: Neo4jConfig,
): Promise<DocExtraction[]> {
  const session = driver.session(sessionConfig(config, 'READ'));
  const docs = new Map<string, Contribution>();
  try {
    await session.executeRead(async (tx) => {
      for (const r of (await tx.run(ARTICLES)).records) {
        const doc: DocExtraction['doc'] = { id: r.get('id'), hash: r.get('hash') };
        for (const f of ['title', 'date', 'url', 'source'] as const) {
          const v = r.get(f);
          if (v !== null && v !== undefined) doc[f] = v;
        }
        docs.set(doc.id, {
          ext: { doc, entities: [], relations: [], words: 0 },
          order: new Map(),
          relations: [],
        });
      }
      for (const r of (await tx.run(MENTIONS)).records) {
        const c = docs.get(r.get('doc'));
        if (!c) continue;
        const text: string[] = r.get('text');
        const start: number[] = r.get('start');
        const end: number[] = r.get('end');
        const titles: string[] = r.get('titles') ?? [];
        const entity: DocEntity = {
          id: r.get('key'),
          type: r.get('type') as EntityType,
          name: r.get('name'),
          aliases: r.get('aliases') ?? [],
          mentions: text.map((t, i) => ({
            doc: c.ext.doc.id,
            text: t,
            start: start[i] as number,
            end: end[i] as number,
          })),
        };
        if (titles.length) entity.titles = titles;
        const lat = r.get('lat');
        if (typeof lat === 'number') {
          entity.geo = {
            lat,
            lon: r.get('lon'),
            country: r.get('country'),
            featureType: r.get('featureType'),
            geoSource: r.get('geoSource'),
          };
          if (r.get('geoApproximate') === true) entity.geo.approximate = true;
        }
        c.order.set(entity.id, r.get('ordinal') ?? 0);
        c.ext.entities.push(entity);
        // Denied statements, after every asserted one, in the order they were written.
        deniedIn(r.get('counter'), entity.id).forEach((relation, i) => {
          c.relations.push({ ordinal: DENIED_ORDINAL + i, relation });
        });
      }
      for (const r of (await tx.run(RELATIONS)).records) {
        const doc: string[] = r.get('doc') ?? [];
        const text: string[] = r.get('text');
        const start: number[] = r.get('start');
        const end: number[] = r.get('end');
        const confidence: number[] = r.get('confidence');
        const ordinal: number[] = r.get('ordinal');
        // Relationships written before pages were stored have no list.
        const page: number[] = r.get('page') ?? [];
        const date: string[] = r.get('date') ?? [];
        const dateText: string[] = r.get('dateText') ?? [];
        const dateSource: string[] = r.get('dateSource') ?? [];
        const rule: string[] = r.get('rule') ?? [];
        const modality: string[] = r.get('modality') ?? [];
        const by: string[] = r.get('attributedTo') ?? [];
        doc.forEach((d, i) => {
          const c = docs.get(d);
          // Ordinal -1: evidence of an imported graph, read with the import layer.
          if (!c || (ordinal[i] as number) < 0) return;
          c.relations.push({
            ordinal: ordinal[i] as number,
            relation: {
              source: r.get('s'),
              target: r.get('t'),
              type: r.get('type'),
              evidence: evidenceMarks(
                {
                  doc: d,
                  text: text[i] as string,
                  start: start[i] as number,
                  end: end[i] as number,
                  // 0 and '' in the stored lists stand for "none" (lists cannot hold null).
                  ...(page[i] ? { page: page[i] } : {}),
                  // '' in the stored lists stands for "none" (lists cannot hold null).
                  ...(date[i] ? { date: date[i] } : {}),
                  ...(dateText[i] ? { dateText: dateText[i] } : {}),
                  ...(dateSource[i] ? { dateSource: dateSource[i] as DateSource } : {}),
                },
                rule[i],
                modality[i],
                by[i],
              ),
              confidence: confidence[i] as number,
            },
          });
        });
      }
    });
  } catch (err) {
    throw toGraphwireError(config, err, 'reading the graph');
  } finally {
    await session.close();
  }
  const out: DocExtraction[] = [];
  for (const c of docs.values()) {
    c.ext.entities.sort((a, b) => (c.order.get(a.id) ?? 0) - (c.order.get(b.id) ?? 0));
    c.relations.sort((a, b) => a.ordinal - b.ordinal);
    c.ext.relations = c.relations.map((x) => x.relation);
    out.push(c.ext);
  }
  return out;
}

/**
 * The knowledge graph stored in Neo4j, in the JSON contract's shape (for the
 * viewer and exports): built from the articles' contributions, or, after
 * `graphwire import --neo4j`, the imported graph with every article it does
 * not cover (ingested later, or changed since) merged on top, as
 * `loadGraph` does for the embedded store.
 */
export async function readGraphFromNeo4j(
  config: Neo4jConfig,
  options?: BuildOptions,
): Promise<KnowledgeGraph> {
  const driver = await openDriver(config);
  try {
    const session = driver.session(sessionConfig(config, 'READ'));
    let layer: Awaited<ReturnType<typeof readImportLayer>>;
    try {
      layer = await session.executeRead((tx) => readImportLayer(tx));
    } catch (err) {
      throw toGraphwireError(config, err, 'reading the imported graph');
    } finally {
      await session.close();
    }
    const exts = await readExtractionsFromNeo4j(driver, config);
    if (!layer) return buildGraph(exts, options);
    const base = MultiDirectedGraph.from(
      layer.graph as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
    ) as KnowledgeGraph;
    const covers = layer.covers;
    const newer = exts.filter((ext) => covers[ext.doc.id] !== ext.doc.hash);
    return newer.length === 0 ? base : mergeGraphs(base, buildGraph(newer, options));
  } finally {
    await driver.close();
  }
}
