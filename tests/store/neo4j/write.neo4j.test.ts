import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/index.js';
import { extract } from '../../../src/extract/index.js';
import type {
  DocEntity,
  DocExtraction,
  EntityType,
  FeatureType,
  RelationType,
} from '../../../src/extract/types.js';
import { buildGraph } from '../../../src/graph/index.js';
import { readDocuments } from '../../../src/ingest/index.js';
import {
  applySchema,
  openDriver,
  RELATION_TYPES,
  readGraphFromNeo4j,
  writeExtractions,
} from '../../../src/store/neo4j/index.js';
import { clearDatabase, counts, cypher, fixtures, testConfig } from './helpers.js';

async function extractAll(dir: string): Promise<DocExtraction[]> {
  const out: DocExtraction[] = [];
  for await (const item of readDocuments([dir]))
    if (item.kind === 'doc') out.push(extract(item.doc));
  return out;
}

async function write(exts: DocExtraction[]) {
  const config = testConfig();
  const driver = await openDriver(config);
  try {
    return await writeExtractions(driver, config, exts);
  } finally {
    await driver.close();
  }
}

/** A hand-made extraction: entities by name, relations as [source, TYPE, target, sentence]. */
function doc(
  id: string,
  date: string,
  entities: [string, EntityType, string[]?][],
  relations: [string, RelationType, string, string][],
): DocExtraction {
  let text = '';
  const ents: DocEntity[] = entities.map(([name, type, aliases], i) => {
    const start = text.length;
    text += `${name}. `;
    return {
      id: `e${i}`,
      type,
      name,
      aliases: aliases ?? [],
      mentions: [{ doc: id, text: name, start, end: start + name.length }],
    };
  });
  const idOf = (name: string) => `e${entities.findIndex((e) => e[0] === name)}`;
  return {
    doc: { id, hash: `h-${id}-${JSON.stringify(relations).length}`, date, title: `Title ${id}` },
    entities: ents,
    relations: relations.map(([s, type, t, sentence], i) => ({
      source: idOf(s),
      target: idOf(t),
      type,
      evidence: {
        doc: id,
        text: sentence,
        start: 1000 + i * 100,
        end: 1000 + i * 100 + sentence.length,
      },
      confidence: 0.6,
    })),
    words: 10,
  };
}

const graphJson = async () => toJson(await readGraphFromNeo4j(testConfig()));

/** The properties Cypher users see on :Entity nodes agree with the graph's nodes. */
async function expectEntityPropertiesMatch(exts: DocExtraction[]) {
  const graph = buildGraph(exts);
  const rows = await cypher(
    'MATCH (e:Entity) RETURN e.key AS key, e.name AS name, e.aliases AS aliases, e.articles AS articles',
  );
  expect(rows.length).toBe(graph.order);
  for (const r of rows) {
    const n = graph.getNodeAttributes(r.key as string);
    expect({
      name: r.name,
      aliases: [...(r.aliases as string[])].sort(),
      articles: r.articles,
    }).toEqual({
      name: n.name,
      aliases: n.aliases,
      articles: n.docs?.length,
    });
  }
}

