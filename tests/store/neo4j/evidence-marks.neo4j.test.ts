import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import type { Evidence } from '../../../src/extract/types.js';
import type { CounterEvidence } from '../../../src/graph/index.js';
import {
  applySchema,
  openDriver,
  readGraphFromNeo4j,
  writeExtractions,
} from '../../../src/store/neo4j/index.js';
import { clearDatabase, cypher, testConfig } from './helpers.js';

// An alleged statement reaches Neo4j with its marks and comes back with them;
// a denied one is no relationship there, but its evidence is kept on the
// article's MENTIONS of its source and comes back as counter-evidence.

const article = path.resolve(import.meta.dirname, '../../fixtures/marks/denial.txt');

describe('evidence marks in Neo4j', () => {
  beforeAll(async () => {
    await clearDatabase();
    const config = testConfig();
    const driver = await openDriver(config);
    try {
      await applySchema(driver, config);
      const text = await readFile(article, 'utf8');
      await writeExtractions(driver, config, [extract({ id: 'denial.txt', text, hash: 'h1' })]);
    } finally {
      await driver.close();
    }
  });

  it('keeps rule, modality and speaker as relationship properties, and writes no denied edge', async () => {
    const rows = await cypher(
      `MATCH (s:Entity)-[r:ATTACKED]->(t:Entity) RETURN s.name AS s, t.name AS t,
         r.evidenceText AS text, r.evidenceRule AS rule, r.evidenceModality AS modality,
         r.evidenceAttributedTo AS by ORDER BY s`,
    );
    expect(rows.map((r) => r.s)).toEqual(['Harbor Front']);
    const row = rows[0] as Record<string, string[]>;
    const i = (row.text as string[]).findIndex((x) => x.includes('allegedly'));
    expect(row.modality?.[i]).toBe('alleged');
    expect(row.rule?.[i]).toMatch(/\S/);
    const radio = await cypher("MATCH (e:Entity {name: 'Radio Kestrel'}) RETURN e.key AS key");
    expect(JSON.parse(row.by?.[i] as string)).toEqual([radio[0]?.key]);
  });

  it('gives the marks back when the graph is read from Neo4j', async () => {
    const g = await readGraphFromNeo4j(testConfig());
    const front = g.findNode((_k, a) => a.name === 'Harbor Front') as string;
    const port = g.findNode((_k, a) => a.name === 'Port Veyra') as string;
    const ev = g.getEdgeAttribute(`${front}|ATTACKED|${port}`, 'evidence') as Evidence[];
    expect(ev.find((e) => e.text.includes('allegedly'))).toMatchObject({
      polarity: 'asserted',
      modality: 'alleged',
    });
    const guard = g.findNode((_k, a) => a.name === 'Northern Guard') as string;
    expect(g.hasEdge(`${guard}|ATTACKED|${port}`)).toBe(false);
  });

  it('keeps the denied statement on the MENTIONS of its source', async () => {
    const rows = await cypher(
      `MATCH (a:Article)-[m:MENTIONS]->(e:Entity {name: 'Northern Guard'})
       RETURN a.id AS doc, m.counterEvidence_json AS counter`,
    );
    expect(rows).toHaveLength(1);
    const port = await cypher("MATCH (e:Entity {name: 'Port Veyra'}) RETURN e.key AS key");
    const counter = JSON.parse(rows[0]?.counter as string);
    expect(counter).toHaveLength(1);
    expect(counter[0]).toMatchObject({ type: 'ATTACKED', target: port[0]?.key });
    expect(counter[0].evidence.text).toContain('did not attack');
    // The other names carry none.
    const none = await cypher(
      "MATCH (:Article)-[m:MENTIONS]->(e:Entity) WHERE e.name <> 'Northern Guard' RETURN count(m.counterEvidence_json) AS n",
    );
    expect(Number(none[0]?.n)).toBe(0);
  });

  it('gives the denied statement back as counter-evidence when the graph is read', async () => {
    const g = await readGraphFromNeo4j(testConfig());
    const guard = g.findNode((_k, a) => a.name === 'Northern Guard') as string;
    const port = g.findNode((_k, a) => a.name === 'Port Veyra') as string;
    const counter = g.getNodeAttribute(guard, 'counterEvidence') as CounterEvidence[];
    expect(counter).toHaveLength(1);
    expect(counter[0]).toMatchObject({ type: 'ATTACKED', target: port, polarity: 'negated' });
    expect(counter[0]?.text).toContain('did not attack');
  });
});

// A relationship stored before the mark lists existed has evidence but no
// marks; a later write must pad them by the evidence it already holds, so
// mark i still belongs to evidence i.
describe('evidence marks added to a relationship that had none', () => {
  const write = async (id: string, text: string) => {
    const config = testConfig();
    const driver = await openDriver(config);
    try {
      await writeExtractions(driver, config, [extract({ id, text, hash: id })]);
    } finally {
      await driver.close();
    }
  };

  it('pads the old evidence and keeps the new marks beside their evidence', async () => {
    await write(
      'old.txt',
      'Saltmarsh Brigade fighters attacked Dunmore Quay on Monday. On Tuesday the Saltmarsh Brigade attacked Dunmore Quay again.',
    );
    const match = `MATCH (:Entity {name: 'Saltmarsh Brigade'})-[r:ATTACKED]->(:Entity {name: 'Dunmore Quay'})`;
    const before = await cypher(`${match} RETURN size(r.evidenceDoc) AS n`);
    expect(Number(before[0]?.n)).toBe(2);
    await cypher(
      `${match} REMOVE r.evidenceRule, r.evidenceModality, r.evidenceAttributedTo, r.evidenceDate, r.evidenceDateText, r.evidenceDateSource`,
    );
    await write('new.txt', 'Saltmarsh Brigade fighters attacked Dunmore Quay on Friday.');
    const rows = await cypher(
      `${match} RETURN r.evidenceDoc AS docs, r.evidenceRule AS rule, r.evidenceModality AS modality, r.evidenceAttributedTo AS by, r.evidenceDate AS date, r.evidenceDateText AS dateText, r.evidenceDateSource AS dateSource`,
    );
    const row = rows[0] as Record<string, string[]>;
    expect(row.docs).toEqual(['old.txt', 'old.txt', 'new.txt']);
    for (const marks of [row.rule, row.modality, row.by, row.date, row.dateText, row.dateSource])
      expect(marks).toHaveLength(3);
    expect(row.rule?.slice(0, 2)).toEqual(['', '']);
    expect(row.rule?.[2]).toMatch(/\S/);
  });
});
