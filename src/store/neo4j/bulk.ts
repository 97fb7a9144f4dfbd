import { type FileHandle, mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, InvalidInputError, UsageError } from '../../errors.js';
import { parseExtraction, type SerializedExtraction } from '../../extract/serialized.js';
import type { EntityType } from '../../extract/types.js';
import { endsAfter, startsBefore } from '../../graph/date-range.js';
import type { LogStore } from '../log-store.js';
import {
  type AdminImportResult,
  adminImport,
  csvImportPlan,
  localDatabaseNodes,
} from './admin-import.js';
import { ENTITY_LABELS, type RelationType } from './allow-list.js';
import { localNeo4jStatus } from './local-server.js';
import {
  EVIDENCE_ITEM_MARK,
  MARKED_EVIDENCE_LISTS,
  marked,
  writePendingImport,
} from './pending-import.js';
import {
  type BatchRows,
  type EntityRow,
  type MentionRow,
  type RelationRow,
  toRows,
} from './rows.js';
import { noWrites, type WriteStats } from './types.js';
import { statsOf } from './write.js';

export {
  EVIDENCE_ITEM_MARK,
  MARKED_EVIDENCE_LISTS,
  UNMARK_EVIDENCE,
} from './pending-import.js';

/**
 * `ingest --neo4j --bulk`: the graph of a whole ingest loaded into a fresh
 * local Neo4j with one neo4j-admin import, in graphwire's Neo4j model (the
 * same nodes, relationships and properties the incremental writer makes), so
 * later incremental ingests continue from it.
 *
 * Articles and mentions are per-article rows: they stream to CSV files as
 * batches arrive. Entities and relationships are merged over the whole
 * ingest (each is one node or one relationship in the import), by the rules
 * the incremental MERGEs apply batch after batch, and written at the end.
 * Then neo4j-admin imports the files. What it cannot do (cypher/schema.cypher's
 * constraints and indexes, built over the imported graph; the per-evidence
 * lists that may hold empty items; the Locations' places) is recorded in the
 * data folder and done by the next start of that database, before it reports
 * ready (pending-import.ts): the ingest does not start Neo4j at all.
 */

export interface BulkOptions {
  /** The local Neo4j's data folder (`graphwire neo4j start --data-dir`). */
  dataDir?: string;
  /** Replace a database that holds nodes. */
  overwrite?: boolean;
}

export const DEFAULTS = { dataDir: '.neo4j', overwrite: false };

/**
 * The array delimiter of the bulk files: a control character the readers
 * remove from every document text, so no name, title or sentence holds it.
 * Document ids are checked (a JSONL id is kept verbatim).
 */
export const ARRAY_DELIMITER = '\u001f';

const ARTICLE_HEADER = ['id:ID(Article)', 'hash', 'title', 'date', 'url', 'source', ':LABEL'];
const ENTITY_HEADER = [
  'key:ID(Entity)',
  'type',
  'name',
  'nameWords:int',
  'nameLength:int',
  'allNames:string[]',
  'aliases:string[]',
  'titles:string[]',
  'articles:int',
  'mentionCount:int',
  ':LABEL',
];
const MENTION_HEADER = [
  ':START_ID(Article)',
  ':END_ID(Entity)',
  ':TYPE',
  'ordinal:int',
  'name',
  'nameWords:int',
  'nameLength:int',
  'aliases:string[]',
  'titles:string[]',
  'mentionText:string[]',
  'mentionStart:int[]',
  'mentionEnd:int[]',
  'lat:double',
  'lon:double',
  'country',
  'featureType',
  'geoSource',
  'geoApproximate:boolean',
  'counterEvidence_json',
];

const RELATION_HEADER = [
  ':START_ID(Entity)',
  ':END_ID(Entity)',
  ':TYPE',
  'count:int',
  'confidence:double',
  'firstDate',
  'lastDate',
  'docs:string[]',
  'evidenceDoc:string[]',
  'evidenceText:string[]',
  'evidenceStart:int[]',
  'evidenceEnd:int[]',
  'evidenceConfidence:double[]',
  'evidenceOrdinal:int[]',
  'evidencePage:int[]',
  ...MARKED_EVIDENCE_LISTS.map((n) => `${marked(n)}:string[]`),
];

