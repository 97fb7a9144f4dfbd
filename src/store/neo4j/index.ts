export {
  type AdminImportOptions,
  type AdminImportResult,
  adminImport,
  type CsvImportPlan,
  csvImportPlan,
  localDatabaseNodes,
} from './admin-import.js';
export { ENTITY_LABELS, isRelationType, RELATION_TYPES, type RelationType } from './allow-list.js';
export {
  ARRAY_DELIMITER,
  type BulkOptions,
  type BulkResult,
  BulkSink,
  GraphAccumulator,
} from './bulk.js';
export { type ConfigOptions, neo4jConfig, redactUri } from './config.js';
export { openDriver } from './connect.js';
export { type ImportResult, importGraphToNeo4j, importRows } from './import-graph.js';
export {
  ensureLauncher,
  freePort,
  JAVA_DEFAULTS,
  javaOptions,
  type LocalOptions,
  type LocalServer,
  type LocalStatus,
  localNeo4jStatus,
  spawnLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './local-server.js';
export { type QueryOptions, type QueryResult, runQuery, runQueryWith } from './query.js';
export { type QueryRunner, readExportedGraph } from './read-exported.js';
export { readExtractionsFromNeo4j, readGraphFromNeo4j } from './read-graph.js';
export { groupByRows, rowsOf, toRows } from './rows.js';
export { applySchema, splitStatements } from './schema.js';
export { Neo4jSink } from './sink.js';
export type { Neo4jConfig, WriteStats } from './types.js';
export { entityWire, mentionsByArticle, ROW_FIELDS, writeExtractions, writeRows } from './write.js';
