import { describe, expect, it } from 'vitest';
import { tuples } from '../../../src/store/neo4j/tuples.js';

interface Row {
  key: string;
  name: string;
  docs: string[];
}

describe('rows sent as lists', () => {
  const t = tuples<Row>(['key', 'name', 'docs']);

  it('encodes a row in field order, whatever order its properties were set in', () => {
    expect(t.encode({ docs: ['d1'], name: 'Ada Brann', key: 'Person:ada brann' })).toEqual([
      'Person:ada brann',
      'Ada Brann',
      ['d1'],
    ]);
  });

  it('rewrites the named fields of one variable to positions and leaves the rest alone', () => {
    const q =
      'MERGE (e:Entity {key: row.key}) SET e.name = row.name, e.n = size(row.docs), e.x = other.name';
    expect(t.rewrite(q, 'row')).toBe(
      'MERGE (e:Entity {key: row[0]}) SET e.name = row[1], e.n = size(row[2]), e.x = other.name',
    );
  });

  it('refuses a statement that reads a field the rows do not carry', () => {
    expect(() => t.rewrite('SET e.hash = row.hash', 'row')).toThrow(/row\.hash/);
  });
});
