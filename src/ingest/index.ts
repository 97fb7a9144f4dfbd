export { countDocuments } from './count.js';
export { dayOf } from './day.js';
export { docxDocument } from './docx.js';
export { emailDocuments, mboxMessages } from './email.js';
export { feedDocuments } from './feed.js';
export { type FetchOptions, parseUrlList, readUrls } from './fetch.js';
export { contentHash } from './hash.js';
export { htmlDocument, htmlFragmentText } from './html.js';
export { jsonlDocument, readJsonl } from './jsonl.js';
export { pageAt } from './pages.js';
export { pdfDocument } from './pdf.js';
export {
  DEFAULTS,
  detectFormat,
  EXTENSIONS,
  formatOf,
  type ReadOptions,
  readBytes,
  readDocuments,
  shardOf,
} from './read.js';
export { readSgml, reutersRecord } from './sgml.js';
export { sniffFormat } from './sniff.js';
export { textDocument } from './text.js';
export type { Document, Format, InputFormat, ReadItem, Skipped } from './types.js';
export { warcDocuments } from './warc.js';
