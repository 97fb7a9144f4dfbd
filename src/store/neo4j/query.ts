import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { QueryError } from '../../errors.js';
import { openDriver, sessionConfig, toGraphwireError } from './connect.js';
import type { Neo4jConfig } from './types.js';

export interface QueryOptions {
  /** Allow clauses that write (CREATE, MERGE, SET, DELETE...). Default false. */
  write?: boolean;
  /** Stop after this many rows (the rest are not fetched). */
  maxRows?: number;
}

export const DEFAULTS: Required<QueryOptions> = { write: false, maxRows: 100_000 };

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** 'r' read, 'rw' read-write, 'w' write, 's' schema: as the server planned it. */
  queryType: string;
  truncated: boolean;
}

/** Neo4j values as plain JSON-able data: nodes and relationships become objects. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value as never)) {
    const n = value as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { labels: n.labels, properties: toPlain(n.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as unknown as { type: string; properties: Record<string, unknown> };
    return { type: r.type, properties: toPlain(r.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const p = value as unknown as {
      segments: { start: unknown; relationship: unknown; end: unknown }[];
    };
    return p.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  const ctor = (value as object).constructor?.name;
  if (ctor && ctor !== 'Object') return String(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k !== '_lock') out[k] = toPlain(v);
  }
  return out;
}

/** JS integers as Cypher integers (LIMIT, SKIP and ranges need them), recursively. */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object' && (value as object).constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

/**
 * Runs one Cypher query with parameters. Read-only unless `write`: the query
 * is planned first (EXPLAIN) and refused if it writes, and it runs in a READ
 * transaction, so the server refuses writes too.
 */
export async function runQueryWith(
  driver: Driver,
  config: Neo4jConfig,
  cypher: string,
  rawParams: Record<string, unknown> = {},
  options?: QueryOptions,
): Promise<QueryResult> {
  if (typeof cypher !== 'string' || !cypher.trim()) throw new QueryError('the query is empty');
  const opts = { ...DEFAULTS, ...options };
  const params = toParams(rawParams) as Record<string, unknown>;
  const mode = opts.write ? 'WRITE' : 'READ';
  const session = driver.session(sessionConfig(config, mode));
  try {
    if (!opts.write) {
      const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, params));
      const type = plan.summary.queryType;
      if (type !== 'r') {
        throw new QueryError(
          'the query writes to the graph (or changes the schema); run it with --write to allow that',
        );
      }
    }
    const work = (tx: ManagedTransaction) => tx.run(cypher, params);
    const result = opts.write
      ? await session.executeWrite((tx) => work(tx))
      : await session.executeRead((tx) => work(tx));
    const columns: string[] = result.records[0]?.keys.map(String) ?? [];
    const truncated = result.records.length > opts.maxRows;
    const rows = result.records
      .slice(0, opts.maxRows)
      .map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    return { columns, rows, queryType: result.summary.queryType, truncated };
  } catch (err) {
    if (err instanceof QueryError) throw err;
    throw toGraphwireError(config, err, 'running the query');
  } finally {
    await session.close();
  }
}

/** Opens a connection, runs one query (read-only by default), closes. For the CLI and the viewer. */
export async function runQuery(
  config: Neo4jConfig,
  cypher: string,
  params: Record<string, unknown> = {},
  options?: QueryOptions,
): Promise<QueryResult> {
  const driver = await openDriver(config);
  try {
    return await runQueryWith(driver, config, cypher, params, options);
  } finally {
    await driver.close();
  }
}
