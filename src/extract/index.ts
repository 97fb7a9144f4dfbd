export { extract } from './extract.js';
export { countWords, type Sentence, splitSentences } from './sentences.js';
export type { DocEntity, DocExtraction, DocRelation, EntityType, Span } from './types.js';
export { ENTITY_TYPES, RELATION_TYPES, type RelationType } from './types.js';
