import { contentHash } from './hash.js';
import type { Document } from './types.js';

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n)?/i;

/**
 * A plain-text or Markdown article. A leading `date YYYY-MM-DD` line sets the
 * date; it is blanked with spaces rather than cut, so offsets still index the
 * file as the user sees it.
 */
export function textDocument(id: string, raw: string, source?: string): Document {
  let text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
  let date: string | undefined;
  const m = DATE_LINE.exec(text);
  if (m) {
    date = m[1];
    const blank = m[0].replace(/[^\n]/g, ' ');
    text = blank + text.slice(m[0].length);
  }
  const doc: Document = { id, text, hash: '' };
  if (date) doc.date = date;
  if (source) doc.source = source;
  doc.hash = contentHash(doc);
  return doc;
}
