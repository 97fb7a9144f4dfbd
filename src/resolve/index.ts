export { type Assignment, nodeKey, resolveAcrossDocuments } from './across-documents.js';
export { normalizeName } from './normalize.js';
