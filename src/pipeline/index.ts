export { DEFAULTS, type IngestOptions, ingest } from './ingest.js';
export type { GraphSink, IngestProgress, IngestSummary } from './types.js';
