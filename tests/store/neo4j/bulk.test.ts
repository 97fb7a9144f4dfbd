import { describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../../src/extract/types.js';
import {
  ARRAY_DELIMITER,
  articleLines,
  combinedConfidence,
  EVIDENCE_ITEM_MARK,
  GraphAccumulator,
  graphLines,
  MARKED_EVIDENCE_LISTS,
  UNMARK_EVIDENCE,
} from '../../../src/store/neo4j/bulk.js';
import { toRows } from '../../../src/store/neo4j/rows.js';
import { graphwire } from '../../helpers/cli.js';

const doc = (id: string, name: string, date: string): DocExtraction => ({
  doc: { id, hash: `h-${id}`, date },
  words: 5,
  entities: [
    {
      id: 'a',
      type: 'Person',
      name,
      aliases: [],
      mentions: [{ doc: id, text: name, start: 0, end: name.length }],
    },
    {
      id: 'b',
      type: 'Location',
      name: 'Paris',
      aliases: [],
      mentions: [{ doc: id, text: 'Paris', start: 20, end: 25 }],
    },
  ],
  relations: [
    {
      source: 'a',
      target: 'b',
      type: 'LIVES_IN',
      evidence: { doc: id, text: `${name} lives in Paris; "really".`, start: 0, end: 30 },
      confidence: 0.5,
    },
  ],
});

describe('ingest --bulk files', () => {
  it('merges an entity and a relationship met in two batches into one line each, as the incremental MERGEs would', () => {
    const acc = new GraphAccumulator();
    acc.add(toRows([doc('d1', 'Smith', '2020-01-02')]));
    acc.add(toRows([doc('d2', 'John Smith', '2019-05-06')]));
    const files = graphLines(acc);
    const people = (files.get('nodes_Person.csv') as string).trim().split('\n');
    expect(people).toHaveLength(3); // header + Person:smith + Person:john smith (two keys)
    const rels = (files.get('relationships_LIVES_IN.csv') as string).trim().split('\n');
    expect(rels).toHaveLength(3);
    const again = new GraphAccumulator();
    again.add(toRows([doc('d1', 'Smith', '2020-01-02')]));
    again.add(toRows([doc('d2', 'Smith', '2019-05-06')]));
    const [, line] = (graphLines(again).get('relationships_LIVES_IN.csv') as string)
      .trim()
      .split('\n');
    // One relationship with both evidence sentences, count 2, the dates widened.
    expect(line).toContain(',2,0.75,"2019-05-06","2020-01-02",');
    expect(combinedConfidence([0.5, 0.5])).toBe(0.75);
  });

  it('carries every per-evidence list behind the mark, aligned, and widens dates by the days they cover', () => {
    const acc = new GraphAccumulator();
    const first = doc('d1', 'Smith', '2020-03-15');
    const second = doc('d2', 'Smith', '2020-03-20');
    // Evidence dated by month: it covers March, so it starts before the 15th
    // and ends after the 20th, although as text it sorts between them.
    Object.assign((second.relations[0] as (typeof second.relations)[0]).evidence, {
      date: '2020-03',
      rule: 'lives-in',
      modality: 'alleged',
      attributedTo: ['a'],
      page: 3,
    });
    acc.add(toRows([first]));
    acc.add(toRows([second]));
    const [header, row] = (graphLines(acc).get('relationships_LIVES_IN.csv') as string)
      .trim()
      .split('\n') as [string, string];
    const cells = header.split(',');
    const at = (name: string) => {
      const i = cells.indexOf(name);
      expect(i, name).toBeGreaterThan(-1);
      // No field here holds a comma.
      return (row.split(',')[i] as string).replace(/^"|"$/g, '').replace(/""/g, '"');
    };
    expect(at('firstDate')).toBe('2020-03');
    expect(at('lastDate')).toBe('2020-03');
    const items = (name: string) => at(`_${name}:string[]`).split(ARRAY_DELIMITER);
    for (const name of MARKED_EVIDENCE_LISTS) {
      expect(items(name), name).toHaveLength(2);
      for (const item of items(name)) expect(item.startsWith(EVIDENCE_ITEM_MARK)).toBe(true);
    }
    const unmarked = (name: string) => items(name).map((x) => x.slice(EVIDENCE_ITEM_MARK.length));
    expect(unmarked('evidenceDate')).toEqual(['', '2020-03']);
    expect(unmarked('evidenceRule')).toEqual(['', 'lives-in']);
    expect(unmarked('evidenceModality')).toEqual(['', 'alleged']);
    expect(unmarked('evidenceAttributedTo')).toEqual(['', '["Person:smith"]']);
    // The page of a PDF's sentence, 0 for a document without pages.
    expect(at('evidencePage:int[]').split(ARRAY_DELIMITER)).toEqual(['0', '3']);
    expect(UNMARK_EVIDENCE).not.toMatch(/\$|Smith|Paris/);
  });

  it('writes where an article places a Location on its MENTIONS line, and nothing for other entities', () => {
    const d = doc('d1', 'Smith', '2020-01-01');
    Object.assign(d.entities[1] as object, {
      geo: { lat: 48.8566, lon: 2.3522, country: 'FR', featureType: 'city', geoSource: 'towns' },
    });
    const lines = articleLines(toRows([d]))
      .mentions.trim()
      .split('\n');
    const paris = lines.find((l) => l.includes('"Paris"')) as string;
    expect(paris.endsWith(',48.8566,2.3522,"FR","city","towns",,')).toBe(true);
    const smith = lines.find((l) => l.includes('"Smith"')) as string;
    expect(smith.endsWith(',,,,,,,')).toBe(true);
  });

  it('writes what an article denies on the MENTIONS line of its source, and no relationship', () => {
    const d = doc('d1', 'Smith', '2020-01-01');
    const r = d.relations[0] as DocExtraction['relations'][number];
    r.evidence = { ...r.evidence, text: 'Smith does not live in Paris.', polarity: 'negated' };
    const rows = toRows([d]);
    expect(rows.relations.size).toBe(0);
    const lines = articleLines(rows).mentions.trim().split('\n');
    const smith = lines.find((l) => l.includes('"Smith"')) as string;
    const field = smith.slice(smith.indexOf(',"[{') + 2, -1).replace(/""/g, '"');
    const counter = JSON.parse(field);
    expect(counter).toHaveLength(1);
    expect(counter[0]).toMatchObject({
      type: 'LIVES_IN',
      evidence: { text: 'Smith does not live in Paris.' },
    });
    const paris = lines.find((l) => l.includes('"Paris"')) as string;
    expect(paris.endsWith(',')).toBe(true);
  });

  it('refuses a document id holding the list delimiter, naming the document', () => {
    expect(() => articleLines(toRows([doc('bad\u001fid', 'Smith', '2020-01-01')]))).toThrow(
      /document "bad\\u001fid": .* holds U\+001F/,
    );
  });

  it('says in one line that --bulk needs --neo4j and no server URI', async () => {
    const a = await graphwire(['ingest', 'nothing', '--bulk']);
    expect(a.code).toBe(1);
    expect(a.stderr.trim()).toBe(
      'graphwire: --bulk writes a local Neo4j database: use it with --neo4j',
    );
    const b = await graphwire(['ingest', 'nothing', '--neo4j', 'bolt://127.0.0.1:1', '--bulk']);
    expect(b.code).toBe(1);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toMatch(/drop the URI "bolt:\/\/127\.0\.0\.1:1"/);
  });
});
