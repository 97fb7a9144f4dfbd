import { createReadStream } from 'node:fs';
import { open, readdir, readFile as readText, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidInputError } from '../errors.js';
import { decodeLenient, decodeTextFile } from './decode.js';
import { docxDocument } from './docx.js';
import { emailDocuments, mboxMessages } from './email.js';
import { feedDocuments } from './feed.js';
import { type FetchOptions, parseUrlList, readUrls } from './fetch.js';
import { htmlDocument } from './html.js';
import { readJsonl } from './jsonl.js';
import { pdfDocument } from './pdf.js';
import { pdfThread } from './pdf-thread.js';
import { readSgml, reutersRecord } from './sgml.js';
import { SNIFF_BYTES, sniffFormat } from './sniff.js';
import { textDocument } from './text.js';
import type { Format, InputFormat, ReadItem } from './types.js';
import { warcDocuments } from './warc.js';
import { readWhole } from './whole-file.js';

export interface ReadOptions {
  /** Format of standard input and of files given by name; `auto` goes by extension and content. */
  format?: InputFormat;
  /** Largest document (or JSONL line, or PDF/DOCX file, or fetched page) accepted, in bytes. */
  maxDocBytes?: number;
  /** Standard input, injectable for tests. */
  stdin?: Readable;
  /** Deterministic sharding: keep documents whose id hashes to shard `index` of `count`. */
  shard?: { index: number; count: number };
  /** Files listing URLs to fetch, one a line (`--urls`). */
  urlLists?: string[];
  /** How URLs are fetched: politeness, timeouts, limits. */
  fetch?: FetchOptions;
}

export const DEFAULTS: Required<Omit<ReadOptions, 'stdin' | 'shard' | 'urlLists' | 'fetch'>> = {
  format: 'auto',
  maxDocBytes: 16 << 20,
};

const BY_EXT: Record<string, Format> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.sgm': 'sgml',
  '.sgml': 'sgml',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.rss': 'feed',
  '.atom': 'feed',
  '.eml': 'eml',
  '.mbox': 'mbox',
  '.warc': 'warc',
  '.warc.gz': 'warc',
};

/** Extensions whose files are read only when their content says what they are (a feed). */
const BY_CONTENT_EXT = new Set(['.xml', '.json', '.gz', '']);

export const EXTENSIONS = Object.keys(BY_EXT);

/** Formats whose bytes outrank the file name: a PDF called `.txt` is still a PDF. */
const BYTES_WIN = new Set<Format>(['pdf', 'docx', 'warc', 'feed']);

function extOf(path: string): string {
  const lower = basename(path).toLowerCase();
  if (lower.endsWith('.warc.gz')) return '.warc.gz';
  return extname(lower);
}

export function formatOf(path: string): Format | undefined {
  return BY_EXT[extOf(path)];
}

/**
 * The format of a file: `forced` when given, else its bytes where they are
 * unambiguous about a container or feed, else its extension, else its bytes.
 */
export function detectFormat(
  path: string,
  head: Uint8Array,
  forced: InputFormat = 'auto',
): Format | undefined {
  if (forced !== 'auto') return forced;
  const byBytes = sniffFormat(head);
  if (byBytes && BYTES_WIN.has(byBytes)) return byBytes;
  return formatOf(path) ?? byBytes;
}

async function headOf(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Files under a directory that a reader exists for, recursively, in a stable order. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (!e.isFile()) continue;
    else if (formatOf(p)) yield p;
    else if (
      BY_CONTENT_EXT.has(extOf(p)) &&
      sniffFormat(await headOf(p).catch(() => new Uint8Array()))
    )
      yield p;
  }
}

function skip(source: string, reason: string, line?: number): ReadItem {
  return { kind: 'skip', skip: line === undefined ? { source, reason } : { source, line, reason } };
}

/** An expected reader error as a skip; anything else is a bug and is rethrown. */
function skipOf(err: unknown, source: string): ReadItem {
  if (err instanceof InvalidInputError) {
    const m = err.message;
    return skip(source, m.startsWith(`${source}: `) ? m.slice(source.length + 2) : m);
  }
  throw err;
}

/**
 * Documents from bytes already in memory, by format: a file, standard input,
 * an e-mail attachment, a web archive record or a fetched page. `lenient`
 * decodes text that is not UTF-8 as windows-1252 (web payloads) instead of
 * refusing it (files).
 */
