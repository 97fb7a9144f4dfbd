import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { InvalidInputError } from '../errors.js';
import { decodeTextFile } from './decode.js';
import { htmlDocument } from './html.js';
import { readJsonl } from './jsonl.js';
import { readSgml } from './sgml.js';
import { textDocument } from './text.js';
import type { InputFormat, ReadItem } from './types.js';

export interface ReadOptions {
  /** Format for standard input (`-`); files go by extension. */
  format?: InputFormat;
  /** Largest document (or JSONL line) accepted, in bytes. */
  maxDocBytes?: number;
  /** Standard input, injectable for tests. */
  stdin?: Readable;
  /** Deterministic sharding: keep documents whose id hashes to shard `index` of `count`. */
  shard?: { index: number; count: number };
}

export const DEFAULTS: Required<Omit<ReadOptions, 'stdin' | 'shard'>> = {
  format: 'auto',
  maxDocBytes: 16 << 20,
};

const BY_EXT: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.sgm': 'sgml',
  '.sgml': 'sgml',
};

export const EXTENSIONS = Object.keys(BY_EXT);

export function formatOf(path: string): Exclude<InputFormat, 'auto'> | undefined {
  return BY_EXT[extname(path).toLowerCase()];
}

/** Files under a directory with a known extension, recursively, in a stable order. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && formatOf(p)) yield p;
  }
}

function skip(source: string, reason: string, line?: number): ReadItem {
  return { kind: 'skip', skip: line === undefined ? { source, reason } : { source, line, reason } };
}

async function readWhole(path: string, max: number): Promise<Buffer | string> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size > max) {
      return `document is ${(size / 1048576).toFixed(1)} MB, over the limit of ${(max / 1048576).toFixed(0)} MB (--max-doc-mb)`;
    }
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** Reads one file by its extension. `id` is the path relative to the argument given. */
async function* readFile(path: string, id: string, max: number): AsyncGenerator<ReadItem> {
  const format = formatOf(path);
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path, { encoding: 'utf8' }), path, max);
    return;
  }
  if (format === 'sgml') {
    yield* readSgml(path, path);
    return;
  }
  const bytes = await readWhole(path, max);
  if (typeof bytes === 'string') {
    yield skip(path, bytes);
    return;
  }
  let text: string;
  try {
    text = decodeTextFile(bytes, path);
  } catch (err) {
    if (err instanceof InvalidInputError) {
      yield skip(path, err.message.slice(path.length + 2));
      return;
    }
    throw err;
  }
  if (format === 'html') {
    const doc = htmlDocument(id, text, path);
    if (!doc.text.trim()) yield skip(path, 'no article text found in the HTML');
    else yield { kind: 'doc', doc };
    return;
  }
  yield { kind: 'doc', doc: textDocument(id, text, path) };
}

async function* readStdin(opts: ReadOptions, max: number): AsyncGenerator<ReadItem> {
  const input = opts.stdin ?? process.stdin;
  if (opts.format === 'jsonl') {
    input.setEncoding('utf8');
    yield* readJsonl(input, '-', max);
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
  let text: string;
  try {
    text = decodeTextFile(Buffer.concat(chunks), '-');
  } catch (err) {
    if (err instanceof InvalidInputError) {
      yield skip('-', err.message.slice(3));
      return;
    }
    throw err;
  }
  yield {
    kind: 'doc',
    doc:
      opts.format === 'html' ? htmlDocument('stdin', text, '-') : textDocument('stdin', text, '-'),
  };
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
  for (const arg of paths) {
    for await (const item of readPath(arg, opts, max)) {
      if (
        item.kind === 'doc' &&
        opts.shard &&
        shardOf(item.doc.id, opts.shard.count) !== opts.shard.index
      ) {
        continue;
      }
      yield item;
    }
  }
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
    for await (const file of walk(arg)) {
      any = true;
      const id = relative(arg, file).split(sep).join('/');
      yield* guarded(readFile(file, id, max), file);
    }
    if (!any) yield skip(arg, `no readable files (${EXTENSIONS.join(' ')}) in the directory`);
    return;
  }
  if (!formatOf(arg)) {
    yield skip(arg, `unknown file type, expected one of ${EXTENSIONS.join(' ')}`);
    return;
  }
  yield* guarded(readFile(arg, basename(arg), max), arg);
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
