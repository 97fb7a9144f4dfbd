import { ConfigError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import type { CypherOptions, CypherResult, GraphSource } from './types.js';

/**
 * What the viewer needs from the Neo4j store (src/store/neo4j): the whole
 * graph in the JSON contract, and read-only Cypher run with `executeRead`.
 */
export interface Neo4jReader {
  readGraph(): Promise<KnowledgeGraph>;
  runRead(
    query: string,
    params: Record<string, unknown>,
    options: CypherOptions,
  ): Promise<CypherResult>;
  close(): Promise<void>;
}

/** A graph source over Neo4j: a thin adapter, the driver code lives in store/neo4j. */
export function neo4jSource(reader: Neo4jReader, description = 'Neo4j'): GraphSource {
  let graph: Promise<KnowledgeGraph> | undefined;
  return {
    description,
    graph: () => (graph ??= reader.readGraph()),
    cypher: (query, params, options) => reader.runRead(query, params, options),
    close: () => reader.close(),
  };
}

/** The Neo4j reader of this build, or a clear error when the store is not built in. */
export async function openNeo4jReader(_uri?: string): Promise<Neo4jReader> {
  throw new ConfigError(
    '--neo4j is not available in this build yet (the Neo4j store is not merged); use --db <dir>',
  );
}