export async function* readBytes(
  format: Format,
  id: string,
  bytes: Uint8Array,
  source: string,
  max: number,
  lenient = false,
): AsyncGenerator<ReadItem> {
  const again: (f: Format, i: string, b: Uint8Array, s: string) => AsyncIterable<ReadItem> = (
    f,
    i,
    b,
    s,
  ) => readBytes(f, i, b, s, max, true);
  switch (format) {
    case 'pdf':
      try {
        yield { kind: 'doc', doc: await pdfDocument(id, bytes, source) };
      } catch (err) {
        yield skipOf(err, source);
      }
      return;
    case 'docx':
      try {
        yield { kind: 'doc', doc: await docxDocument(id, bytes, source) };
      } catch (err) {
        yield skipOf(err, source);
      }
      return;
    case 'eml':
      yield* emailDocuments(bytes, { fallbackId: id, where: source, readAttachment: again });
      return;
    case 'mbox':
      yield* readMbox(Readable.from([Buffer.from(bytes)]), id, source, max);
      return;
    case 'warc':
      yield* warcDocuments(Readable.from([Buffer.from(bytes)]), {
        source,
        maxBytes: max,
        readPayload: again,
      });
      return;
    case 'jsonl':
      yield* readJsonl(Readable.from([Buffer.from(bytes).toString('utf8')]), source, max);
      return;
    case 'sgml': {
      const found = [...decodeLenient(bytes).matchAll(/<REUTERS[\s\S]*?<\/REUTERS>/g)];
      if (!found.length) yield skip(source, 'no <REUTERS> records, expected Reuters SGML');
      for (const m of found) yield reutersRecord(m[0], source);
      return;
    }
    default:
  }
  let text: string;
  try {
    text = lenient && bytes.length ? decodeLenient(bytes) : decodeTextFile(bytes, source);
  } catch (err) {
    yield skipOf(err, source);
    return;
  }
  if (format === 'feed') {
    yield* feedDocuments(id, text, source);
    return;
  }
  if (format === 'html') {
    const doc = htmlDocument(id, text, source);
    if (!doc.text.trim()) yield skip(source, 'no article text found in the HTML');
    else yield { kind: 'doc', doc };
    return;
  }
  if (!text.trim()) {
    yield skip(source, 'empty document');
    return;
  }
  yield { kind: 'doc', doc: textDocument(id, text, source) };
}

/** An mbox stream: each message through the e-mail reader, ids `<file id>#<n>` without a Message-ID. */
async function* readMbox(
  input: AsyncIterable<Buffer | string>,
  id: string,
  source: string,
  max: number,
): AsyncGenerator<ReadItem> {
  const again = (f: Format, i: string, b: Uint8Array, s: string) =>
    readBytes(f, i, b, s, max, true);
  let any = false;
  try {
    for await (const m of mboxMessages(input, max)) {
      any = true;
      const where = `${source} message ${m.n}`;
      if (m.tooBig !== undefined || !m.bytes) {
        yield skip(
          where,
          `message is over the limit of ${(max / 1048576).toFixed(0)} MB (--max-doc-mb)`,
        );
        continue;
      }
      yield* emailDocuments(m.bytes, {
        fallbackId: `${id}#${m.n}`,
        where,
        readAttachment: again,
      });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code) throw err;
    yield skip(source, String((err as Error).message));
    return;
  }
  if (!any) yield skip(source, 'no messages in the mbox file');
}

/** Reads one file by its format. `id` is the path relative to the argument given. */
async function* readFile(
  path: string,
  id: string,
  opts: ReadOptions,
  max: number,
): AsyncGenerator<ReadItem> {
  const format = detectFormat(path, await headOf(path), opts.format);
  if (!format) {
    yield skip(path, `unknown file type, expected one of ${EXTENSIONS.join(' ')} or a feed`);
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path, { encoding: 'utf8' }), path, max);
    return;
  }
  if (format === 'sgml') {
    yield* readSgml(path, path);
    return;
  }
  if (format === 'mbox') {
    yield* readMbox(createReadStream(path, { highWaterMark: 1 << 20 }), id, path, max);
    return;
  }
  if (format === 'warc') {
    yield* warcDocuments(createReadStream(path, { highWaterMark: 1 << 20 }), {
      source: path,
      maxBytes: max,
      readPayload: (f, i, b, s) => readBytes(f, i, b, s, max, true),
    });
    return;
  }
  const bytes = await readWhole(path, max);
  if (typeof bytes === 'string') {
    yield skip(path, bytes);
    return;
  }
  yield* readBytes(format, id, bytes, path, max);
}

async function* readStdin(opts: ReadOptions, max: number): AsyncGenerator<ReadItem> {
  const input = opts.stdin ?? process.stdin;
  if (opts.format === 'jsonl') {
    input.setEncoding('utf8');
    yield* readJsonl(input, '-', max);
    return;
  }
  if (opts.format === 'mbox') {
    yield* readMbox(input, 'stdin', '-', max);
    return;
  }
  if (opts.format === 'warc') {
    yield* warcDocuments(input, {
      source: '-',
      maxBytes: max,
      readPayload: (f, i, b, s) => readBytes(f, i, b, s, max, true),
    });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of input) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > max) {
      yield skip(
        '-',
        `standard input is over the limit of ${(max / 1048576).toFixed(0)} MB (--max-doc-mb)`,
      );
      return;
    }
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  const format =
    opts.format && opts.format !== 'auto'
      ? opts.format
      : (sniffFormat(bytes.subarray(0, SNIFF_BYTES)) ?? 'txt');
  yield* readBytes(format, 'stdin', bytes, '-', max);
}

/** FNV-1a over the id: a stable shard assignment that needs no coordination. */
export function shardOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/**
 * Every document under the given paths, streamed: directories recursively by
 * extension, `-` for standard input. Problems become `skip` items naming the
 * file (and line), so one bad file never stops a run.
 */
