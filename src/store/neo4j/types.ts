/**
 * Where and how to reach Neo4j. `password` is non-enumerable on configs that
 * `neo4jConfig` returns, so JSON.stringify and util.inspect never show it.
 */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password?: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** How long a write transaction is retried on transient errors (ms). */
  maxRetryTimeMs?: number;
}

/** What a batch write did, for summaries and benchmarks. */
export interface WriteStats {
  articles: number;
  entities: number;
  mentions: number;
  relationships: number;
  /** Relations whose type is not in the vocabulary allow-list: never written. */
  droppedRelations: number;
}

/** Stats of nothing written yet: where a writer's totals start. */
export function noWrites(): WriteStats {
  return { articles: 0, entities: 0, mentions: 0, relationships: 0, droppedRelations: 0 };
}
