import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/index.js';
import { readExportedGraph } from '../../src/store/neo4j/index.js';
import { PENDING_FILE } from '../../src/store/neo4j/pending-import.js';
import { canonical } from '../fixtures/canonical.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';
import { graphwire } from '../helpers/cli.js';
import { freePort } from '../setup/neo4j.js';

/**
 * `graphwire neo4j import`: the files of `export --format csv` loaded by the
 * real neo4j-admin (the import tool on the local Neo4j's classpath) into the
 * database `graphwire neo4j start --data-dir` opens, then read back through
 * Bolt. Runs in `npm test`: three short JVM runs and one Neo4j start.
 */
describe('graphwire neo4j import (the real neo4j-admin)', () => {
  let dir: string | undefined;
  let dataDir: string | undefined;

  afterAll(async () => {
    if (dataDir) await graphwire(['neo4j', 'stop', '--data-dir', dataDir]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names the folder in one line when it holds no CSV files of an export, and touches no database', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'graphwire-neo4j-admin-empty-'));
    try {
      const missing = join(empty, 'missing');
      const r1 = await graphwire(['neo4j', 'import', missing, '--data-dir', join(empty, 'db')]);
      expect(r1.code).toBe(1);
      expect(r1.stderr.trim().split('\n')).toEqual([
        `graphwire: ${missing}: cannot read the CSV folder (ENOENT)`,
      ]);
      await writeFile(join(empty, 'notes.csv'), 'a,b\n');
      const r2 = await graphwire(['neo4j', 'import', empty, '--data-dir', join(empty, 'db')]);
      expect(r2.code).toBe(1);
      expect(r2.stderr).toMatch(/no nodes\*\.csv file/);
      expect(existsSync(join(empty, 'db'))).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('loads every name, type, array and number into the local Neo4j, and refuses to overwrite a graph', async () => {
    const g = trickyGraph();
    dir = await mkdtemp(join(tmpdir(), 'graphwire-neo4j-admin-'));
    const csvDir = join(dir, 'csv');
    dataDir = join(dir, 'neo4j');
    await mkdir(csvDir);
    const csv = toNeo4jCsv(g, { dir: csvDir });
    for (const [name, content] of Object.entries(csv.files))
      await writeFile(join(csvDir, name), content);
    // The fixture's names hold ';' and '|', so the delimiter is one the command must find itself.
    expect(csv.arrayDelimiter).not.toBe(';');

    // What an earlier `ingest --bulk` left for the next start was for the database this replaces.
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, PENDING_FILE), '{"placed":["Location:nowhere"]}\n');
    const imported = await graphwire(['neo4j', 'import', csvDir, '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`imported ${g.order} nodes and ${g.size} relationships`);
    expect(existsSync(join(dataDir, PENDING_FILE))).toBe(false);

    // A database that holds a graph is not replaced without --overwrite.
    const again = await graphwire(['neo4j', 'import', csvDir, '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([
      `graphwire: the Neo4j database in ${dataDir} holds ${g.order} nodes; pass --overwrite to replace it`,
    ]);

    const port = await freePort();
    // Auth off, whatever NEO4J_PASSWORD the test run has (the neo4j project's setup sets one).
    const started = await graphwire(
      ['neo4j', 'start', '--data-dir', dataDir, '--port', String(port)],
      { env: { NEO4J_PASSWORD: '' } },
    );
    expect(started.code, started.stderr).toBe(0);

    // Nor while it runs, even with --overwrite.
    const running = await graphwire([
      'neo4j',
      'import',
      csvDir,
      '--data-dir',
      dataDir,
      '--overwrite',
    ]);
    expect(running.code).toBe(2);
    expect(running.stderr).toMatch(/is running \(pid \d+\); stop it first/);

    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`);
    try {
      const read = await readExportedGraph(driver);
      expect(canonical(read)).toEqual(canonical(g));
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity) RETURN labels(n) AS labels, n.type AS type',
      );
      expect(records.length).toBe(g.order);
      for (const r of records) expect(r.get('labels')).toEqual(['Entity', r.get('type')]);
      const conf = await driver.executeQuery(
        'MATCH ()-[r]->() RETURN DISTINCT valueType(r.confidence) AS t, valueType(r.count) AS c',
      );
      expect(conf.records.map((r) => [r.get('t'), r.get('c')])).toEqual([
        ['FLOAT NOT NULL', 'INTEGER NOT NULL'],
      ]);
    } finally {
      await driver.close();
    }
  }, 300_000);
});
