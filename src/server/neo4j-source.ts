import type { KnowledgeGraph } from '../graph/index.js';
import { neo4jConfig, readGraphFromNeo4j, redactUri, runQuery } from '../store/neo4j/index.js';
import { rowsToCypherResult } from './cypher-rows.js';
import type { CypherOptions, CypherResult, GraphSource } from './types.js';

/**
 * What the viewer needs from the Neo4j store (src/store/neo4j): the whole
 * graph in the JSON contract, and read-only Cypher run with `executeRead`.
 */
export interface Neo4jReader {
  readonly description: string;
  readGraph(): Promise<KnowledgeGraph>;
  runRead(
    query: string,
    params: Record<string, unknown>,
    options: CypherOptions,
  ): Promise<CypherResult>;
  close(): Promise<void>;
}

/** A graph source over Neo4j: a thin adapter, the driver code lives in store/neo4j. */
export function neo4jSource(reader: Neo4jReader): GraphSource {
  let graph: Promise<KnowledgeGraph> | undefined;
  return {
    description: reader.description,
    graph: () => (graph ??= reader.readGraph()),
    cypher: (query, params, options) => reader.runRead(query, params, options),
    close: () => reader.close(),
  };
}

/**
 * The Neo4j of `uri`, else NEO4J_URI / .env / the local default. Queries run
 * read-only in src/store/neo4j (planned with EXPLAIN, run in executeRead).
 */
export async function openNeo4jReader(uri?: string): Promise<Neo4jReader> {
  const config = neo4jConfig(uri ? { uri } : {});
  return {
    description: `Neo4j ${redactUri(config.uri)}`,
    readGraph: () => readGraphFromNeo4j(config),
    runRead: async (query, params, options) => {
      const r = await runQuery(config, query, params, { maxRows: options.maxRows });
      return rowsToCypherResult(r.columns, r.rows);
    },
    close: async () => {},
  };
}
