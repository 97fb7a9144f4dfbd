import { createReadStream } from 'node:fs';
import { decodeLenient, stripControl } from './decode.js';
import { contentHash } from './hash.js';
import type { Document, ReadItem } from './types.js';

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

// A Map: an unknown reference such as `&constructor;` must not find a prototype property.
const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Decodes SGML character references; control characters they produce are removed later. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED.get(ref.toLowerCase()) ?? all;
  });
}

function field(record: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i').exec(record);
  return m ? m[1] : undefined;
}

function clean(s: string): string {
  return stripControl(decodeEntities(s)).replace(/\r\n?/g, '\n');
}

/** `26-FEB-1987 15:01:01.79` -> `1987-02-26`. */
export function reutersDate(raw: string | undefined): string | undefined {
  const m = raw && /(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(raw);
  if (!m) return undefined;
  const month = MONTHS[(m[2] as string).toUpperCase()];
  return month ? `${m[3]}-${month}-${(m[1] as string).padStart(2, '0')}` : undefined;
}

/**
 * One `<REUTERS>` record to a document: the title, a blank line, then the
 * dateline and body as one paragraph stream (datelines name places).
 */
export function reutersRecord(record: string, source: string): ReadItem {
  const newid = /<REUTERS[^>]*\bNEWID="(\d+)"/i.exec(record)?.[1];
  if (!newid) return { kind: 'skip', skip: { source, reason: 'REUTERS record without NEWID' } };
  const title = field(record, 'TITLE');
  const dateline = field(record, 'DATELINE');
  let body = field(record, 'BODY');
  if (body === undefined) {
    // Unprocessed or brief stories: the TEXT element without markup.
    const t = field(record, 'TEXT');
    body = t?.replace(/<[^>]*>/g, ' ');
  }
  const t = title ? clean(title).trim() : '';
  const d = dateline ? clean(dateline).trim() : '';
  let b = body ? clean(body) : '';
  b = b.replace(/\s*\bReut(?:er|ers)?\s*$/i, '').trim();
  const parts = [t, [d, b].filter(Boolean).join(' ')].filter(Boolean);
  const text = parts.join('\n\n');
  const id = `reuters-${newid}`;
  if (!text.trim()) return { kind: 'skip', skip: { source, reason: `${id}: no title or body` } };
  const doc: Document = { id, text, hash: '', source };
  if (t) doc.title = t;
  const date = reutersDate(field(record, 'DATE'));
  if (date) doc.date = date;
  doc.hash = contentHash(doc);
  return { kind: 'doc', doc };
}

const END = Buffer.from('</REUTERS>', 'latin1');
const START = Buffer.from('<REUTERS', 'latin1');

/**
 * Streams the records of a Reuters SGML file in bounded chunks: the file is
 * never held whole. Each record is decoded on its own (UTF-8, else windows-1252).
 * Records without an end tag (a truncated file) are skipped with a reason.
 */
export async function* readSgml(
  path: string,
  source: string,
  maxRecordBytes = 8 << 20,
): AsyncGenerator<ReadItem> {
  let pending: Buffer = Buffer.alloc(0);
  let found = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    for (;;) {
      const end = pending.indexOf(END);
      if (end < 0) break;
      const start = pending.lastIndexOf(START, end);
      const stop = end + END.length;
      if (start >= 0) {
        found++;
        yield reutersRecord(decodeLenient(pending.subarray(start, stop)), source);
      }
      pending = pending.subarray(stop);
    }
    if (pending.length > maxRecordBytes) {
      yield {
        kind: 'skip',
        skip: { source, reason: `record over ${maxRecordBytes >> 20} MB without </REUTERS>` },
      };
      pending = Buffer.alloc(0);
    }
  }
  if (pending.indexOf(START) >= 0) {
    yield { kind: 'skip', skip: { source, reason: 'truncated REUTERS record without </REUTERS>' } };
  } else if (found === 0) {
    yield { kind: 'skip', skip: { source, reason: 'no <REUTERS> records, expected Reuters SGML' } };
  }
}
