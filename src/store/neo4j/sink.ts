import type { Driver } from 'neo4j-driver';
import { Neo4jError, Neo4jUnavailableError } from '../../errors.js';
import { parseExtraction, type SerializedExtraction } from '../../extract/serialized.js';
import type { DocExtraction } from '../../extract/types.js';
import type { LogStore } from '../log-store.js';
import { redactUri } from './config.js';
import { openDriver, sessionConfig, toGraphwireError } from './connect.js';
import { type BatchRows, groupByRows, rowsOf, toRows } from './rows.js';
import { applySchema } from './schema.js';
import { type Neo4jConfig, noWrites, type WriteStats } from './types.js';
import { type WriteOptions, writeRows } from './write.js';

export interface SinkOptions extends WriteOptions {
  /** Rows (articles, mention groups, relations) per transaction, about. */
  maxRows?: number;
}

/**
 * Fewer, larger transactions write faster (each merges a shared entity or
 * relationship once, and pays one commit): on 6,000 Reuters stories one
 * transaction of 56k rows took 14 s where transactions of 1,024 stories
 * (about 9k rows) took 18.5 s. 40k rows stay well inside the local Neo4j's
 * default 768 MB heap.
 */
export const DEFAULTS = { maxRows: 40_000 };

interface Part {
  puts: readonly SerializedExtraction[];
  exts: DocExtraction[];
  /** Built ahead: in `prepare` for a batch's first part, for each later one while the part before it is written. */
  rows?: BatchRows;
}

/** A batch split into transactions of about `maxRows` rows each; the first part's rows built. */
function partsOf(puts: readonly SerializedExtraction[], maxRows: number): Part[] {
  const exts = puts.map((p) => ({ put: p, ext: parseExtraction(p) }));
  const parts: Part[] = groupByRows(exts, (x) => rowsOf(x.ext), maxRows).map((group) => ({
    puts: group.map((x) => x.put),
    exts: group.map((x) => x.ext),
  }));
  rowsOfPart(parts[0]);
  return parts;
}

/** The rows of a part, built now unless they were built ahead. */
function rowsOfPart(part: Part | undefined): BatchRows | undefined {
  if (part && !part.rows) {
    part.rows = toRows(part.exts);
    part.exts = [];
  }
  return part?.rows;
}

/**
 * The ingest sink for `--neo4j`: every batch goes to Neo4j first and to the
 * local store (the ledger) only once Neo4j has committed it, so the ledger
 * never records a document Neo4j did not get. A document counts as unchanged
 * only when both Neo4j's :Article hash and the local ledger agree with it.
 */
export class Neo4jSink {
  readonly config: Neo4jConfig;
  private readonly driver: Driver;
  private readonly local: LogStore;
  private readonly remote: Map<string, string>;
  private readonly writeOptions: WriteOptions | undefined;
  private readonly maxRows: number;
  /** Rows built by `prepare`, until their batch is committed. */
  private readonly prepared = new WeakMap<readonly SerializedExtraction[], Part[]>();
  /** Documents this sink has committed to Neo4j. */
  committed = 0;
  readonly totals: WriteStats = noWrites();

  private constructor(
    config: Neo4jConfig,
    driver: Driver,
    local: LogStore,
    remote: Map<string, string>,
    options?: SinkOptions,
  ) {
    this.config = config;
    this.driver = driver;
    this.local = local;
    this.remote = remote;
    const { maxRows, ...writeOptions } = { ...DEFAULTS, ...options };
    this.maxRows = maxRows;
    this.writeOptions = writeOptions;
  }

  /** Connects (exit 2 when Neo4j is unreachable), applies the schema, reads the article ledger. */
  static async open(
    config: Neo4jConfig,
    local: LogStore,
    options?: SinkOptions,
  ): Promise<Neo4jSink> {
    const driver = await openDriver(config);
    try {
      await applySchema(driver, config);
      const session = driver.session(sessionConfig(config, 'READ'));
      const remote = new Map<string, string>();
      try {
        const res = await session.executeRead((tx) =>
          tx.run('MATCH (a:Article) WHERE a.hash IS NOT NULL RETURN a.id AS id, a.hash AS hash'),
        );
        for (const r of res.records) remote.set(r.get('id'), r.get('hash'));
      } catch (err) {
        throw toGraphwireError(config, err, 'reading the article ledger');
      } finally {
        await session.close();
      }
      return new Neo4jSink(config, driver, local, remote, options);
    } catch (err) {
      await driver.close();
      throw err;
    }
  }

  hashOf(id: string): string | undefined {
    const h = this.remote.get(id);
    return h !== undefined && h === this.local.hashOf(id) ? h : undefined;
  }

  stampOf(id: string): string | undefined {
    return this.local.stampOf(id);
  }

  /** Builds a batch's rows ahead of its commit, while the batch before it is being written. */
  prepare(puts: readonly SerializedExtraction[]): void {
    if (puts.length && !this.prepared.has(puts))
      this.prepared.set(puts, partsOf(puts, this.maxRows));
  }

  /**
   * Writes a batch as transactions of about `maxRows` rows; each part goes
   * into the ledger once Neo4j has committed it.
   */
  async commitBatch(puts: readonly SerializedExtraction[]): Promise<void> {
    if (puts.length === 0) return;
    const parts = this.prepared.get(puts) ?? partsOf(puts, this.maxRows);
    this.prepared.delete(puts);
    for (const [i, part] of parts.entries()) {
      let stats: WriteStats;
      try {
        stats = await writeRows(this.driver, this.config, rowsOfPart(part) as BatchRows, {
          ...this.writeOptions,
          // The next part's rows are built while Neo4j runs and commits this one.
          whileWaiting: () => rowsOfPart(parts[i + 1]),
        });
      } catch (err) {
        const note = `; ${this.committed} documents were committed to Neo4j before the failure (the ${part.puts.length} in flight may or may not have been), run the same ingest again to continue`;
        if (err instanceof Neo4jUnavailableError)
          throw new Neo4jUnavailableError(err.uri, `${err.message}${note}`, { cause: err });
        if (err instanceof Neo4jError)
          throw new Neo4jError(`${err.message}${note}`, { cause: err });
        throw err;
      }
      this.local.commitBatch(part.puts);
      this.committed += part.puts.length;
      for (const p of part.puts) this.remote.set(p.id, p.hash);
      for (const k of Object.keys(stats) as (keyof WriteStats)[]) this.totals[k] += stats[k];
    }
  }

  /** For summaries: where the graph went, without credentials. */
  describe(): { uri: string; database: string | null; committed: number } {
    return {
      uri: redactUri(this.config.uri),
      database: this.config.database ?? null,
      committed: this.committed,
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
