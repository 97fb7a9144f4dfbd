import type { KnowledgeGraph } from '../graph/index.js';

/** What a Cypher query returned, flattened so the viewer can draw it. */
export interface CypherResult {
  columns: string[];
  /** Row values as plain JSON (nodes, relationships and paths as their keys). */
  rows: unknown[][];
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: {
    key: string;
    type: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
  }[];
}

export interface CypherOptions {
  /** Abort the query after this many milliseconds. */
  timeoutMs: number;
  /** Keep at most this many rows. */
  maxRows: number;
}

/**
 * Where the viewer's graph comes from: the embedded store, or Neo4j.
 * `cypher` exists only for sources that can run Cypher (Neo4j).
 */
export interface GraphSource {
  readonly description: string;
  graph(): Promise<KnowledgeGraph>;
  cypher?(
    query: string,
    params: Record<string, unknown>,
    options: CypherOptions,
  ): Promise<CypherResult>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Interface to bind; 127.0.0.1 unless the user asks otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folder of the built viewer (index.html and assets). */
  staticDir?: string;
  /** When set, every /api request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Longest a Cypher query may run, in milliseconds. */
  queryTimeoutMs?: number;
  /** Most rows a Cypher query returns. */
  maxRows?: number;
  /** Nodes sent by /api/graph when the client gives no limit. */
  defaultLimit?: number;
  /** Most nodes a client may ask for at once. */
  maxLimit?: number;
}
