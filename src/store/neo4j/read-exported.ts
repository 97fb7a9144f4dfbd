import { MultiDirectedGraph } from 'graphology';
import neo4j, { type Driver, type QueryResult } from 'neo4j-driver';
import { GraphwireError } from '../../errors.js';
import type { Span } from '../../extract/types.js';
import type {
  CounterEvidence,
  EdgeAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../../graph/index.js';

/**
 * A graph loaded into Neo4j from graphwire's Cypher script or neo4j-admin
 * CSV (`graphwire export --format cypher|csv`), read back into graphology:
 * every `(:Entity)` node with its `key`, and every relationship between two
 * of them. (The graph graphwire's own Neo4j store writes, with articles and
 * mentions, is read by `readGraphFromNeo4j`.) The exported schema:
 * node properties key, name, type, aliases, titles, docs, mentions_json,
 * and for a placed Location location (a WGS-84 point), country,
 * featureType, geoSource, geoApproximate;
 * relationship properties count, confidence, firstDate, lastDate, docs,
 * evidence_json (evidence_text is a convenience and is not read).
 */
export interface Neo4jReadOptions {
  database?: string;
}

const NODES =
  'MATCH (n:Entity) RETURN n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases, ' +
  'n.titles AS titles, n.docs AS docs, n.mentions_json AS mentions, n.location AS location, ' +
  'n.country AS country, n.featureType AS featureType, n.geoSource AS geoSource, ' +
  'n.geoApproximate AS geoApproximate, n.counterEvidence_json AS counter ORDER BY key';
const RELS =
  'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.key AS source, t.key AS target, type(r) AS type, ' +
  'r.count AS count, r.confidence AS confidence, r.firstDate AS firstDate, r.lastDate AS lastDate, ' +
  'r.docs AS docs, r.evidence_json AS evidence ORDER BY source, type, target';

function num(v: unknown): number {
  return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v);
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(String) : undefined;
}

function json<T>(v: unknown, fallback: T): T {
  return typeof v === 'string' && v !== '' ? (JSON.parse(v) as T) : fallback;
}

/** Anything that runs a query: a transaction, a session. */
export interface QueryRunner {
  run(query: string): PromiseLike<QueryResult> | QueryResult;
}

/**
 * Reads through a driver (in a read transaction, retried by the driver) or
 * through a transaction the caller holds, which sees its own writes.
 */
export async function readExportedGraph(
  from: Driver | QueryRunner,
  options?: Neo4jReadOptions,
): Promise<KnowledgeGraph> {
  if (!('session' in from)) return readWith(from);
  const session = from.session({
    defaultAccessMode: neo4j.session.READ,
    ...(options?.database ? { database: options.database } : {}),
  });
  try {
    // Fails at once when nothing listens, rather than after the retry budget.
    await from.getServerInfo(options?.database ? { database: options.database } : {});
    return await session.executeRead((tx) => readWith(tx));
  } catch (cause) {
    if (cause instanceof GraphwireError) throw cause;
    const code = (cause as { code?: string }).code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired')
      throw new GraphwireError('NEO4J_UNAVAILABLE', `Neo4j is not reachable (${code})`, 2, {
        cause,
      });
    throw new GraphwireError(
      'NEO4J',
      `reading the graph from Neo4j failed: ${(cause as Error).message}`,
      2,
      { cause },
    );
  } finally {
    await session.close();
  }
}

async function readWith(tx: QueryRunner): Promise<KnowledgeGraph> {
  const nodes = await tx.run(NODES);
  const rels = await tx.run(RELS);
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('generator', 'graphwire');
  const docs = new Set<string>();
  for (const r of nodes.records) {
    const a: NodeAttributes = {
      name: r.get('name'),
      type: r.get('type'),
      aliases: strings(r.get('aliases')) ?? [],
      mentions: json<Span[]>(r.get('mentions'), []),
    };
    const titles = strings(r.get('titles'));
    if (titles) a.titles = titles;
    const counter = json<CounterEvidence[] | undefined>(r.get('counter'), undefined);
    if (counter) a.counterEvidence = counter;
    const d = strings(r.get('docs'));
    if (d) {
      a.docs = d;
      for (const x of d) docs.add(x);
    }
    // A place: the WGS-84 point (x = longitude, y = latitude) and what describes it.
    const location = r.get('location') as { x: number; y: number } | null;
    if (location && typeof location.x === 'number') {
      a.lat = location.y;
      a.lon = location.x;
      for (const k of ['country', 'featureType', 'geoSource'] as const) {
        const v = r.get(k);
        if (typeof v === 'string' && v !== '') a[k] = v as never;
      }
      if (r.get('geoApproximate') === true) a.geoApproximate = true;
    }
    graph.addNode(r.get('key'), a);
  }
  for (const r of rels.records) {
    const source = r.get('source') as string;
    const target = r.get('target') as string;
    const type = r.get('type') as string;
    const a: EdgeAttributes = {
      type,
      evidence: json<Span[]>(r.get('evidence'), []),
      count: num(r.get('count') ?? 0),
      confidence: num(r.get('confidence') ?? 0),
    };
    for (const k of ['firstDate', 'lastDate'] as const) {
      const v = r.get(k);
      if (typeof v === 'string') a[k] = v;
      else if (v != null) a[k] = String(v);
    }
    const d = strings(r.get('docs'));
    if (d) a.docs = d;
    graph.addEdgeWithKey(`${source}|${type}|${target}`, source, target, a);
  }
  graph.setAttribute('documents', docs.size);
  return graph;
}
