import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Driver, Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherString, readJson, toCypherScript, toNeo4jCsv } from '../../src/export/index.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/extract/types.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { openDriver, readExportedGraph } from '../../src/store/neo4j/index.js';
import { canonical } from '../fixtures/canonical.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';
import { clearDatabase, cli, testConfig } from '../store/neo4j/helpers.js';

const readNeo4jGraph = readExportedGraph;

/**
 * The Cypher script and the CSV files loaded by the real Neo4j of the test
 * global setup. Most tests work in one transaction that they roll back, so
 * the database stays as it was.
 */
describe('exports loaded into the real Neo4j', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    await clearDatabase();
    driver = await openDriver(testConfig());
    dir = await mkdtemp(join(tmpdir(), 'graphwire-neo4j-export-'));
  });

  afterAll(async () => {
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function rolledBack<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      return await fn(tx);
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  async function counts(tx: Transaction, g: KnowledgeGraph) {
    const keys = g.nodes();
    const r = await tx.run(
      'MATCH (n:Entity) WHERE n.key IN $keys ' +
        'OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.key IN $keys ' +
        'RETURN count(DISTINCT n) AS nodes, count(r) AS rels, ' +
        'sum(size(keys(n))) + sum(size(keys(r))) AS props',
      { keys },
    );
    const rec = r.records[0];
    return {
      nodes: Number(rec?.get('nodes')),
      rels: Number(rec?.get('rels')),
      props: Number(rec?.get('props')),
    };
  }

  it('reads every Cypher string literal back as exactly the text it was made from', async () => {
    const texts = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({
          unit: fc.constantFrom("'", '"', '\\', 'u', '0', '2', '7', '\n', ';', '/', '`', '}', ')'),
          maxLength: 30,
        }),
      ),
      { numRuns: 400, seed: 6 },
    );
    const literals = texts.map(cypherString);
    for (const l of literals) expect(l).not.toMatch(/[\n\r;]/);
    const { records } = await driver.executeQuery(`RETURN [${literals.join(', ')}] AS xs`);
    expect(records[0]?.get('xs')).toEqual(texts);
  });

  it('runs the Cypher script into the same nodes, relationships and properties, twice without change', async () => {
    const g = trickyGraph();
    const script = toCypherScript(g);
    const lines = script.split('\n').filter((l) => l !== '');
    const [constraint] = lines.filter((l) => l.startsWith('CREATE CONSTRAINT'));
    // Schema and data cannot share a transaction; the constraint is idempotent.
    await driver.executeQuery(constraint as string);
    const statements = lines.filter((l) => !l.startsWith('//') && !l.startsWith('CREATE'));
    expect(statements).toHaveLength(g.order + g.size);
    await rolledBack(async (tx) => {
      for (const s of statements) await tx.run(s);
      const once = await counts(tx, g);
      expect(once.nodes).toBe(g.order); // nothing deleted by the hostile evidence
      expect(once.rels).toBe(g.size);
      const read = await readNeo4jGraph(tx);
      expect(canonical(read, new Set(g.nodes()))).toEqual(canonical(g));
      for (const s of statements) await tx.run(s);
      expect(await counts(tx, g)).toEqual(once);
      expect(canonical(await readNeo4jGraph(tx), new Set(g.nodes()))).toEqual(canonical(g));
    });
  });

  it('loads the CSV files with LOAD CSV into the same graph', async () => {
    // LOAD CSV reads `\"` as an escaped quote unless
    // dbms.import.csv.legacy_quote_escaping=false; neo4j-admin does not.
    // The JSON columns never contain it; plain text with a backslash right
    // before a double quote would, so this graph has none.
    const g = trickyGraph();
    g.updateEachNodeAttributes((_n, a) => ({
      ...a,
      name: a.name.replaceAll('\\"', '\\ "'),
      aliases: a.aliases.map((x) => x.replaceAll('\\"', '\\ "')),
      mentions: a.mentions.map((m) => ({ ...m, text: m.text.replaceAll('\\"', '\\ "') })),
    }));
    const csv = toNeo4jCsv(g);
    for (const [name, content] of Object.entries(csv.files))
      await writeFile(join(dir, name), content);
    const url = (name: string) => `file://${join(dir, name)}`;
    const arr = (col: string) =>
      `CASE WHEN row.\`${col}\` IS NULL THEN null ELSE split(row.\`${col}\`, $d) END`;
    await rolledBack(async (tx) => {
      for (const type of ENTITY_TYPES) {
        await tx.run(
          `LOAD CSV WITH HEADERS FROM $url AS row
           MERGE (n:Entity {key: row.\`key:ID\`}) SET n:${type}
           SET n.name = row.name, n.type = row.type, n.mentions_json = row.mentions_json,
               n.aliases = ${arr('aliases:string[]')}, n.titles = ${arr('titles:string[]')},
               n.docs = ${arr('docs:string[]')}
           SET n.location = CASE WHEN row.\`lat:double\` IS NULL THEN null ELSE point({
                 latitude: toFloat(row.\`lat:double\`), longitude: toFloat(row.\`lon:double\`)}) END,
               n.country = row.country, n.featureType = row.featureType,
               n.geoSource = row.geoSource,
               n.geoApproximate = CASE WHEN row.\`geoApproximate:boolean\` = 'true' THEN true END`,
          { url: url(`nodes_${type}.csv`), d: csv.arrayDelimiter },
        );
      }
      for (const type of RELATION_TYPES) {
        await tx.run(
          `LOAD CSV WITH HEADERS FROM $url AS row
           WITH row WHERE row.\`:TYPE\` = '${type}'
           MATCH (s:Entity {key: row.\`:START_ID\`}), (t:Entity {key: row.\`:END_ID\`})
           MERGE (s)-[r:${type}]->(t)
           SET r.key = row.key, r.count = toInteger(row.\`count:int\`),
               r.confidence = toFloat(row.\`confidence:double\`), r.firstDate = row.firstDate,
               r.lastDate = row.lastDate, r.docs = ${arr('docs:string[]')},
               r.evidence_json = row.evidence_json, r.evidence_text = row.evidence_text`,
          { url: url('relationships.csv'), d: csv.arrayDelimiter },
        );
      }
      const read = await readNeo4jGraph(tx);
      // Empty lists are absent in neo4j-admin's format and read back as [].
      expect(canonical(read, new Set(g.nodes()))).toEqual(canonical(g));
    });
  });

  it('gives Locations a WGS-84 point that a distance query finds through the point index', async () => {
    const g = trickyGraph();
    for (const s of toCypherScript(g).split('\n'))
      if (s && !s.startsWith('//')) await driver.executeQuery(s);
    try {
      const index = await driver.executeQuery(
        "SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'POINT' RETURN labelsOrTypes, properties",
      );
      expect(
        index.records.map((r) => [r.get('labelsOrTypes'), r.get('properties')]),
      ).toContainEqual([['Location'], ['location']]);
      const near = async (lat: number, lon: number) =>
        (
          await driver.executeQuery(
            'WITH point({latitude: $lat, longitude: $lon}) AS p MATCH (l:Location) ' +
              'WHERE point.distance(l.location, p) < 100000 RETURN l.key AS key',
            { lat, lon },
          )
        ).records.map((r) => r.get('key'));
      const placed = g.filterNodes((_n, a) => a.lat !== undefined);
      expect(await near(33.5, -44.3)).toEqual(placed);
      expect(await near(10, 10)).toEqual([]);
    } finally {
      await clearDatabase();
    }
  });

  it('graphwire export --from-neo4j reads back a database loaded from the Cypher script', async () => {
    const g = trickyGraph();
    for (const s of toCypherScript(g).split('\n'))
      if (s && !s.startsWith('//')) await driver.executeQuery(s);
    try {
      const out = join(dir, 'from-neo4j.json');
      const res = await cli(['export', '--from-neo4j', '--format', 'json', '--out', out]);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const read = readJson(await readFile(out, 'utf8'));
      expect(canonical(read)).toEqual(canonical(g));
    } finally {
      await clearDatabase();
    }
  });
});
