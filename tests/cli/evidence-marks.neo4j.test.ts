import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphml, readJson } from '../../src/export/index.js';
import { checkMarks } from '../helpers/marks.js';
import { clearDatabase, cli, cypher, fixtures } from '../store/neo4j/helpers.js';

// A denied and an alleged statement ingested into Neo4j keep their marks in
// Neo4j, in a GraphML export from it, and after `graphwire import` of that
// file into the embedded store or back into Neo4j.

const article = path.join(fixtures, 'marks', 'denial.txt');

describe('negation and modality marks through Neo4j', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'graphwire-marks-neo4j-'));
    await clearDatabase();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
  };
  const exportJson = async (...from: string[]) => {
    const out = path.join(work, `g-${Math.random()}.json`);
    await run('export', ...from, '--format', 'json', '--out', out);
    return readJson(await readFile(out, 'utf8'));
  };

  it('reach Neo4j, a GraphML export from it, and an import of that file', async () => {
    const db = path.join(work, 'db');
    await run('ingest', article, '--db', db, '--neo4j', '--no-progress');
    checkMarks(await exportJson('--from-neo4j'));

    const graphml = path.join(work, 'marks.graphml');
    await run('export', '--from-neo4j', '--format', 'graphml', '--out', graphml);
    checkMarks(readGraphml(await readFile(graphml, 'utf8')));

    const other = path.join(work, 'db2');
    await run('import', graphml, '--db', other);
    checkMarks(await exportJson('--db', other));

    await run('import', graphml, '--db', db, '--neo4j');
    const [guard] = await cypher(
      "MATCH (e:Entity {name: 'Northern Guard'}) RETURN e.counterEvidence_json AS counter",
    );
    expect(JSON.parse(guard?.counter as string)[0]).toMatchObject({ type: 'ATTACKED' });
    // Cypher reads the imported relationship's marks as it reads ingested ones.
    const [edge] = await cypher(
      `MATCH (:Entity {name: 'Harbor Front'})-[r:ATTACKED]->(:Entity {name: 'Port Veyra'})
       MATCH (radio:Entity {name: 'Radio Kestrel'})
       RETURN r.imported AS imported, r.evidenceText AS text, r.evidenceRule AS rule,
         r.evidenceModality AS modality, r.evidenceAttributedTo AS by, radio.key AS radio`,
    );
    if (!edge) throw new Error('the imported ATTACKED relationship is missing');
    expect(edge.imported).toBe(true);
    const i = (edge.text as string[]).findIndex((t) => t.includes('allegedly'));
    expect((edge.modality as string[])[i]).toBe('alleged');
    expect((edge.rule as string[])[i]).toMatch(/\S/);
    expect(JSON.parse((edge.by as string[])[i] as string)).toEqual([edge.radio]);
    checkMarks(await exportJson('--from-neo4j'));
  });
});
