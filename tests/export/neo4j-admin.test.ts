import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/index.js';
import {
  ensureLauncher,
  type LocalServer,
  readExportedGraph,
  spawnLocalNeo4j,
} from '../../src/store/neo4j/index.js';
import { canonical } from '../fixtures/canonical.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';
import { freePort } from '../setup/neo4j.js';

/**
 * The exact command `graphwire export --format csv` prints, run by the real
 * neo4j-admin (the import tool on the local Neo4j's classpath), then the
 * imported database opened by the local Neo4j and read back. It starts two
 * JVMs (about a minute on two cores), so it runs only with
 * GRAPHWIRE_TEST_NEO4J_ADMIN=1; `npm test` checks the same files with LOAD
 * CSV (tests/export/export.neo4j.test.ts).
 */
const enabled = process.env.GRAPHWIRE_TEST_NEO4J_ADMIN === '1';

describe.skipIf(!enabled)('CSV imported by the real neo4j-admin', () => {
  let dir: string | undefined;
  let server: LocalServer | undefined;

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads every name, type, array and number with the printed command', async () => {
    const g = trickyGraph();
    dir = await mkdtemp(join(tmpdir(), 'graphwire-neo4j-admin-'));
    const home = join(dir, 'home');
    const csvDir = join(dir, 'csv');
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), '');
    await mkdir(csvDir);
    const csv = toNeo4jCsv(g, { dir: csvDir });
    for (const [name, content] of Object.entries(csv.files))
      await writeFile(join(csvDir, name), content);
    const classpath = await ensureLauncher();
    expect(csv.command.startsWith('neo4j-admin ')).toBe(true);
    // The printed command, through a shell, with neo4j-admin being the real tool.
    const adminTool = `java -Xmx256m -cp '${classpath}' org.neo4j.cli.AdminTool`;
    const shell = csv.command.replace(/^neo4j-admin /, `${adminTool} `);
    const { stdout } = await promisify(execFile)('/bin/sh', ['-c', shell], {
      cwd: dir, // neo4j-admin writes its import.report into the working directory
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      maxBuffer: 16 << 20,
    });
    expect(stdout).toMatch(/IMPORT DONE/);

    server = await spawnLocalNeo4j({ port: await freePort(), dataDir: home });
    const driver = neo4j.driver(server.uri);
    try {
      const read = await readExportedGraph(driver);
      expect(canonical(read)).toEqual(canonical(g));
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity) RETURN labels(n) AS labels, n.type AS type',
      );
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
  }, 240_000);
});
