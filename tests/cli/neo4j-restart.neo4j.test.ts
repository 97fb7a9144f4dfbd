import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogStore } from '../../src/store/index.js';
import { type LocalServer, neo4jConfig, spawnLocalNeo4j } from '../../src/store/neo4j/index.js';
import { freePort } from '../setup/neo4j.js';
import { cli, cypher, repoRoot } from '../store/neo4j/helpers.js';

/**
 * Neo4j going away in the middle of an ingest. This file runs its own local
 * Neo4j (it stops and restarts it), not the shared test server.
 */

let work: string;
let port: number;
let dataDir: string;
let server: LocalServer | undefined;
const DOCS = 60;
const BATCH = 2;

function corpus(): string {
  // Seeded, made-up people and places: enough batches to stop the server in between.
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const people = [
    'Anna Berg',
    'Omar Haddad',
    'Lena Novak',
    'Ivan Petrov',
    'Sara Cohen',
    'Paul Martin',
    'Yusuf Demir',
    'Maria Lopez',
  ];
  const places = ['Paris', 'Cairo', 'Berlin', 'Tokyo', 'Lima', 'Oslo'];
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const p = () => people[rnd(people.length)] as string;
    const c = () => places[rnd(places.length)] as string;
    const text = `${p()} killed ${p()} in ${c()} on Monday. ${p()} met ${p()} in ${c()}. Police in ${c()} said ${p()} was arrested.`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({ id: `r-${String(i).padStart(3, '0')}`, date: `2024-05-${day}`, text }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function start(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'graphwire.js'), ...args], {
    cwd: work,
    env: { ...process.env, NEO4J_PASSWORD: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  child.stdout?.resume();
  const done = new Promise<{ code: number; stderr: string }>((r) =>
    child.on('close', (code) => r({ code: code ?? 1, stderr })),
  );
  return { child, done };
}

const config = () => neo4jConfig({ uri: `bolt://127.0.0.1:${port}`, env: {}, envFile: false });
const articles = async () =>
  (await cypher('MATCH (a:Article) WHERE a.hash IS NOT NULL RETURN count(a) AS n', {}, config()))[0]
    ?.n as number;

async function waitFor(check: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Neo4j stopped in the middle of an ingest', { timeout: 400_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-restart-'));
    await writeFile(path.join(work, 'corpus.jsonl'), corpus());
    port = await freePort();
    dataDir = path.join(work, 'neo4j');
    server = await spawnLocalNeo4j({ port, dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('stops cleanly when it stays down, reporting what was committed; the ledger holds exactly that', async () => {
    const db = path.join(work, 'db');
    const run = start(['ingest', 'corpus.jsonl', '--db', db, '--neo4j', '--batch', String(BATCH)], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      GRAPHWIRE_NEO4J_RETRY_SECONDS: '3',
    });
    await waitFor(async () => (await articles()) >= 6);
    await server?.stop();
    const r = await run.done;
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const committed = Number(/(\d+) documents were committed/.exec(r.stderr)?.[1]);
    // The test saw 6 articles in Neo4j; at most one batch of those may not have
    // been acknowledged to the client before the server went away.
    expect(committed, r.stderr).toBeGreaterThanOrEqual(6 - BATCH);
    const ledger = await LogStore.open(db);
    const inLedger = ledger.documents;
    await ledger.close();
    expect(inLedger).toBe(committed);
    server = await spawnLocalNeo4j({ port, dataDir });
    // The ledger never claims a document Neo4j lacks. Neo4j may hold one more
    // batch: the one whose commit happened while its acknowledgement was lost
    // with the connection. It is not in the ledger, so the next run rewrites it,
    // which the MERGEs make harmless (the next test checks the full graph).
    const stored = await articles();
    expect(stored).toBeGreaterThanOrEqual(committed);
    expect(stored).toBeLessThanOrEqual(committed + BATCH);
  });

  it('waits while Neo4j restarts, retries, and completes with the full graph', async () => {
    const db = path.join(work, 'db');
    const before = await articles();
    const run = start(['ingest', 'corpus.jsonl', '--db', db, '--neo4j', '--batch', String(BATCH)], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      GRAPHWIRE_NEO4J_RETRY_SECONDS: '240',
    });
    await waitFor(async () => (await articles()) >= before + 4);
    await server?.stop();
    server = await spawnLocalNeo4j({ port, dataDir });
    const r = await run.done;
    expect(r.code, r.stderr).toBe(0);
    expect(await articles()).toBe(DOCS);
    const fromDb = await cli(['export', '--db', db], { cwd: work });
    const fromNeo4j = await cli(['export', '--from-neo4j', `bolt://127.0.0.1:${port}`], {
      cwd: work,
      env: { NEO4J_PASSWORD: '' },
    });
    expect(fromNeo4j.code, fromNeo4j.stderr).toBe(0);
    expect(fromNeo4j.stdout).toBe(fromDb.stdout);
  });
});
