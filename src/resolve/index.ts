export {
  type Assignment,
  entityKey,
  nodeKey,
  preferredName,
  resolveAcrossDocuments,
} from './across-documents.js';
export { normalizeName } from './normalize.js';
