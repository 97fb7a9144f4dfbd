import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, cli, fixtures } from '../store/neo4j/helpers.js';

let work: string;
const corpus = path.join(fixtures, 'neo4j');

async function exportNeo4j(): Promise<string> {
  const r = await cli(['export', '--from-neo4j'], { cwd: work });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('several ingest processes writing into one Neo4j', () => {
  let single: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-concurrency-'));
    await clearDatabase();
    const r = await cli(['ingest', corpus, '--db', path.join(work, 'single'), '--neo4j'], {
      cwd: work,
    });
    expect(r.code, r.stderr).toBe(0);
    single = await exportNeo4j();
    expect(JSON.parse(single).nodes.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('two --shard processes at once give the graph of a single run', async () => {
    await clearDatabase();
    const runs = await Promise.all(
      ['1/2', '2/2'].map((s, i) =>
        cli(
          [
            'ingest',
            corpus,
            '--db',
            path.join(work, `shard-${i}`),
            '--neo4j',
            '--shard',
            s,
            '--batch',
            '1',
          ],
          {
            cwd: work,
          },
        ),
      ),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const docs = runs.map((r) => Number(/(\d+) ingested/.exec(r.stderr)?.[1]));
    expect(docs.every((n) => n > 0)).toBe(true);
    expect(await exportNeo4j()).toBe(single);
  });

  it('two processes ingesting the same articles at once give the graph of one process', async () => {
    await clearDatabase();
    const runs = await Promise.all(
      ['a', 'b'].map((name) =>
        cli(
          ['ingest', corpus, '--db', path.join(work, `same-${name}`), '--neo4j', '--batch', '1'],
          {
            cwd: work,
          },
        ),
      ),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(await exportNeo4j()).toBe(single);
  });
});