const text = (v: string | null | undefined) =>
  v === null || v === undefined ? '' : `"${v.replace(/"/g, '""')}"`;
const num = (v: number) => String(v);

function strings(values: readonly string[], where: string): string {
  for (const v of values)
    if (v.includes(ARRAY_DELIMITER))
      throw new InvalidInputError(
        `${where}: ${JSON.stringify(v)} holds U+001F, which --bulk uses to separate list items; ingest it without --bulk`,
      );
  return values.length ? text(values.join(ARRAY_DELIMITER)) : '';
}
/** A list that may hold '' items, each behind the mark: never an empty item, never an empty list. */
const markedStrings = (values: readonly string[], where: string) =>
  strings(
    values.map((v) => EVIDENCE_ITEM_MARK + v),
    where,
  );
const numbers = (values: readonly number[]) =>
  values.length ? values.map(num).join(ARRAY_DELIMITER) : '';
const line = (fields: string[]) => `${fields.join(',')}\n`;

/** What the incremental writer computes for a relationship's confidence. */
export function combinedConfidence(values: readonly number[]): number {
  let c = 0;
  for (const x of values) c = 1 - (1 - c) * (1 - x);
  return Math.round(c * 1000) / 1000;
}

const better = (a: EntityRow, b: EntityRow) =>
  b.nameWords > a.nameWords ||
  (b.nameWords === a.nameWords &&
    (b.nameLength > a.nameLength || (b.nameLength === a.nameLength && b.name < a.name)));

/**
 * Entities and relationships merged over many batches, as the incremental
 * MERGEs merge them: the best-ranked name, names and titles united, article
 * and mention counts added; evidence lists concatenated, dates widened.
 */
export class GraphAccumulator {
  readonly entities = new Map<string, EntityRow>();
  readonly relations = new Map<string, { type: RelationType; row: RelationRow }>();

  add(rows: BatchRows): void {
    for (const list of rows.entities.values()) {
      for (const e of list) {
        const had = this.entities.get(e.key);
        if (!had) {
          this.entities.set(e.key, { ...e, allNames: [...e.allNames], titles: [...e.titles] });
          continue;
        }
        if (better(had, e)) {
          had.name = e.name;
          had.nameWords = e.nameWords;
          had.nameLength = e.nameLength;
        }
        for (const n of e.allNames) if (!had.allNames.includes(n)) had.allNames.push(n);
        for (const t of e.titles) if (!had.titles.includes(t)) had.titles.push(t);
        had.docs.push(...e.docs);
        had.mentionCount += e.mentionCount;
      }
    }
    for (const [type, list] of rows.relations) {
      for (const r of list) {
        const key = `${r.s}|${type}|${r.t}`;
        const had = this.relations.get(key);
        if (!had) {
          this.relations.set(key, { type, row: structuredClone(r) });
          continue;
        }
        const h = had.row;
        h.evidenceDoc.push(...r.evidenceDoc);
        h.evidenceText.push(...r.evidenceText);
        h.evidenceStart.push(...r.evidenceStart);
        h.evidenceEnd.push(...r.evidenceEnd);
        h.evidenceConfidence.push(...r.evidenceConfidence);
        h.evidenceOrdinal.push(...r.evidenceOrdinal);
        h.evidencePage.push(...r.evidencePage);
        for (const n of MARKED_EVIDENCE_LISTS) h[n].push(...r[n]);
        for (const d of r.docs) if (!h.docs.includes(d)) h.docs.push(d);
        // By the days a date covers, as rows.ts and the incremental MERGE widen them.
        if (
          r.firstDate !== null &&
          (h.firstDate === null || startsBefore(r.firstDate, h.firstDate))
        )
          h.firstDate = r.firstDate;
        if (r.lastDate !== null && (h.lastDate === null || endsAfter(r.lastDate, h.lastDate)))
          h.lastDate = r.lastDate;
      }
    }
  }
}