describe('Neo4j writes', () => {
  beforeAll(async () => {
    await clearDatabase();
    const config = testConfig();
    const driver = await openDriver(config);
    await applySchema(driver, config).finally(() => driver.close());
  });

  it('stores the same graph as the in-memory build, attribute for attribute', async () => {
    await clearDatabase();
    const exts = await extractAll(path.join(fixtures, 'neo4j'));
    // In two batches, newest first: the order of writes must not matter.
    await write(exts.slice(4));
    await write(exts.slice(0, 4));
    expect(await graphJson()).toBe(toJson(buildGraph(exts)));
    await expectEntityPropertiesMatch(exts);
  });

  it('leaves node and relationship counts unchanged when the same articles are written again', async () => {
    const exts = await extractAll(path.join(fixtures, 'neo4j'));
    const before = await counts();
    const json = await graphJson();
    await write(exts);
    await write(exts.slice(2, 5));
    expect(await counts()).toEqual(before);
    expect(await graphJson()).toBe(json);
  });

  it('replaces what a changed article contributed, deleting what no article supports any more', async () => {
    await clearDatabase();
    const a1 = doc(
      'a',
      '2024-01-01',
      [
        ['Alice Reed', 'Person'],
        ['Bob Stone', 'Person'],
        ['Northern Front', 'Organization'],
      ],
      [
        ['Alice Reed', 'KILLED', 'Bob Stone', 'Alice Reed killed Bob Stone.'],
        ['Alice Reed', 'MEMBER_OF', 'Northern Front', 'Alice Reed joined the Northern Front.'],
      ],
    );
    const b = doc(
      'b',
      '2024-02-01',
      [
        ['Alice Reed', 'Person', ['Reed']],
        ['Bob Stone', 'Person'],
      ],
      [['Alice Reed', 'KILLED', 'Bob Stone', 'Reed shot Bob Stone dead.']],
    );
    await write([a1, b]);
    expect(await graphJson()).toBe(toJson(buildGraph([a1, b])));
    const a2 = doc(
      'a',
      '2024-03-01',
      [
        ['Alice Reed', 'Person'],
        ['Carol Diaz', 'Person'],
      ],
      [['Alice Reed', 'WARNED', 'Carol Diaz', 'Alice Reed warned Carol Diaz.']],
    );
    await write([a2]);
    expect(await graphJson()).toBe(toJson(buildGraph([a2, b])));
    await expectEntityPropertiesMatch([a2, b]);
    const orgs = await cypher("MATCH (o:Entity {key: 'Organization:northern front'}) RETURN o");
    expect(orgs).toEqual([]);
    const [killed] = await cypher(
      'MATCH (:Person {name: "Alice Reed"})-[r:KILLED]->(:Person {name: "Bob Stone"}) RETURN r.count AS count, r.docs AS docs, r.firstDate AS first, r.evidenceText AS text',
    );
    expect(killed).toEqual({
      count: 1,
      docs: ['b'],
      first: '2024-02-01',
      text: ['Reed shot Bob Stone dead.'],
    });
  });

  it('stores offsets and counts as integers, as ingest --bulk does, and adds to a graph that holds them as floats', async () => {
    await clearDatabase();
    const first = doc(
      'a',
      '2024-01-01',
      [
        ['Alice Reed', 'Person'],
        ['Bob Stone', 'Person'],
      ],
      [['Alice Reed', 'KILLED', 'Bob Stone', 'Alice Reed killed Bob Stone.']],
    );
    await write([first]);
    const [types] = await cypher(
      `MATCH (a:Article {id: 'a'})-[m:MENTIONS]->(e:Person {name: 'Alice Reed'})-[r:KILLED]->()
       RETURN valueType(m.mentionStart) AS mentionStart, valueType(m.ordinal) AS ordinal,
              valueType(e.nameWords) AS nameWords, valueType(e.mentionCount) AS mentionCount,
              valueType(r.evidenceStart) AS evidenceStart, valueType(r.evidenceConfidence) AS confidence`,
    );
    expect(types).toEqual({
      mentionStart: 'LIST<INTEGER NOT NULL> NOT NULL',
      ordinal: 'INTEGER NOT NULL',
      nameWords: 'INTEGER NOT NULL',
      mentionCount: 'INTEGER NOT NULL',
      evidenceStart: 'LIST<INTEGER NOT NULL> NOT NULL',
      confidence: 'LIST<FLOAT NOT NULL> NOT NULL',
    });
    // As an earlier graphwire stored them: whole numbers as floats.
    await cypher(
      `MATCH ()-[r:KILLED]->() SET r.evidenceStart = [x IN r.evidenceStart | toFloat(x)],
         r.evidenceEnd = [x IN r.evidenceEnd | toFloat(x)], r.evidenceOrdinal = [x IN r.evidenceOrdinal | toFloat(x)],
         r.evidencePage = [x IN r.evidencePage | toFloat(x)]`,
    );
    const second = doc(
      'b',
      '2024-02-01',
      [
        ['Alice Reed', 'Person'],
        ['Bob Stone', 'Person'],
      ],
      [['Alice Reed', 'KILLED', 'Bob Stone', 'Reed shot Bob Stone dead.']],
    );
    await write([second]);
    expect(await graphJson()).toBe(toJson(buildGraph([first, second])));
    const [after] = await cypher(
      'MATCH ()-[r:KILLED]->() RETURN valueType(r.evidenceStart) AS start, valueType(r.evidencePage) AS page',
    );
    expect(after).toEqual({
      start: 'LIST<INTEGER NOT NULL> NOT NULL',
      page: 'LIST<INTEGER NOT NULL> NOT NULL',
    });
  });

  it('keeps evidence dates and places, widens dates by precision, and answers distance queries', async () => {
    await clearDatabase();
    const placed = (d: DocExtraction, lat: number, lon: number) => {
      const e = d.entities.find((x) => x.type === 'Location') as DocEntity;
      e.geo = { lat, lon, country: 'IQ', featureType: 'city', geoSource: 'towns' };
      return d;
    };
    const dated = (d: DocExtraction, ...dates: [string, string][]) => {
      d.relations.forEach((r, i) => {
        const [date, dateText] = dates[i] ?? [];
        if (date) Object.assign(r.evidence, { date, dateText, dateSource: 'text' });
        else Object.assign(r.evidence, { date: d.doc.date, dateSource: 'article' });
      });
      return d;
    };
    const people: [string, EntityType][] = [
      ['Alice Reed', 'Person'],
      ['Bob Stone', 'Person'],
      ['Qaryat Sefa', 'Location'],
    ];
    const a = placed(
      dated(
        doc('a', '2024-01-10', people, [
          ['Alice Reed', 'KILLED', 'Bob Stone', 'Alice Reed killed Bob Stone last week.'],
          ['Bob Stone', 'LIVES_IN', 'Qaryat Sefa', 'Bob Stone lived in Qaryat Sefa.'],
        ]),
        ['2024-W01', 'last week'],
      ),
      33.3,
      44.4,
    );
    const b = placed(
      dated(
        doc('b', '2024-02-01', people, [
          ['Alice Reed', 'KILLED', 'Bob Stone', 'Reed shot Stone in a 2006 raid.'],
        ]),
        ['2006', '2006'],
      ),
      33.3,
      44.4,
    );
    await write([a, b]);
    expect(await graphJson()).toBe(toJson(buildGraph([a, b])));
    const span = async () =>
      (
        await cypher(
          'MATCH (:Person {name: "Alice Reed"})-[r:KILLED]->() RETURN r.firstDate AS first, r.lastDate AS last',
        )
      )[0];
    expect(await span()).toEqual({ first: '2006', last: '2024-W01' });
    // Article b changes: its 2006 evidence goes, and the span narrows to what is left
    // (week 1 and January 2024 start the same day; January ends later).
    const b2 = dated(
      doc('b', '2024-02-01', people.slice(0, 2), [
        ['Alice Reed', 'KILLED', 'Bob Stone', 'Reed shot Stone in January 2024.'],
      ]),
      ['2024-01', 'January 2024'],
    );
    await write([b2]);
    expect(await graphJson()).toBe(toJson(buildGraph([a, b2])));
    expect(await span()).toEqual({ first: '2024-W01', last: '2024-01' });
    const near = await cypher(
      'WITH point({latitude: 33.0, longitude: 44.0}) AS p MATCH (l:Location) ' +
        'WHERE point.distance(l.location, p) < 100000 RETURN l.name AS name, l.country AS country',
    );
    expect(near).toEqual([{ name: 'Qaryat Sefa', country: 'IQ' }]);
    const index = await cypher(
      "SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'POINT' RETURN labelsOrTypes AS l, properties AS p",
    );
    expect(index).toContainEqual({ l: ['Location'], p: ['location'] });
  });

  it("moves a Location's place to where most articles put it, one transaction after another", async () => {
    await clearDatabase();
    // Each article places Basra somewhere; the place is the one most articles
    // give, the first article's (by id) on a tie, however the writes are split.
    const at = (id: string, lat: number, lon: number, featureType: FeatureType = 'city') => {
      const d = doc(id, '2024-03-01', [['Basra', 'Location']], []);
      (d.entities[0] as DocEntity).geo = {
        lat,
        lon,
        country: 'IQ',
        featureType,
        geoSource: 'towns',
      };
      return d;
    };
    const unplaced = (id: string) => doc(id, '2024-03-01', [['Basra', 'Location']], []);
    const place = async () =>
      (
        await cypher(
          'MATCH (l:Location {name: "Basra"}) RETURN l.lat AS lat, l.lon AS lon, l.featureType AS ft',
        )
      )[0];
    const written: DocExtraction[] = [];
    const step = async (docs: DocExtraction[], lat: number, lon: number, ft = 'city') => {
      await write(docs);
      for (const d of docs) {
        const i = written.findIndex((w) => w.doc.id === d.doc.id);
        if (i >= 0) written.splice(i, 1);
        written.push(d);
      }
      expect(await place()).toEqual({ lat, lon, ft });
      expect(await graphJson()).toBe(toJson(buildGraph(written)));
    };
    await step([at('p1', 30.5, 47.8)], 30.5, 47.8);
    // The batch only agrees with the stored place: it stays.
    await step([at('p2', 30.5, 47.8)], 30.5, 47.8);
    // Three articles elsewhere outvote two.
    await step([at('p3', 31, 47), at('p4', 31, 47), at('p5', 31, 47)], 31, 47);
    // Same point, another feature type: a place of its own, outvoted.
    await step([at('p6', 31, 47, 'region')], 31, 47);
    // Two more for the first place: 4 against 3.
    await step([at('p7', 30.5, 47.8), at('p8', 30.5, 47.8)], 30.5, 47.8);
    // p7 and p8 are written again without placing Basra: 2 against 3.
    await step([unplaced('p7'), unplaced('p8')], 31, 47);
    // A tie, 3 against 3: the place of the first article by id, p0.
    await step([at('p0', 30.5, 47.8)], 30.5, 47.8);
  });

  it('loses no update when concurrent transactions add evidence to the same relationships', async () => {
    await clearDatabase();
    const people = ['Alice Reed', 'Bob Stone', 'Carol Diaz', 'Dan Wu'];
    const docs = Array.from({ length: 24 }, (_, i) =>
      doc(
        `c-${String(i).padStart(2, '0')}`,
        `2024-01-${String(1 + i).padStart(2, '0')}`,
        people.map((p, k) => [k === i % 4 ? `${p}` : p, 'Person', [`${p.split(' ')[1]} ${i}`]]),
        [
          ['Alice Reed', 'KILLED', 'Bob Stone', `Sentence ${i} one.`],
          ['Carol Diaz', 'ATTACKED', 'Dan Wu', `Sentence ${i} two.`],
          [
            people[i % 4] as string,
            'WARNED',
            people[(i + 1) % 4] as string,
            `Sentence ${i} three.`,
          ],
        ],
      ),
    );
    // Four writers at once, one article per transaction: every pair of them touches the same nodes and edges.
    const queue = [...docs];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let d = queue.shift(); d; d = queue.shift()) await write([d]);
      }),
    );
    expect(await graphJson()).toBe(toJson(buildGraph(docs)));
    await expectEntityPropertiesMatch(docs);
    const [killed] = await cypher(
      'MATCH ()-[r:KILLED]->() RETURN r.count AS count, size(r.docs) AS docs',
    );
    expect(killed).toEqual({ count: 24, docs: 24 });
  });

  it('keeps article text out of the query: hostile names are stored verbatim, only allow-listed types are created', async () => {
    await clearDatabase();
    await cypher('CREATE (:Sentinel {name: "still here"})');
    const hostile = [
      'Bob"}) DETACH DELETE n //',
      "Eve'}) MATCH (m) DETACH DELETE m //",
      // The characters rows travel separated by (text-rows.ts), given through the library.
      'Mallory `x` ${x} $param \u001f\u001e',
    ];
    const evil = doc(
      'evil',
      '2024-05-01',
      [
        [hostile[0] as string, 'Person'],
        [hostile[1] as string, 'Person'],
        [hostile[2] as string, 'Organization'],
      ],
      [
        [
          hostile[0] as string,
          'KILLED',
          hostile[1] as string,
          'Bob"}) DETACH DELETE n // killed Eve.',
        ],
        [
          hostile[0] as string,
          // A type from an edited or imported file, outside the vocabulary the compiler knows.
          'KILLED`]->() MATCH (x) DETACH DELETE x //' as RelationType,
          hostile[2] as string,
          'x',
        ],
        [hostile[1] as string, 'LIKES' as RelationType, hostile[2] as string, 'Eve likes Mallory.'],
      ],
    );
    const stats = await write([evil]);
    expect(stats.droppedRelations).toBe(2);
    expect(await cypher('MATCH (s:Sentinel) RETURN s.name AS name')).toEqual([
      { name: 'still here' },
    ]);
    const names = await cypher('MATCH (e:Entity) RETURN e.name AS name ORDER BY name');
    expect(names.map((r) => r.name)).toEqual([...hostile].sort());
    const types = await cypher('MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS type');
    for (const t of types) expect(RELATION_TYPES).toContain(t.type);
    expect(types).toEqual([{ type: 'KILLED' }]);
    expect(await graphJson()).toBe(
      toJson(buildGraph([{ ...evil, relations: evil.relations.slice(0, 1) }])),
    );
  });

  it('creates the schema: key constraints and a full-text index over names and aliases', async () => {
    await clearDatabase();
    await write([
      doc('fts', '2024-01-01', [['Ali Khamenei', 'Person', ['Supreme Leader Khamenei']]], []),
    ]);
    const constraints = await cypher('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints[0]?.names).toEqual(expect.arrayContaining(['entity_key', 'article_id']));
    const hits = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'supreme') YIELD node RETURN node.name AS name",
    );
    expect(hits).toEqual([{ name: 'Ali Khamenei' }]);
  });
});
