export { normalizeName } from '../extract/entities/normalize.js';
export {
  type Assignment,
  entityKey,
  nodeKey,
  preferredName,
  resolveAcrossDocuments,
} from './across-documents.js';