/** Where a mention places a Location, as CREATE_MENTIONS sets it: empty fields (no property) for none. */
function geoFields(geo: MentionRow['geo']): string[] {
  if (!geo) return ['', '', '', '', '', ''];
  const [lat, lon, country, featureType, geoSource, approximate] = geo;
  return [
    num(lat),
    num(lon),
    text(country),
    text(featureType),
    text(geoSource),
    approximate === null ? '' : String(approximate),
  ];
}

/** CSV lines of one batch's articles and mentions. */
export function articleLines(rows: BatchRows): { articles: string; mentions: string } {
  let articles = '';
  for (const a of rows.articles) {
    strings([a.id], `document ${JSON.stringify(a.id)}`);
    articles += line([
      text(a.id),
      text(a.hash),
      text(a.title),
      text(a.date),
      text(a.url),
      text(a.source),
      'Article',
    ]);
  }
  let mentions = '';
  for (const m of rows.mentions) {
    const where = `document ${JSON.stringify(m.doc)}`;
    mentions += line([
      text(m.doc),
      text(m.key),
      'MENTIONS',
      num(m.ordinal),
      text(m.name),
      num(m.nameWords),
      num(m.nameLength),
      strings(m.aliases, where),
      strings(m.titles, where),
      strings(m.mentionText, where),
      numbers(m.mentionStart),
      numbers(m.mentionEnd),
      ...geoFields(m.geo),
      text(m.counterEvidence || null),
    ]);
  }
  return { articles, mentions };
}

/** CSV lines of the merged entities (one file per type) and relationships (one file per type). */
export function graphLines(acc: GraphAccumulator): Map<string, string> {
  const files = new Map<string, string>();
  const append = (name: string, header: string[], l: string) =>
    files.set(name, (files.get(name) ?? line(header)) + l);
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const e of [...acc.entities.values()].sort((a, b) => byKey(a.key, b.key))) {
    const where = `entity ${JSON.stringify(e.key)}`;
    append(
      `nodes_${e.type}.csv`,
      ENTITY_HEADER,
      line([
        text(e.key),
        text(e.type),
        text(e.name),
        num(e.nameWords),
        num(e.nameLength),
        strings(e.allNames, where),
        strings(
          e.allNames.filter((n) => n !== e.name),
          where,
        ),
        strings(e.titles, where),
        num(e.docs.length),
        num(e.mentionCount),
        text(`Entity${ARRAY_DELIMITER}${ENTITY_LABELS[e.type as EntityType]}`),
      ]),
    );
  }
  for (const [key, { type, row: r }] of [...acc.relations].sort((a, b) => byKey(a[0], b[0]))) {
    const where = `relationship ${JSON.stringify(key)}`;
    append(
      `relationships_${type}.csv`,
      RELATION_HEADER,
      line([
        text(r.s),
        text(r.t),
        type,
        num(r.evidenceDoc.length),
        num(combinedConfidence(r.evidenceConfidence)),
        text(r.firstDate),
        text(r.lastDate),
        strings(r.docs, where),
        strings(r.evidenceDoc, where),
        strings(r.evidenceText, where),
        numbers(r.evidenceStart),
        numbers(r.evidenceEnd),
        numbers(r.evidenceConfidence),
        numbers(r.evidenceOrdinal),
        numbers(r.evidencePage),
        ...MARKED_EVIDENCE_LISTS.map((n) => markedStrings(r[n], where)),
      ]),
    );
  }
  return files;
}

export interface BulkResult extends WriteStats {
  dataDir: string;
  import: AdminImportResult;
  /** Locations whose place the next start decides (with the schema; see pending-import.ts). */
  placedPending: number;
}

/**
 * The ingest sink for `--neo4j --bulk`. Each batch is appended to the CSV
 * files and then recorded in the local store (the ledger); `finish` runs the
 * import. The target database is fresh, so no document counts as unchanged.
 * If the import fails, the ledger holds documents Neo4j does not: a later
 * `ingest --neo4j` writes them, since a document is skipped only when
 * Neo4j's :Article hash agrees with the ledger.
 */
export class BulkSink {
  readonly dataDir: string;
  private readonly local: LogStore;
  private readonly dir: string;
  private readonly articles: FileHandle;
  private readonly mentions: FileHandle;
  private readonly acc = new GraphAccumulator();
  /** Locations some article places: PLACE_ENTITIES decides their place after the import. */
  private readonly placed = new Set<string>();
  private readonly prepared = new WeakMap<readonly SerializedExtraction[], BatchRows>();
  committed = 0;
  readonly totals: WriteStats = noWrites();