export async function* readDocuments(
  paths: readonly string[],
  options?: ReadOptions,
): AsyncGenerator<ReadItem> {
  const opts = { ...DEFAULTS, ...options };
  const max = opts.maxDocBytes;
  const keep = (item: ReadItem) =>
    item.kind !== 'doc' ||
    !opts.shard ||
    shardOf(item.doc.id, opts.shard.count) === opts.shard.index;
  const fetched = (urls: string[]) =>
    readUrls(urls, (f, i, b, s) => readBytes(f, i, b, s, max, true), {
      maxBytes: max,
      ...opts.fetch,
    });
  // Consecutive URL arguments are fetched together, so hosts are visited in parallel.
  let urls: string[] = [];
  for (const arg of paths) {
    if (isUrl(arg)) {
      urls.push(arg);
      continue;
    }
    if (urls.length) for await (const item of fetched(urls)) if (keep(item)) yield item;
    urls = [];
    for await (const item of readPath(arg, opts, max)) if (keep(item)) yield item;
  }
  if (urls.length) for await (const item of fetched(urls)) if (keep(item)) yield item;
  for (const list of opts.urlLists ?? []) {
    let text: string;
    try {
      text = await readText(list, 'utf8');
    } catch (err) {
      yield skip(
        list,
        `cannot read the URL list (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
      continue;
    }
    const listed = parseUrlList(text);
    if (!listed.length) yield skip(list, 'no URLs in the list, expected one a line');
    for await (const item of fetched(listed)) if (keep(item)) yield item;
  }
}

/** An argument naming a URL: a scheme and `://` (any scheme, so ftp:// is refused by name). */
function isUrl(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

async function* readPath(arg: string, opts: ReadOptions, max: number): AsyncGenerator<ReadItem> {
  if (arg === '-') {
    yield* readStdin(opts, max);
    return;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(arg);
  } catch {
    yield skip(arg, 'no such file or directory');
    return;
  }
  if (info.isDirectory()) {
    let any = false;
    for await (const { file, early } of readAhead(walk(arg), arg, max)) {
      any = true;
      const id = relative(arg, file).split(sep).join('/');
      if (early) yield await early;
      else yield* guarded(readFile(file, id, { ...opts, format: 'auto' }, max), file);
    }
    if (!any) yield skip(arg, `no readable files (${EXTENSIONS.join(' ')}) in the directory`);
    return;
  }
  yield* guarded(readFile(arg, basename(arg), opts, max), arg);
}

/** Turns an I/O failure in the middle of one file into a skip for that file. */
async function* guarded(items: AsyncGenerator<ReadItem>, source: string): AsyncGenerator<ReadItem> {
  try {
    yield* items;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield skip(source, code ? `cannot read (${code})` : `cannot read: ${(err as Error).message}`);
  }
}

/** How far a folder's PDFs are handed to the PDF thread ahead of the file being read. */
export const READ_AHEAD = { files: 512, bytes: 64 << 20 };

/**
 * A folder's files in order, each PDF among the next READ_AHEAD already
 * given to the PDF thread (which reads and parses it there): while this
 * thread extracts a batch, that one parses the next. Without a PDF thread
 * (running from the sources) every file is read when its turn comes.
 */
async function* readAhead(
  files: AsyncGenerator<string>,
  root: string,
  max: number,
): AsyncGenerator<{ file: string; early?: Promise<ReadItem> }> {
  const queue: { file: string; size: number; early?: Promise<ReadItem> }[] = [];
  let bytes = 0;
  let done = false;
  for (;;) {
    while (!done && queue.length < READ_AHEAD.files && bytes < READ_AHEAD.bytes) {
      const next = await files.next();
      if (next.done) {
        done = true;
        break;
      }
      const file = next.value;
      // A .pdf, or a file whose name says nothing, may be a PDF: its bytes tell.
      const maybe = extOf(file) === '.pdf' || !formatOf(file);
      const head = maybe ? await headOf(file).catch(() => undefined) : undefined;
      // The thread starts at the first PDF; without one (sources) files are read in turn.
      const thread = head && detectFormat(file, head) === 'pdf' ? pdfThread() : null;
      if (!thread) {
        queue.push({ file, size: 0 });
        continue;
      }
      const size = await stat(file).then(
        (s) => s.size,
        () => 0,
      );
      const id = relative(root, file).split(sep).join('/');
      const early = thread.fromFile(id, file, max).then(
        (doc): ReadItem => ({ kind: 'doc', doc }),
        (err) => {
          if (err instanceof InvalidInputError) return skipOf(err, file);
          const code = (err as NodeJS.ErrnoException).code;
          return code ? skip(file, `cannot read (${code})`) : skipOf(err, file);
        },
      );
      // Awaited in its turn; marked as handled now so a failure waits for it.
      early.catch(() => {});
      queue.push({ file, size, early });
      bytes += size;
    }
    const head = queue.shift();
    if (!head) return;
    bytes -= head.size;
    yield head;
  }
}
