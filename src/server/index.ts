export { assertReadOnlyCypher } from './cypher-guard.js';
export { embeddedSource } from './embedded-source.js';
export { GraphIndex } from './graph-views.js';
export { CSP, DEFAULTS, startViewerServer, type ViewerServer } from './http.js';
export { type Neo4jReader, neo4jSource, openNeo4jReader } from './neo4j-source.js';
export type { CypherOptions, CypherResult, GraphSource, ServerOptions } from './types.js';
