import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredParams } from '../../src/cli/query.js';
import { runQuery } from '../../src/store/neo4j/index.js';
import { freePort } from '../setup/neo4j.js';
import {
  clearDatabase,
  cli,
  counts,
  cypher,
  fixtures,
  repoRoot,
  seedArticle,
  testConfig,
} from '../store/neo4j/helpers.js';

let work: string;
const rowsOf = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>[];

describe('graphwire ingest --neo4j, query and export --from-neo4j', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-cli-neo4j-'));
    await clearDatabase();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('lists who killed whom after ingesting the seed article, and a second ingest changes no count', async () => {
    const db = path.join(work, 'seed');
    const first = await cli(['ingest', seedArticle, '--db', db, '--neo4j', '--json'], {
      cwd: work,
    });
    expect(first.code, first.stderr).toBe(0);
    const q = await cli(
      ['query', 'MATCH (a)-[:KILLED]->(b) RETURN a.name, b.name', '--format', 'json'],
      { cwd: work },
    );
    expect(q.code, q.stderr).toBe(0);
    const rows = rowsOf(q.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(Object.keys(r)).toEqual(['a.name', 'b.name']);
    const before = await counts();
    const again = await cli(['ingest', seedArticle, '--db', db, '--neo4j'], { cwd: work });
    expect(again.code, again.stderr).toBe(0);
    expect(await counts()).toEqual(before);
    const forced = await cli(['ingest', seedArticle, '--db', db, '--neo4j', '--force'], {
      cwd: work,
    });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('runs every saved query in cypher/queries against that graph, read-only', async () => {
    const dir = path.join(repoRoot, 'cypher', 'queries');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const text = await readFile(path.join(dir, f), 'utf8');
      const r = await runQuery(testConfig(), text, declaredParams(text));
      expect(r.queryType, f).toBe('r');
    }
    const who = await cli(
      ['query', '--file', path.join(dir, 'who-killed-whom.cypher'), '--format', 'csv'],
      { cwd: work },
    );
    expect(who.stdout.split('\n')[0]).toBe(
      'killer,killed,reports,firstDate,lastDate,evidence,articles',
    );
  });

  it('exports from Neo4j the same JSON graph as from the embedded store', async () => {
    const db = path.join(work, 'seed');
    const fromDb = await cli(['export', '--db', db], { cwd: work });
    const fromNeo4j = await cli(['export', '--from-neo4j'], { cwd: work });
    expect(fromNeo4j.code, fromNeo4j.stderr).toBe(0);
    expect(fromNeo4j.stdout).toBe(fromDb.stdout);
  });

  it('refuses a query that writes unless --write is given', async () => {
    const refused = await cli(['query', 'CREATE (n:Intruder) RETURN n'], { cwd: work });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--write/);
    const sneaky = await cli(['query', 'MATCH (n) WITH n LIMIT 1 DETACH DELETE n RETURN 1'], {
      cwd: work,
    });
    expect(sneaky.code).toBe(1);
    expect(await cypher('MATCH (n:Intruder) RETURN n')).toEqual([]);
    const allowed = await cli(['query', 'CREATE (n:Intruder) RETURN 1 AS ok', '--write'], {
      cwd: work,
    });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(await cypher('MATCH (n:Intruder) DELETE n RETURN count(*) AS n')).toEqual([{ n: 1 }]);
  });

  it('keeps hostile article text as data: nothing is deleted and no new relationship type appears', async () => {
    await cypher('CREATE (:Sentinel {name: "still here"})');
    const before = await counts();
    const r = await cli(
      [
        'ingest',
        path.join(fixtures, 'neo4j', 'injection.jsonl'),
        '--db',
        path.join(work, 'evil'),
        '--neo4j',
      ],
      { cwd: work },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await cypher('MATCH (s:Sentinel) RETURN s.name AS name')).toEqual([
      { name: 'still here' },
    ]);
    const after = await counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const types = await cypher('MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS t');
    const allowed = [
      'MENTIONS',
      'KILLED',
      'ATTACKED',
      'WARNED',
      'THREATENED',
      'ACCUSED',
      'ORDERED',
      'DEPLOYED_TO',
      'SUPPORTS',
      'COMMANDED',
      'LEADS',
      'MEMBER_OF',
      'WORKS_FOR',
      'LIVES_IN',
      'LOCATED_IN',
      'BASED_IN',
    ];
    for (const t of (types[0]?.t ?? []) as string[]) expect(allowed).toContain(t);
    const mentioned = await cypher(
      'MATCH (a:Article {id: "evil-001"})-[:MENTIONS]->(e) RETURN count(e) AS n',
    );
    expect(mentioned[0]?.n).toBeGreaterThan(0);
    await cypher('MATCH (s:Sentinel) DELETE s');
  });

  it('stops with one line and exit code 2 when Neo4j is unreachable, and records no document', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const db = path.join(work, 'down');
    const r = await cli(['ingest', seedArticle, '--db', db, '--neo4j', uri], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(uri);
    const exported = await cli(['export', '--db', db], { cwd: work });
    expect(JSON.parse(exported.stdout).nodes).toEqual([]);
    const q = await cli(['query', 'RETURN 1', '--neo4j', uri], { cwd: work });
    expect(q.code).toBe(2);
  });

  it('never shows the password: not in --json output, not in errors; wrong credentials exit 2', async () => {
    const password = testConfig().password;
    const db = path.join(work, 'secret');
    const ok = await cli(['ingest', seedArticle, '--db', db, '--neo4j', '--json'], { cwd: work });
    expect(ok.code, ok.stderr).toBe(0);
    if (password) {
      expect(ok.stdout).not.toContain(password);
      expect(ok.stderr).not.toContain(password);
    }
    const wrong = 'Wr0ng-S3cret-value';
    const bad = await cli(['ingest', seedArticle, '--db', path.join(work, 'bad'), '--neo4j'], {
      cwd: work,
      env: { NEO4J_PASSWORD: wrong },
    });
    expect(bad.stdout + bad.stderr).not.toContain(wrong);
    if (password) {
      // The test server has auth on: the wrong password is refused, naming the URI.
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(testConfig().uri.replace(/\/\/[^@]*@/, '//'));
    }
  });
});
