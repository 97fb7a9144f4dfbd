import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { ExtractPool } from '../extract/pool.js';
import { countDocuments } from '../ingest/index.js';
import type { Document, InputFormat } from '../ingest/types.js';
import { ingest } from '../pipeline/index.js';
import { LogStore } from '../store/index.js';
import type { BulkSink, Neo4jSink } from '../store/neo4j/index.js';
import { progressBar } from './progress.js';

export interface IngestFlags {
  db: string;
  format: InputFormat;
  json?: boolean;
  force?: boolean;
  maxDocMb: string;
  batch?: string;
  progress?: boolean;
  neo4j?: string | boolean;
  shard?: string;
  workers: string;
  urls?: string;
  robots?: boolean;
  fetchDelayMs: string;
  fetchTimeoutS: string;
  bulk?: boolean;
  dataDir?: string;
  overwrite?: boolean;
}

/** `i/n` (1-based, as test runners write it) to the reader's 0-based shard. */
export function parseShard(raw: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const i = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || i < 1 || i > n)
    throw new UsageError(
      `--shard must be i/n with 1 <= i <= n (e.g. 1/2), got ${JSON.stringify(raw)}`,
    );
  return { index: i - 1, count: n };
}

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return n;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read articles, extract entities and relations, and store the graph')
    .argument(
      '[paths...]',
      'files or directories (.txt .md .html .jsonl .sgm .pdf .docx .rss .atom .xml .eml .mbox .warc .warc.gz), http(s) URLs, or - for standard input',
    )
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .addOption(
      new Option(
        '--format <format>',
        'format of standard input and of files named (auto: by extension and content)',
      )
        .choices([
          'auto',
          'txt',
          'md',
          'html',
          'jsonl',
          'sgml',
          'pdf',
          'docx',
          'feed',
          'eml',
          'mbox',
          'warc',
        ])
        .default('auto'),
    )
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--force', 're-extract documents even when unchanged')
    .option('--max-doc-mb <n>', 'largest document accepted, in MB', '16')
    .option(
      '--batch <n>',
      'documents per committed batch (default 256, 4096 with --neo4j without --bulk, which commits transactions of at most about 40,000 rows)',
    )
    .option('--no-progress', 'no progress bar even on a terminal')
    .option(
      '--workers <n>',
      'extraction worker threads (1 extracts in the main thread)',
      String(availableParallelism()),
    )
    .option(
      '--neo4j [uri]',
      'also write the graph to Neo4j (URI, else NEO4J_URI from the environment or .env; password from NEO4J_PASSWORD)',
    )
    .option('--urls <file>', 'also fetch the URLs listed in this file, one a line')
    .option('--no-robots', 'fetch URLs even where robots.txt forbids them')
    .option('--fetch-delay-ms <n>', 'pause between two requests to one host', '1000')
    .option('--fetch-timeout-s <n>', 'longest one request may take', '20')
    .option(
      '--bulk',
      'with --neo4j: load a fresh local Neo4j (graphwire neo4j start --data-dir) in one neo4j-admin import; it must be stopped',
    )
    .option('--data-dir <dir>', 'with --bulk: database folder of the local Neo4j', '.neo4j')
    .option('--overwrite', 'with --bulk: replace a database that already holds nodes')
    .option(
      '--shard <i/n>',
      'only the documents of shard i of n (1-based), for parallel ingest processes',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire ingest examples --db graphwire-data\n  graphwire ingest report.pdf notes.docx news.rss inbox.mbox crawl.warc.gz\n  graphwire ingest https://example.org/news/story.html\n  graphwire ingest --urls list.txt\n  graphwire ingest corpus/*.sgm --json\n  graphwire ingest articles --neo4j bolt://localhost:7687\n  graphwire ingest corpus --neo4j --bulk --data-dir .neo4j && graphwire neo4j start --data-dir .neo4j\n  graphwire ingest corpus --neo4j --shard 1/2 & graphwire ingest corpus --neo4j --shard 2/2 --db data-2\n  cat feed.jsonl | graphwire ingest - --format jsonl',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  if (paths.length === 0 && !flags.urls) {
    throw new UsageError('give files, folders, URLs or - to read, or --urls <file>');
  }
  const delayMs = Number(flags.fetchDelayMs ?? '1000');
  if (!Number.isFinite(delayMs) || delayMs < 0) {
    throw new UsageError(
      `--fetch-delay-ms must be a number >= 0, got ${JSON.stringify(flags.fetchDelayMs)}`,
    );
  }
  const fetch = {
    delayMs,
    timeoutMs: Math.round(positive('--fetch-timeout-s', flags.fetchTimeoutS ?? '20') * 1000),
    robots: flags.robots !== false,
  };
  const maxDocBytes = Math.round(positive('--max-doc-mb', flags.maxDocMb) * 1048576);
  // Neo4j pays a commit and a round of MERGEs per transaction whatever its
  // size, so larger batches write faster there (the sink splits them into
  // transactions by rows); the local log does not care.
  // --bulk only appends CSV lines per batch, so it reads and extracts as a
  // plain ingest does.
  const batchSize =
    flags.batch === undefined
      ? flags.neo4j && !flags.bulk
        ? 4096
        : 256
      : Math.round(positive('--batch', flags.batch));
  const workers = Math.round(positive('--workers', flags.workers));
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (flags.bulk && !flags.neo4j)
    throw new UsageError('--bulk writes a local Neo4j database: use it with --neo4j');
  if (flags.bulk && typeof flags.neo4j === 'string')
    throw new UsageError(
      `--bulk imports into the files of the local Neo4j (--data-dir), not into a server: drop the URI ${JSON.stringify(flags.neo4j)}`,
    );
  if (!flags.bulk && flags.overwrite)
    throw new UsageError('--overwrite is for --bulk (a database it may replace)');
  // The Neo4j driver is loaded only with --neo4j.
  const neo4jModule = flags.neo4j ? await import('../store/neo4j/index.js') : undefined;
  const config =
    neo4jModule && !flags.bulk
      ? neo4jModule.neo4jConfig(typeof flags.neo4j === 'string' ? { uri: flags.neo4j } : {})
      : undefined;
  const store = await LogStore.open(flags.db, { create: true, write: true });
  // With --neo4j, Neo4j gets each batch before the local ledger does: when it is
  // unreachable the ingest stops here (exit 2) with no document recorded anywhere.
  let neo4j: Neo4jSink | undefined;
  let bulk: BulkSink | undefined;
  try {
    if (config && neo4jModule) neo4j = await neo4jModule.Neo4jSink.open(config, store);
    if (flags.bulk && neo4jModule)
      bulk = await neo4jModule.BulkSink.open(store, {
        dataDir: flags.dataDir ?? '.neo4j',
        overwrite: Boolean(flags.overwrite),
      });
  } catch (err) {
    await store.close();
    throw err;
  }
  const bar = progressBar(flags.progress !== false && Boolean(process.stderr.isTTY));
  // Worker threads extract while the main thread reads and commits; the merge
  // of entities happens after, so the graph is the same for any worker count.
  // The pool starts with the first full batch: a handful of articles is
  // extracted in-process without paying for the workers' start-up.
  // A promise, set synchronously: two batches in flight must not start two pools.
  let pool: Promise<ExtractPool> | undefined;
  // In-process extraction runs synchronously inside the pipeline's flush, so
  // its time is not counted as reading; the module is loaded up front for one worker.
  let local = workers < 2 ? await import('../extract/batch.js') : undefined;
  const extractDocs = async (docs: Document[]) => {
    if (!pool && (workers < 2 || docs.length < batchSize)) {
      local ??= await import('../extract/batch.js');
      return local.extractBatch(docs);
    }
    pool ??= import('../extract/pool.js').then((m) => m.createExtractPool({ workers }));
    return (await pool).extract(docs);
  };
  try {
    if (flags.progress !== false && process.stderr.isTTY) {
      // A quick scan (well under a second for the Reuters corpus) gives the bar its total.
      const total = await countDocuments(paths).catch(() => undefined);
      if (total) bar.setTotal(total);
    }
    const summary = await ingest(paths, neo4j ?? bulk ?? store, {
      read: {
        format: flags.format,
        maxDocBytes,
        fetch,
        ...(shard ? { shard } : {}),
        ...(flags.urls ? { urlLists: [flags.urls] } : {}),
      },
      batchSize,
      force: Boolean(flags.force),
      extract: extractDocs,
      onProgress: (p) => bar.update(p.done + p.skipped, { skipped: p.skipped }),
      onSkip: (s) => {
        bar.stop();
        process.stderr.write(
          `graphwire: skipped ${s.source}${s.line ? `:${s.line}` : ''}: ${s.reason}\n`,
        );
      },
    });
    bar.stop();
    const loaded = await bulk?.finish();
    await store.compactIfWorthIt();
    const stats = store.stats();
    if (flags.json) {
      const { skips, ...rest } = summary;
      const out = {
        ...rest,
        seconds: round(summary.seconds),
        stages: Object.fromEntries(Object.entries(summary.stages).map(([k, v]) => [k, round(v)])),
        skips,
        store: { path: flags.db, documents: stats.documents },
        ...(neo4j ? { neo4j: { ...neo4j.describe(), ...neo4j.totals } } : {}),
        ...(loaded
          ? {
              neo4j: {
                bulk: true,
                dataDir: loaded.dataDir,
                committed: bulk?.committed,
                articles: loaded.articles,
                entities: loaded.entities,
                mentions: loaded.mentions,
                relationships: loaded.relationships,
                droppedRelations: loaded.droppedRelations,
                importSeconds: round(loaded.import.seconds),
                // Built by the next start of that database, before it reports ready.
                schemaPending: true,
              },
            }
          : {}),
        // Peak resident memory of the whole process, worker threads included.
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        workers,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stderr.write(
        `graphwire: ${summary.ingested} ingested, ${summary.unchanged} unchanged, ${summary.skipped} skipped ` +
          `in ${summary.seconds.toFixed(1)} s; the store ${flags.db} holds ${stats.documents} documents` +
          (neo4j ? `; Neo4j at ${neo4j.describe().uri} got ${neo4j.committed}` : '') +
          (summary.summaryOnly
            ? `; ${summary.summaryOnly} feed item(s) had only a summary, no full text`
            : '') +
          (loaded
            ? `; neo4j-admin loaded ${loaded.import.nodes} nodes and ${loaded.import.relationships} relationships into ${loaded.dataDir} (graphwire neo4j start --data-dir ${flags.dataDir} builds its indexes, then serves it)`
            : '') +
          '\n',
      );
    }
    if (summary.documentsRead === 0 && summary.skipped > 0) return 1;
    return 0;
  } finally {
    bar.stop();
    await (await pool)?.close();
    await neo4j?.close();
    await bulk?.close();
    await store.close();
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
