import { createHash } from 'node:crypto';

/** Content hash of what changes an extraction: text plus the metadata stored with it. */
export function contentHash(doc: {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([doc.text, doc.title ?? null, doc.date ?? null, doc.url ?? null]));
  return h.digest('hex');
}
