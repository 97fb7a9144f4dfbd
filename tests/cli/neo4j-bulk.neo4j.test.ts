import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jConfig } from '../../src/store/neo4j/index.js';
import { PENDING_FILE } from '../../src/store/neo4j/pending-import.js';
import { freePort } from '../setup/neo4j.js';
import {
  clearDatabase,
  cli,
  cypher,
  fixtures,
  seedArticle,
  shared,
} from '../store/neo4j/helpers.js';

/**
 * `ingest --neo4j --bulk` against the incremental writer, the bulk database
 * as `graphwire neo4j start` serves it (its first start builds the schema): the same corpus
 * (a fifth of one Reuters file, about 200 stories, and the Neo4j fixtures,
 * in batches of 50 so entities and relationships meet across batches) loaded both ways must read back as
 * the same graph, with the same entity properties and the same schema, and
 * an incremental ingest on top of the bulk database must go on as it does on
 * the incremental one.
 */
const corpus = [
  path.join(shared, 'corpora', 'reuters21578', 'reut2-000.sgm'),
  path.join(fixtures, 'neo4j', 'articles.jsonl'),
  path.join(fixtures, 'neo4j', 'injection.jsonl'),
  '--shard',
  '1/5',
];

// Lists are compared sorted: the incremental writer appends names in batch order.
const ENTITIES = `
MATCH (e:Entity)
RETURN e.key AS key, labels(e) AS labels, e.type AS type, e.name AS name, e.nameWords AS nameWords,
  e.nameLength AS nameLength, e.articles AS articles, e.mentionCount AS mentionCount,
  COLLECT { UNWIND coalesce(e.allNames, []) AS x RETURN x ORDER BY x } AS allNames,
  COLLECT { UNWIND coalesce(e.titles, []) AS x RETURN x ORDER BY x } AS titles
ORDER BY key`;
const RELATIONS = `
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.key + '|' + type(r) + '|' + t.key AS key, r.count AS count, r.confidence AS confidence,
  r.firstDate AS firstDate, r.lastDate AS lastDate, size(r.evidenceText) AS evidence
ORDER BY key`;
const SCHEMA = `
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
RETURN name, type, labelsOrTypes, properties, owningConstraint IS NOT NULL AS constraint ORDER BY name`;

describe('graphwire ingest --neo4j --bulk', () => {
  let work: string;
  let dataDir: string;
  let bulkUri: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-bulk-'));
    dataDir = path.join(work, 'neo4j');
    await clearDatabase();
  });
  afterAll(async () => {
    await cli(['neo4j', 'stop', '--data-dir', dataDir]);
    await rm(work, { recursive: true, force: true });
  });

  it('loads a fresh local Neo4j that reads back as the incremental ingest of the same corpus, and incremental ingests continue from it', async () => {
    const inc = await cli([
      'ingest',
      ...corpus,
      '--db',
      path.join(work, 'inc'),
      '--neo4j',
      '--batch',
      '50',
      '--workers',
      '1',
    ]);
    expect(inc.code, inc.stderr).toBe(0);

    const bulk = await cli([
      'ingest',
      ...corpus,
      '--db',
      path.join(work, 'bulk'),
      '--neo4j',
      '--bulk',
      '--data-dir',
      dataDir,
      '--batch',
      '50',
      '--workers',
      '1',
      '--json',
    ]);
    expect(bulk.code, bulk.stderr).toBe(0);
    const summary = JSON.parse(bulk.stdout);
    expect(summary.neo4j).toMatchObject({
      bulk: true,
      committed: summary.ingested,
      schemaPending: true,
    });
    expect(summary.ingested).toBeGreaterThan(150);
    // The ingest starts no Neo4j: the schema waits for the database's first start.
    expect(existsSync(path.join(dataDir, PENDING_FILE))).toBe(true);

    // The database is not empty any more: a second bulk load is refused.
    const again = await cli([
      'ingest',
      ...corpus,
      '--db',
      path.join(work, 'bulk2'),
      '--neo4j',
      '--bulk',
      '--data-dir',
      dataDir,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/holds \d+ nodes; --bulk is for a fresh database/);

    const port = await freePort();
    const start = await cli(['neo4j', 'start', '--data-dir', dataDir, '--port', String(port)]);
    expect(start.code, start.stderr).toBe(0);
    // Started means the schema is built and the import completed (compared below).
    expect(existsSync(path.join(dataDir, PENDING_FILE))).toBe(false);
    bulkUri = `bolt://127.0.0.1:${port}`;
    const bulkConfig = neo4jConfig({ uri: bulkUri, envFile: false });

    const exportBoth = async (name: string) => {
      const a = path.join(work, `${name}-inc.json`);
      const b = path.join(work, `${name}-bulk.json`);
      const ra = await cli(['export', '--from-neo4j', '--format', 'json', '--out', a]);
      expect(ra.code, ra.stderr).toBe(0);
      const rb = await cli(['export', '--from-neo4j', bulkUri, '--format', 'json', '--out', b]);
      expect(rb.code, rb.stderr).toBe(0);
      return [await readFile(a, 'utf8'), await readFile(b, 'utf8')] as const;
    };
    const [incGraph, bulkGraph] = await exportBoth('first');
    expect(JSON.parse(incGraph).nodes.length).toBeGreaterThan(200);
    expect(bulkGraph).toEqual(incGraph);
    expect(await cypher(ENTITIES, {}, bulkConfig)).toEqual(await cypher(ENTITIES));
    expect(await cypher(RELATIONS, {}, bulkConfig)).toEqual(await cypher(RELATIONS));
    expect(await cypher(SCHEMA, {}, bulkConfig)).toEqual(await cypher(SCHEMA));

    // A running database is not bulk-loaded.
    const running = await cli([
      'ingest',
      seedArticle,
      '--db',
      path.join(work, 'bulk3'),
      '--neo4j',
      '--bulk',
      '--data-dir',
      dataDir,
      '--overwrite',
    ]);
    expect(running.code).toBe(2);
    expect(running.stderr).toMatch(/is running \(pid \d+\)/);

    // The ledger and Neo4j agree after the bulk load: nothing is written again.
    const rerun = await cli([
      'ingest',
      ...corpus,
      '--db',
      path.join(work, 'bulk'),
      '--neo4j',
      bulkUri,
      '--json',
    ]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ ingested: 0, unchanged: summary.ingested });
    // And a new article is merged in as it is on the incremental database.
    for (const [db, uri] of [
      [path.join(work, 'inc'), []],
      [path.join(work, 'bulk'), [bulkUri]],
    ] as const) {
      const more = await cli(['ingest', seedArticle, '--db', db, '--neo4j', ...uri, '--json']);
      expect(more.code, more.stderr).toBe(0);
      expect(JSON.parse(more.stdout)).toMatchObject({ ingested: 1 });
    }
    const [incMore, bulkMore] = await exportBoth('more');
    expect(bulkMore).toEqual(incMore);
    expect(await cypher(ENTITIES, {}, bulkConfig)).toEqual(await cypher(ENTITIES));
  }, 600_000);
});
