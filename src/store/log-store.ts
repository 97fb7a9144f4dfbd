import {
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { mkdir, readFile, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { StoreError } from '../errors.js';
import { type SerializedExtraction, serializeExtraction } from '../extract/batch.js';
import type { DocExtraction } from '../extract/types.js';

/**
 * The embedded store: one folder holding an append-only log of what each
 * document contributed. A line is `crc32 \t op \t hash \t id-json \t payload-json`;
 * the ledger (id -> hash) is the last `put` or `del` of each id.
 *
 * Durability: a batch is one `write` followed by `fsync`, so a batch is committed
 * whole or, after a crash mid-write, its torn tail is cut off on the next open.
 * Nothing committed before is ever rewritten in place; compaction writes a new
 * file and renames it over the old one.
 */

const FORMAT = 'graphwire-store';
const VERSION = 1;
const LOG = 'docs.log';
const META = 'graphwire.json';
const LOCK = 'lock';
const IMPORTED = 'imported.json';

/**
 * A graph brought in with `graphwire import`: it replaces what the listed
 * documents contributed. Documents ingested later, or changed since, are
 * merged on top of it when the graph is built.
 */
export interface ImportedGraph {
  /** The graph file it came from. */
  source: string;
  /** graphology serialization (the JSON contract). */
  graph: unknown;
  /** Document id -> content hash of every document the graph stands for. */
  covers: Record<string, string>;
}

export interface LedgerEntry {
  hash: string;
  /** The extractor that made the record, when it was recorded. */
  stamp?: string;
  /** Byte offset of the record's line in the log. */
  offset: number;
  length: number;
}

export interface StoreStats {
  documents: number;
  records: number;
  bytes: number;
}

export interface OpenOptions {
  /** Create the folder when it does not exist (ingest); export needs it to exist. */
  create?: boolean;
  /** Take the writer lock (one writer at a time). */
  write?: boolean;
}

/** The line's hash field: the content hash, then `/` and the extractor stamp when known. */
function version(hash: string, stamp: string | undefined): string {
  return stamp ? `${hash}/${stamp}` : hash;
}

function line(op: 'put' | 'del', id: string, hash: string, payload: string): string {
  const body = `${op}\t${hash}\t${JSON.stringify(id)}\t${payload}`;
  return `${crc32(body).toString(16).padStart(8, '0')}\t${body}\n`;
}

interface Parsed {
  op: 'put' | 'del';
  hash: string;
  id: string;
  payload: string;
}

function parseLine(text: string): Parsed | undefined {
  const tab = text.indexOf('\t');
  if (tab !== 8) return undefined;
  const body = text.slice(9);
  if (Number.parseInt(text.slice(0, 8), 16) !== crc32(body)) return undefined;
  const [op, hash, idJson] = body.split('\t', 3);
  if ((op !== 'put' && op !== 'del') || hash === undefined || idJson === undefined)
    return undefined;
  const payload = body.slice(op.length + hash.length + idJson.length + 3);
  return { op, hash, id: JSON.parse(idJson) as string, payload };
}

export class LogStore {
  readonly dir: string;
  private readonly ledger = new Map<string, LedgerEntry>();
  private records = 0;
  private size = 0;
  private fd: number | undefined;
  private locked = false;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Opens (and with `create`, makes) a store folder; recovers a torn tail. */
  static async open(dir: string, options: OpenOptions = {}): Promise<LogStore> {
    const store = new LogStore(dir);
    await store.init(options);
    return store;
  }

  private async init({ create = false, write = false }: OpenOptions): Promise<void> {
    const metaPath = join(this.dir, META);
    let exists = true;
    try {
      const info = await stat(this.dir);
      if (!info.isDirectory()) throw new StoreError(`store ${this.dir}: not a directory`);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      exists = false;
    }
    if (!exists) {
      if (!create)
        throw new StoreError(`store ${this.dir}: no such store (run graphwire ingest first)`);
      try {
        await mkdir(this.dir, { recursive: true });
      } catch (cause) {
        throw new StoreError(
          `store ${this.dir}: cannot create (${(cause as NodeJS.ErrnoException).code})`,
          { cause },
        );
      }
    }
    let meta: { format?: string; version?: number } | undefined;
    try {
      meta = JSON.parse(await readFile(metaPath, 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new StoreError(
          `store ${this.dir}: ${META} is unreadable, expected a graphwire store`,
        );
      }
    }
    if (meta && (meta.format !== FORMAT || meta.version !== VERSION)) {
      throw new StoreError(
        `store ${this.dir}: not a graphwire store (format ${meta.format} v${meta.version})`,
      );
    }
    if (!meta) {
      const hasLog = await stat(join(this.dir, LOG)).then(
        () => true,
        () => false,
      );
      if (!create && !hasLog)
        throw new StoreError(`store ${this.dir}: not a graphwire store (no ${META})`);
      if (write || create)
        await this.writeAtomic(META, `${JSON.stringify({ format: FORMAT, version: VERSION })}\n`);
    }
    if (write) this.lock();
    await this.scan();
    if (write) {
      try {
        this.fd = openSync(
          join(this.dir, LOG),
          constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
          0o644,
        );
      } catch (cause) {
        this.unlock();
        throw new StoreError(`store ${this.dir}: cannot open ${LOG} for writing`, { cause });
      }
    }
  }

  private lock(): void {
    const path = join(this.dir, LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.locked = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new StoreError(`store ${this.dir}: cannot take the writer lock`, { cause: err });
        }
        const pid = Number(readSmall(path));
        if (pid && pid !== process.pid && alive(pid)) {
          throw new StoreError(
            `store ${this.dir}: in use by another graphwire process (pid ${pid})`,
            { retriable: true },
          );
        }
        unlinkSyncQuiet(path); // stale lock of a killed process
      }
    }
    throw new StoreError(`store ${this.dir}: cannot take the writer lock`);
  }

  private unlock(): void {
    if (!this.locked) return;
    unlinkSyncQuiet(join(this.dir, LOCK));
    this.locked = false;
  }

  /** Reads the log once to build the ledger; cuts off a torn last batch. */
  private async scan(): Promise<void> {
    const path = join(this.dir, LOG);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new StoreError(`store ${this.dir}: cannot read ${LOG}`, { cause: err });
    }
    let good = 0;
    let bad = false;
    try {
      for (const rec of iterateLines(fd)) {
        const p = parseLine(rec.text);
        if (!p) {
          bad = true;
          break;
        }
        this.records++;
        if (p.op === 'put') {
          const [hash = '', stamp] = p.hash.split('/', 2);
          this.ledger.set(p.id, { hash, stamp, offset: rec.offset, length: rec.length });
        } else this.ledger.delete(p.id);
        good = rec.offset + rec.length;
      }
    } finally {
      closeSync(fd);
    }
    const size = (await stat(path)).size;
    if (bad || good < size) {
      // A crash tore the last batch: everything before it was fsynced and stays.
      await truncate(path, good);
    }
    this.size = good;
  }

  get documents(): number {
    return this.ledger.size;
  }

  stats(): StoreStats {
    return { documents: this.ledger.size, records: this.records, bytes: this.size };
  }

  /** The stored content hash of a document, or undefined when it is not stored. */
  hashOf(id: string): string | undefined {
    return this.ledger.get(id)?.hash;
  }

  /** The stamp of the extractor that made a document's record (undefined for older stores). */
  stampOf(id: string): string | undefined {
    return this.ledger.get(id)?.stamp;
  }

  ids(): string[] {
    return [...this.ledger.keys()].sort();
  }

  /**
   * Commits a batch: every extraction replaces what its document contributed
   * before; `deletes` removes documents. One write, one fsync.
   */
  commit(puts: readonly DocExtraction[], deletes: readonly string[] = []): void {
    this.commitBatch(puts.map(serializeExtraction), deletes);
  }

  /** `commit` for extractions already serialised (by the worker that made them). */
  commitBatch(puts: readonly SerializedExtraction[], deletes: readonly string[] = []): void {
    if (this.fd === undefined) throw new StoreError(`store ${this.dir}: opened read-only`);
    if (puts.length === 0 && deletes.length === 0) return;
    const parts: string[] = [];
    for (const ext of puts) parts.push(line('put', ext.id, version(ext.hash, ext.stamp), ext.json));
    for (const id of deletes) parts.push(line('del', id, '-', '{}'));
    const buf = Buffer.from(parts.join(''), 'utf8');
    try {
      let off = 0;
      while (off < buf.length) off += writeSync(this.fd, buf, off);
      fsyncSync(this.fd);
    } catch (cause) {
      throw new StoreError(
        `store ${this.dir}: write failed (${(cause as NodeJS.ErrnoException).code})`,
        { cause },
      );
    }
    let offset = this.size;
    let i = 0;
    for (const ext of puts) {
      const length = Buffer.byteLength(parts[i++] as string);
      this.ledger.set(ext.id, { hash: ext.hash, stamp: ext.stamp, offset, length });
      offset += length;
    }
    for (const id of deletes) {
      this.ledger.delete(id);
      offset += Buffer.byteLength(parts[i++] as string);
    }
    this.records += parts.length;
    this.size = offset;
  }

  /** Every stored extraction, in id order, read from disk one at a time. */
  *extractions(): Generator<DocExtraction> {
    const path = join(this.dir, LOG);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new StoreError(`store ${this.dir}: cannot read ${LOG}`, { cause: err });
    }
    try {
      for (const id of this.ids()) {
        const e = this.ledger.get(id) as LedgerEntry;
        const buf = Buffer.allocUnsafe(e.length);
        readSync(fd, buf, 0, e.length, e.offset);
        const p = parseLine(buf.toString('utf8', 0, e.length - 1));
        if (!p) throw new StoreError(`store ${this.dir}: record of ${id} is damaged`);
        yield JSON.parse(p.payload) as DocExtraction;
      }
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Records an imported graph in place of what every stored document
   * contributed (see ImportedGraph). Written to a temp file, fsynced and
   * renamed, so a crash leaves the previous import or none, never half.
   */
  async putImported(graph: unknown, source: string): Promise<ImportedGraph> {
    if (this.fd === undefined) throw new StoreError(`store ${this.dir}: opened read-only`);
    const covers: Record<string, string> = {};
    for (const id of this.ids()) covers[id] = (this.ledger.get(id) as LedgerEntry).hash;
    const imported: ImportedGraph = { source, graph, covers };
    await this.writeAtomic(IMPORTED, `${JSON.stringify(imported)}\n`);
    return imported;
  }

  /** The imported graph, or undefined when nothing was imported. */
  async imported(): Promise<ImportedGraph | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.dir, IMPORTED), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreError(`store ${this.dir}: cannot read ${IMPORTED}`, { cause: err });
    }
    try {
      const parsed = JSON.parse(text) as ImportedGraph;
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.covers !== 'object')
        throw new Error('unexpected shape');
      return parsed;
    } catch (cause) {
      throw new StoreError(`store ${this.dir}: ${IMPORTED} is damaged`, { cause });
    }
  }

  /** Rewrites the log with only live records when most of it is superseded. */
  async compactIfWorthIt(): Promise<boolean> {
    if (this.records < 1000 || this.ledger.size * 2 > this.records) return false;
    await this.compact();
    return true;
  }

  async compact(): Promise<void> {
    if (this.fd === undefined) throw new StoreError(`store ${this.dir}: opened read-only`);
    const tmp = join(this.dir, `${LOG}.compact`);
    const out = openSync(tmp, 'w', 0o644);
    const next = new Map<string, LedgerEntry>();
    let offset = 0;
    try {
      for (const ext of this.extractions()) {
        const stamp = this.ledger.get(ext.doc.id)?.stamp;
        const hash = version(ext.doc.hash, stamp);
        const buf = Buffer.from(line('put', ext.doc.id, hash, JSON.stringify(ext)), 'utf8');
        writeSync(out, buf);
        next.set(ext.doc.id, { hash: ext.doc.hash, stamp, offset, length: buf.length });
        offset += buf.length;
      }
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    closeSync(this.fd);
    await rename(tmp, join(this.dir, LOG));
    fsyncDir(this.dir);
    this.fd = openSync(join(this.dir, LOG), constants.O_WRONLY | constants.O_APPEND);
    this.ledger.clear();
    for (const [k, v] of next) this.ledger.set(k, v);
    this.records = next.size;
    this.size = offset;
  }

  async close(): Promise<void> {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    this.unlock();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async writeAtomic(name: string, content: string): Promise<void> {
    const tmp = join(this.dir, `${name}.tmp`);
    await writeFile(tmp, content);
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    await rename(tmp, join(this.dir, name));
    fsyncDir(this.dir);
  }
}

/** Lines of a file with their byte offsets, read in 1 MB chunks. */
function* iterateLines(fd: number): Generator<{ text: string; offset: number; length: number }> {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let pending = Buffer.alloc(0);
  let base = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    pending = Buffer.concat([pending, chunk.subarray(0, n)]);
    let start = 0;
    for (;;) {
      const nl = pending.indexOf(10, start);
      if (nl < 0) break;
      yield {
        text: pending.toString('utf8', start, nl),
        offset: base + start,
        length: nl + 1 - start,
      };
      start = nl + 1;
    }
    base += start;
    pending = pending.subarray(start);
  }
  // A final line without a newline is a torn write: not yielded, so it is cut.
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Some filesystems do not allow fsync on directories; rename is still atomic.
  }
}

function readSmall(path: string): string {
  try {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(32);
    const n = readSync(fd, buf, 0, 32, 0);
    closeSync(fd);
    return buf.toString('utf8', 0, n).trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkSyncQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
