import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { neo4jConfig, openDriver } from '../../../src/store/neo4j/index.js';
import type { Neo4jConfig } from '../../../src/store/neo4j/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const shared = process.env.GRAPHWIRE_SHARED ?? path.resolve(repoRoot, '../shared');
export const seedArticle = path.join(shared, 'articles', '000_41ad68afa81ca405.txt');
export const fixtures = path.join(repoRoot, 'tests', 'fixtures');
const bin = path.join(repoRoot, 'bin', 'graphwire.js');

/** The Neo4j the global setup provides, without reading any .env in the repo. */
export function testConfig(): Neo4jConfig {
  return neo4jConfig({ envFile: false });
}

/** Runs a Cypher statement with full rights (test set-up and checks only). */
export async function cypher(
  statement: string,
  params: Record<string, unknown> = {},
  config = testConfig(),
): Promise<Record<string, unknown>[]> {
  const driver = await openDriver(config);
  try {
    const res = await driver.executeQuery(statement, params, {
      ...(config.database ? { database: config.database } : {}),
    });
    return res.records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** Empties the database; each test file starts from nothing. */
export async function clearDatabase(config = testConfig()): Promise<void> {
  await cypher('MATCH (n) DETACH DELETE n', {}, config);
}

export async function counts(config = testConfig()): Promise<{ nodes: number; rels: number }> {
  const [row] = await cypher(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    config,
  );
  return { nodes: row?.nodes as number, rels: row?.rels as number };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`, with extra environment. */
export function cli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const env = { ...process.env, ...options.env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}
