import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/index.js';
import { extract } from '../../../src/extract/index.js';
import { serializeExtraction } from '../../../src/extract/serialized.js';
import type { DocExtraction } from '../../../src/extract/types.js';
import { buildGraph } from '../../../src/graph/index.js';
import { readDocuments } from '../../../src/ingest/index.js';
import { LogStore } from '../../../src/store/index.js';
import {
  groupByRows,
  Neo4jSink,
  readGraphFromNeo4j,
  rowsOf,
} from '../../../src/store/neo4j/index.js';
import { clearDatabase, fixtures, testConfig } from './helpers.js';

describe('Neo4j ingest sink', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'graphwire-sink-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a batch larger than one transaction as several, each in Neo4j and the ledger, the graph as one build', async () => {
    await clearDatabase();
    const exts: DocExtraction[] = [];
    for await (const item of readDocuments([path.join(fixtures, 'neo4j')]))
      if (item.kind === 'doc') exts.push(extract(item.doc));
    expect(groupByRows(exts, rowsOf, 40).length).toBeGreaterThan(2);
    const local = await LogStore.open(path.join(dir, 'ledger'), { create: true, write: true });
    // A few documents per transaction: the batch is written as several parts,
    // each part's rows built while the one before it is in Neo4j.
    const sink = await Neo4jSink.open(testConfig(), local, { maxRows: 40 });
    try {
      const puts = exts.map(serializeExtraction);
      sink.prepare(puts);
      await sink.commitBatch(puts);
      expect(sink.committed).toBe(exts.length);
      for (const e of exts) expect(local.hashOf(e.doc.id)).toBe(e.doc.hash);
    } finally {
      await sink.close();
      await local.close();
    }
    expect(toJson(await readGraphFromNeo4j(testConfig()))).toBe(toJson(buildGraph(exts)));
  });
});
