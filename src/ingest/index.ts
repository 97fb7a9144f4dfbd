export { countDocuments } from './count.js';
export { contentHash } from './hash.js';
export { htmlDocument } from './html.js';
export { jsonlDocument, readJsonl } from './jsonl.js';
export {
  DEFAULTS,
  EXTENSIONS,
  formatOf,
  type ReadOptions,
  readDocuments,
  shardOf,
} from './read.js';
export { readSgml, reutersRecord } from './sgml.js';
export { textDocument } from './text.js';
export type { Document, InputFormat, ReadItem, Skipped } from './types.js';
