import { dayOf } from './day.js';
import { contentHash } from './hash.js';
import type { Format, ReadItem } from './types.js';

/** Reads a record's payload by format (read.ts passes its own). */
export type PayloadReader = (
  format: Format,
  id: string,
  bytes: Uint8Array,
  source: string,
) => AsyncIterable<ReadItem>;

export interface WarcOptions {
  source: string;
  /** Largest payload read, in bytes; bigger records are skipped by URI. */
  maxBytes: number;
  readPayload: PayloadReader;
}

/** Response payloads worth reading, by Content-Type. */
function payloadFormat(contentType: string | null | undefined): Format | undefined {
  const t = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/pdf') return 'pdf';
  return undefined;
}

/**
 * A web archive (WARC 1.0/1.1, plain or gzipped per record) to one document
 * per successful HTML (or PDF) response record, through the HTML (or PDF)
 * reader: id and `url` from WARC-Target-URI, date from WARC-Date. Records are
 * streamed one at a time; requests, metadata, redirects, errors and other
 * content types are passed over. A broken record ends the file with a skip
 * naming the record; the records before it are kept.
 */
export async function* warcDocuments(
  input: AsyncIterable<Uint8Array>,
  options: WarcOptions,
): AsyncGenerator<ReadItem> {
  const { source } = options;
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(input);
  let n = 0;
  let found = 0;
  const broken = (why: unknown, at: number): ReadItem => ({
    kind: 'skip',
    skip: {
      source,
      reason: `record ${at}: broken WARC record (${String((why as Error)?.message ?? why).split('\n')[0]}), the rest of the file is not read`,
    },
  });
  for (;;) {
    let record: Awaited<ReturnType<typeof parser.parse>>;
    // warcio says on the console when a record's length is a little off; it
    // reads the record all the same, and stderr is for graphwire's one-line skips.
    const warn = console.warn;
    console.warn = () => {};
    let failed: unknown;
    try {
      record = await parser.parse();
    } catch (err) {
      failed = err ?? 'unknown error';
      record = null;
    } finally {
      console.warn = warn;
    }
    if (failed !== undefined) {
      yield broken(failed, n + 1);
      return;
    }
    if (!record) break;
    n++;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      yield n === 1
        ? { kind: 'skip', skip: { source, reason: 'not a WARC file (no WARC/1.x header)' } }
        : broken('no WARC/1.x header', n);
      return;
    }
    const uri = record.warcTargetURI ?? undefined;
    const status = Number(record.httpHeaders?.statusCode ?? 0);
    const format =
      record.warcType === 'response' && status >= 200 && status < 300 && uri
        ? payloadFormat(record.httpHeaders?.headers.get('content-type'))
        : undefined;
    if (format) found++;
    // Every record is read through to its end here, a chunk at a time, kept
    // only when wanted and small enough: warcio's own skip spins on a record
    // cut short, and the count left on its reader says whether it was.
    const raw = record.reader as unknown as { limit?: number };
    const parts: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of record) {
        size += chunk.length;
        if (format && size <= options.maxBytes) parts.push(chunk);
      }
    } catch (err) {
      yield broken(err, n);
      return;
    }
    if ((raw.limit ?? 0) > 0) {
      yield broken(`cut short, ${raw.limit} bytes missing`, n);
      return;
    }
    if (!format || !uri) continue;
    if (size > options.maxBytes) {
      yield {
        kind: 'skip',
        skip: {
          source,
          reason: `record ${n} (${uri}): ${(size / 1048576).toFixed(1)} MB, over the limit of ${(options.maxBytes / 1048576).toFixed(0)} MB (--max-doc-mb)`,
        },
      };
      continue;
    }
    const payload = Buffer.concat(parts);
    const date = dayOf(record.warcDate ?? undefined);
    for await (const item of options.readPayload(format, uri, payload, `${source} record ${n}`)) {
      if (item.kind === 'doc') {
        item.doc.url = uri;
        if (date && !item.doc.date) item.doc.date = date;
        item.doc.source = source;
        item.doc.hash = contentHash(item.doc);
      }
      yield item;
    }
  }
  if (found === 0) {
    yield {
      kind: 'skip',
      skip: { source, reason: n ? `no HTML responses in ${n} WARC record(s)` : 'no WARC records' },
    };
  }
}
