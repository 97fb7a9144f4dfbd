export {
  type ExtractedBatch,
  extractBatch,
  parseExtraction,
  type SerializedExtraction,
  serializeExtraction,
} from './batch.js';
export { DEFAULTS, type ExtractOptions, extract } from './extract.js';
export { createExtractPool, type ExtractPool, type PoolOptions } from './pool.js';
export { countWords, type Sentence, splitSentences } from './sentences.js';
export type { DocEntity, DocExtraction, DocRelation, EntityType, Span } from './types.js';
export { ENTITY_TYPES, RELATION_TYPES, type RelationType } from './types.js';
