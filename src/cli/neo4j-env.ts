import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jFlags {
  uri?: string;
}

/** A driver from flags and the environment; the password only ever from $NEO4J_PASSWORD. */
export function neo4jFromEnv(flags: Neo4jFlags): { driver: Driver; database?: string } {
  const uri = flags.uri ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
  const user = process.env.NEO4J_USERNAME ?? process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD;
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  const database = process.env.NEO4J_DATABASE;
  return { driver: neo4j.driver(uri, auth), ...(database ? { database } : {}) };
}
