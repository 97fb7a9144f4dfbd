import { dayOf } from './day.js';
import { looksBinary, stripControl } from './decode.js';
import { contentHash } from './hash.js';
import { htmlDocument } from './html.js';
import type { Document, Format, ReadItem } from './types.js';

type PostalMime = typeof import('postal-mime').default;
let postal: Promise<PostalMime> | undefined;

/** Reads an attachment of a known format into documents; given by the caller (read.ts). */
export type AttachmentReader = (
  format: Format,
  id: string,
  bytes: Uint8Array,
  source: string,
) => AsyncIterable<ReadItem>;

export interface EmailOptions {
  /** Id when the message has no Message-ID. */
  fallbackId: string;
  /** The file (and message number) it came from, for skip lines. */
  where: string;
  readAttachment?: AttachmentReader;
}

/** Attachment formats worth reading, by MIME type, then by file name. */
const ATTACHMENT: Record<string, Format> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
};
const ATTACHMENT_EXT: Record<string, Format> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
};

function attachmentFormat(mime: string, name: string | null): Format | undefined {
  return (
    ATTACHMENT[mime.split(';')[0]?.trim().toLowerCase() ?? ''] ??
    ATTACHMENT_EXT[name?.split('.').pop()?.toLowerCase() ?? '']
  );
}

function sender(from: { name?: string; address?: string } | undefined): string | undefined {
  if (!from) return undefined;
  const name = from.name?.trim();
  const address = from.address?.trim();
  if (name && address) return `${name} <${address}>`;
  return name || address || undefined;
}

/**
 * One e-mail message (RFC 5322, MIME) to a document: the subject as title,
 * the date, the sender as `source`, the plain-text body (or the HTML body read
 * as a web page). Id: the Message-ID without brackets, else `fallbackId`.
 * Attachments in a readable format (PDF, DOCX, HTML) become further documents
 * with ids `<message id>/<file name>`; other attachments are left out.
 */
export async function* emailDocuments(
  bytes: Uint8Array,
  options: EmailOptions,
): AsyncGenerator<ReadItem> {
  const { where } = options;
  const skip = (reason: string): ReadItem => ({ kind: 'skip', skip: { source: where, reason } });
  postal ??= import('postal-mime').then((m) => m.default);
  const PostalMime = await postal;
  let mail: Awaited<ReturnType<PostalMime['parse']>>;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    yield skip(
      `not a readable e-mail message (${String((err as Error)?.message ?? err).split('\n')[0]})`,
    );
    return;
  }
  const messageId = mail.messageId?.trim().replace(/^<|>$/g, '');
  const id = messageId || options.fallbackId;
  const from = sender(mail.from as { name?: string; address?: string } | undefined);
  const rawDate = mail.headers.find((h) => h.key === 'date')?.value;
  const date = dayOf(rawDate) ?? dayOf(mail.date);
  let text = '';
  let url: string | undefined;
  if (mail.text?.trim()) {
    if (mail.text.includes('\u0000') || looksBinary(Buffer.from(mail.text.slice(0, 8192)))) {
      yield skip(`${id}: binary data in the text body, expected text`);
      return;
    } else text = stripControl(mail.text).replace(/\r\n?/g, '\n').trim();
  } else if (mail.html?.trim()) {
    const page = htmlDocument(id, mail.html);
    text = page.text;
    url = page.url;
  }
  const subject = mail.subject ? stripControl(mail.subject).replace(/\s+/g, ' ').trim() : '';
  if (text) {
    const doc: Document = { id, text, hash: '' };
    if (subject) doc.title = subject;
    if (date) doc.date = date;
    if (url) doc.url = url;
    doc.source = from ?? where;
    doc.hash = contentHash(doc);
    yield { kind: 'doc', doc };
  } else if (!mail.attachments.length) {
    yield skip(`${id}: no text in the message`);
  }
  const names = new Set<string>();
  let n = 0;
  for (const a of mail.attachments) {
    n++;
    const format = attachmentFormat(a.mimeType, a.filename);
    if (!format || !options.readAttachment) continue;
    let name = (a.filename ?? `part-${n}`).replace(/[/\\]/g, '_');
    if (names.has(name)) name = `${n}-${name}`;
    names.add(name);
    const content =
      typeof a.content === 'string' ? Buffer.from(a.content) : new Uint8Array(a.content);
    for await (const item of options.readAttachment(
      format,
      `${id}/${name}`,
      content,
      `${where} attachment ${name}`,
    )) {
      if (item.kind === 'doc') {
        if (subject && !item.doc.title) item.doc.title = subject;
        if (date && !item.doc.date) item.doc.date = date;
        item.doc.hash = contentHash(item.doc);
      }
      yield item;
    }
  }
}

const FROM_LINE = Buffer.from('\nFrom ');

/** `>From ` quoted by mboxrd/mboxo back to `From ` at line starts. */
function unquote(msg: Buffer): Buffer {
  if (msg.indexOf('\n>From ') < 0 && msg.indexOf('\n>>From ') < 0) return msg;
  return Buffer.from(msg.toString('latin1').replace(/\n>(>*From )/g, '\n$1'), 'latin1');
}

/**
 * The messages of an mbox stream, one at a time: the file is never held
 * whole. A message starts after a line beginning `From ` (the envelope line,
 * dropped). A message over `maxBytes` yields `{ tooBig: n }` and is passed over.
 */
export async function* mboxMessages(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<{ n: number; bytes?: Buffer; tooBig?: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let n = 0;
  let started = false;
  let dropping = 0; // bytes of an oversized message seen so far, 0 when none
  const emit = (msg: Buffer) => {
    const nl = msg.indexOf(10);
    return unquote(nl < 0 ? Buffer.alloc(0) : msg.subarray(nl + 1));
  };
  for await (const c of input) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (!started) {
      if (pending.length < 5) continue;
      if (pending.subarray(0, 5).toString('latin1') !== 'From ') {
        throw new Error('expected an mbox file starting with a "From " line');
      }
      started = true;
    }
    for (;;) {
      const at = pending.indexOf(FROM_LINE, 1);
      if (at < 0) break;
      n++;
      if (dropping || at + 1 > maxBytes) yield { n, tooBig: dropping + at + 1 };
      else yield { n, bytes: emit(pending.subarray(0, at + 1)) };
      dropping = 0;
      pending = pending.subarray(at + 1);
    }
    if (pending.length > maxBytes + 1024) {
      // Keep only a tail long enough to find the next separator.
      dropping += pending.length - 16;
      pending = Buffer.from(pending.subarray(pending.length - 16));
    }
  }
  if (!started && pending.length)
    throw new Error('expected an mbox file starting with a "From " line');
  if (started) {
    n++;
    if (dropping || pending.length > maxBytes) yield { n, tooBig: dropping + pending.length };
    else if (pending.length) yield { n, bytes: emit(pending) };
  }
}
