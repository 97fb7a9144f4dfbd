import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { stripControl } from './decode.js';
import { contentHash } from './hash.js';
import type { Document, ReadItem } from './types.js';

const OPTIONAL = ['title', 'date', 'url', 'source'] as const;

/** Validates one parsed JSONL value into a document, or says what is wrong. */
export function jsonlDocument(value: unknown): Document | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'expected an object with "id" and "text"';
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'expected "id" to be a string';
  const id = String(o.id);
  if (id.trim() === '') return 'expected "id" to be a non-empty string';
  if (o.text === undefined) return 'missing "text"';
  if (typeof o.text !== 'string') return `expected "text" to be a string, got ${typeof o.text}`;
  const text = stripControl(o.text);
  if (text.trim() === '') return 'expected "text" to be non-empty';
  const doc: Document = { id, text, hash: '' };
  for (const k of OPTIONAL) {
    const v = o[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return `expected "${k}" to be a string, got ${typeof v}`;
    if (v !== '') doc[k] = v;
  }
  if (doc.date !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(doc.date)) {
    return `expected "date" as YYYY-MM-DD, got ${JSON.stringify(doc.date.slice(0, 40))}`;
  }
  if (doc.date) doc.date = doc.date.slice(0, 10);
  doc.hash = contentHash(doc);
  return doc;
}

/**
 * Streams a JSONL file line by line. A bad line is skipped with the file and
 * line number; the rest of the file goes on.
 */
export async function* readJsonl(
  input: Readable,
  source: string,
  maxLineChars: number,
): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    if (line.length > maxLineChars) {
      yield {
        kind: 'skip',
        skip: {
          source,
          line: n,
          reason: `line is ${(line.length / 1e6).toFixed(1)} M characters, over the limit of ${(maxLineChars / 1e6).toFixed(1)} M (--max-doc-mb)`,
        },
      };
      continue;
    }
    if (line.includes('\uFFFD')) {
      yield {
        kind: 'skip',
        skip: { source, line: n, reason: 'invalid UTF-8, expected UTF-8 JSON' },
      };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield {
        kind: 'skip',
        skip: { source, line: n, reason: 'malformed JSON, expected one object a line' },
      };
      continue;
    }
    const doc = jsonlDocument(value);
    if (typeof doc === 'string') yield { kind: 'skip', skip: { source, line: n, reason: doc } };
    else {
      doc.source ??= `${source}:${n}`;
      yield { kind: 'doc', doc };
    }
  }
}
