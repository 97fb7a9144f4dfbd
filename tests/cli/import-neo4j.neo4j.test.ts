import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphml, readJson, toGraphml } from '../../src/export/index.js';
import { canonical } from '../fixtures/canonical.js';
import { clearDatabase, cli, cypher, fixtures, seedArticle } from '../store/neo4j/helpers.js';

/**
 * `graphwire import <file> --neo4j`: a graph edited in another tool reaches
 * Neo4j (Cypher sees the edit, export --from-neo4j gives the edited graph
 * back), and what is ingested afterwards is merged on top by the same rules
 * as in the embedded store, so both keep giving the same graph.
 */
const articles = path.join(fixtures, 'neo4j', 'articles.jsonl');

describe('graphwire import --neo4j', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-import-neo4j-'));
    await clearDatabase();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const exportJson = async (...from: string[]) => {
    const out = path.join(work, `g-${Math.random()}.json`);
    const r = await cli(['export', ...from, '--format', 'json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    return canonical(readJson(await readFile(out, 'utf8')));
  };

  it('writes an edited GraphML into Neo4j, and later ingests merge on top as in the embedded store', async () => {
    const db = path.join(work, 'db');
    const ingested = await cli(['ingest', articles, '--db', db, '--neo4j']);
    expect(ingested.code, ingested.stderr).toBe(0);

    // Edited "in Gephi": a node renamed, a relation deleted.
    const graphml = path.join(work, 'graph.graphml');
    const exported = await cli(['export', '--from-neo4j', '--format', 'graphml', '--out', graphml]);
    expect(exported.code, exported.stderr).toBe(0);
    const g = readGraphml(await readFile(graphml, 'utf8'));
    const renamed = g.nodes().find((n) => g.degree(n) > 0) as string;
    const dropped = g.edges().find((e) => !g.extremities(e).includes(renamed)) as string;
    expect(renamed && dropped).toBeTruthy();
    const [ds, dt] = g.extremities(dropped);
    const droppedType = g.getEdgeAttribute(dropped, 'type');
    g.setNodeAttribute(renamed, 'name', 'Renamed "in" Gephi');
    g.dropEdge(dropped);
    const edited = path.join(work, 'edited.graphml');
    await writeFile(edited, toGraphml(g));

    const imported = await cli(['import', edited, '--db', db, '--neo4j']);
    expect(imported.code, imported.stderr).toBe(0);

    const [node] = await cypher('MATCH (e:Entity {key: $key}) RETURN e.name AS name', {
      key: renamed,
    });
    expect(node?.name).toBe('Renamed "in" Gephi');
    const [rel] = await cypher(
      'MATCH (:Entity {key: $s})-[r]->(:Entity {key: $t}) WHERE type(r) = $type RETURN count(r) AS n',
      { s: ds, t: dt, type: droppedType },
    );
    expect(rel?.n).toBe(0);
    const [all] = await cypher(
      'CALL () { MATCH (e:Entity) RETURN count(e) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels } RETURN nodes, rels',
    );
    expect(all).toEqual({ nodes: g.order, rels: g.size });

    const fromNeo4j = await exportJson('--from-neo4j');
    expect(fromNeo4j).toEqual(canonical(g));
    expect(fromNeo4j).toEqual(await exportJson('--db', db));

    // Unchanged articles are not written again; a new one is merged on top, the
    // imported name still wins, and Neo4j and the embedded store still agree.
    const again = await cli(['ingest', articles, seedArticle, '--db', db, '--neo4j', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 1 });
    const after = await exportJson('--from-neo4j');
    expect(after).toEqual(await exportJson('--db', db));
    expect(
      (after as { nodes: { key: string; attributes: { name: string } }[] }).nodes.find(
        (n) => n.key === renamed,
      )?.attributes.name,
    ).toBe('Renamed "in" Gephi');
    const [still] = await cypher('MATCH (e:Entity {key: $key}) RETURN e.name AS name', {
      key: renamed,
    });
    expect(still?.name).toBe('Renamed "in" Gephi');
  });
});
