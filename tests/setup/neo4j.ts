import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLocalNeo4j } from '../../src/store/neo4j/local-server.js';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

/**
 * Global setup of the neo4j test project: a real Neo4j for every test. Uses
 * NEO4J_URI when set; otherwise starts the local Neo4j of tools/neo4j-local on
 * a free port with a fresh data folder and a random password, and stops it
 * after the run. Workers inherit the NEO4J_* variables set here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) return async () => {};
  // The test graphs are small: a small heap, so parallel suites on a shared
  // machine do not each hold the 3 GB the launcher takes for writing corpora
  // (JAVA_DEFAULTS, whose flags tests/store/neo4j/java-options.test.ts checks).
  // Workers inherit it, so every local Neo4j the tests start runs with it.
  process.env.GRAPHWIRE_NEO4J_JAVA_OPTS ??= '-Xms128m -Xmx768m -XX:+UseSerialGC';
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'graphwire-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const t0 = Date.now();
  const server = await spawnLocalNeo4j({ port, dataDir, password });
  process.stderr.write(`neo4j test server ${server.uri} up in ${Date.now() - t0} ms\n`);
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