  private constructor(
    local: LogStore,
    dataDir: string,
    dir: string,
    files: [FileHandle, FileHandle],
  ) {
    this.local = local;
    this.dataDir = dataDir;
    this.dir = dir;
    [this.articles, this.mentions] = files;
  }

  /**
   * Checks the target before any work: the local Neo4j of `dataDir` must be
   * stopped and its database empty (unless `overwrite`).
   */
  static async open(local: LogStore, options?: BulkOptions): Promise<BulkSink> {
    const opts = { ...DEFAULTS, ...options };
    const dataDir = resolve(opts.dataDir);
    const status = await localNeo4jStatus({ dataDir });
    if (status.running)
      throw new ConfigError(
        `the local Neo4j of ${dataDir} is running (pid ${status.pid}); --bulk imports into a stopped database: stop it first (graphwire neo4j stop --data-dir ${opts.dataDir})`,
      );
    if (!opts.overwrite) {
      const n = await localDatabaseNodes(dataDir);
      if (n > 0)
        throw new UsageError(
          `the Neo4j database in ${dataDir} holds ${n} nodes; --bulk is for a fresh database (pass --overwrite to replace it, or ingest without --bulk)`,
        );
    }
    await mkdir(dataDir, { recursive: true });
    const dir = await mkdtemp(join(dataDir, 'bulk-'));
    const articles = await open(join(dir, 'nodes_Article.csv'), 'w');
    const mentions = await open(join(dir, 'relationships_MENTIONS.csv'), 'w');
    await articles.write(line(ARTICLE_HEADER));
    await mentions.write(line(MENTION_HEADER));
    return new BulkSink(local, dataDir, dir, [articles, mentions]);
  }

  /** Nothing is in the fresh database yet: every document is written. */
  hashOf(_id: string): string | undefined {
    return undefined;
  }

  stampOf(id: string): string | undefined {
    return this.local.stampOf(id);
  }

  prepare(puts: readonly SerializedExtraction[]): void {
    if (puts.length && !this.prepared.has(puts))
      this.prepared.set(puts, toRows(puts.map(parseExtraction)));
  }

  async commitBatch(puts: readonly SerializedExtraction[]): Promise<void> {
    if (puts.length === 0) return;
    const rows = this.prepared.get(puts) ?? toRows(puts.map(parseExtraction));
    this.prepared.delete(puts);
    const { articles, mentions } = articleLines(rows);
    await this.articles.write(articles);
    await this.mentions.write(mentions);
    this.acc.add(rows);
    for (const m of rows.mentions) if (m.geo) this.placed.add(m.key);
    const stats = statsOf(rows);
    this.totals.articles += stats.articles;
    this.totals.mentions += stats.mentions;
    this.totals.droppedRelations += stats.droppedRelations;
    this.local.commitBatch(puts);
    this.committed += puts.length;
  }

  /**
   * Writes the entity and relationship files, runs neo4j-admin, and records
   * the schema and the rest for the next start of the database.
   */
  async finish(): Promise<BulkResult> {
    await this.articles.close();
    await this.mentions.close();
    const files = graphLines(this.acc);
    for (const [name, content] of files) {
      const h = await open(join(this.dir, name), 'w');
      try {
        await h.write(content);
      } finally {
        await h.close();
      }
    }
    this.totals.entities = this.acc.entities.size;
    this.totals.relationships = this.acc.relations.size;
    const plan = await csvImportPlan(this.dir);
    // Checked at open; the database is fresh or the user asked to replace it.
    const imported = await adminImport(plan, { dataDir: this.dataDir, overwrite: true });
    const placed = [...this.placed].sort();
    await writePendingImport(this.dataDir, placed);
    return {
      ...this.totals,
      dataDir: this.dataDir,
      import: imported,
      placedPending: placed.length,
    };
  }

  /** Removes the CSV files. */
  async close(): Promise<void> {
    await this.articles.close().catch(() => {});
    await this.mentions.close().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}
