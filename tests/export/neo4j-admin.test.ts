import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/index.js';
import { readNeo4jGraph } from '../../src/store/neo4j-read.js';
import { canonical } from '../fixtures/canonical.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';

/**
 * The exact command `graphwire export --format csv` prints, run by the real
 * neo4j-admin (the import tool on the local Neo4j's classpath), then the
 * imported database opened by the local Neo4j and read back. Needs Java and
 * the built tools/neo4j-local (or GRAPHWIRE_NEO4J_LOCAL pointing at one).
 * It starts two JVMs (about a minute on two cores), so it runs only with
 * GRAPHWIRE_TEST_NEO4J_ADMIN=1; `npm test` checks the same files with LOAD CSV.
 */
const launcher = resolve(process.env.GRAPHWIRE_NEO4J_LOCAL ?? 'tools/neo4j-local', 'target');
const classpathFile = join(launcher, 'classpath.txt');
const jar = join(launcher, 'neo4j-local-0.1.0.jar');
const available =
  process.env.GRAPHWIRE_TEST_NEO4J_ADMIN === '1' && existsSync(classpathFile) && existsSync(jar);

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

describe.skipIf(!available)('CSV imported by the real neo4j-admin', () => {
  let dir: string | undefined;
  let server: ChildProcess | undefined;

  afterAll(async () => {
    server?.stdin?.end(); // --stdin-lifetime: the server exits when its stdin closes
    if (server && server.exitCode === null) await new Promise((ok) => server?.once('exit', ok));
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
    const classpath = `${jar}:${readFileSync(classpathFile, 'utf8').trim()}`;
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

    const port = await freePort();
    server = spawn(
      'java',
      [
        '-Xmx256m',
        '-cp',
        classpath,
        'dev.graphwire.neo4jlocal.Main',
        '--port',
        String(port),
      ].concat(['--data-dir', home, '--stdin-lifetime']),
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok, fail) => {
      server?.once('exit', (code) => fail(new Error(`neo4j-local exited with ${code}`)));
      server?.stdout?.on('data', (b: Buffer) => {
        if (b.toString().includes('READY')) ok();
      });
    });
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`);
    try {
      const read = await readNeo4jGraph(driver);
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
