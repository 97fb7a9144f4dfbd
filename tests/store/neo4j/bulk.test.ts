import { describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../../src/extract/types.js';
import {
  articleLines,
  combinedConfidence,
  GraphAccumulator,
  graphLines,
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
