import { describe, expect, it } from 'vitest';
import { rowsToCypherResult } from '../../src/server/cypher-rows.js';

const soleimani = {
  labels: ['Entity', 'Person'],
  properties: { key: 'Person:qassem soleimani', name: 'Qassem Soleimani' },
};
const trump = {
  labels: ['Entity', 'Person'],
  properties: { key: 'Person:donald trump', name: 'Donald Trump' },
};
const killed = { type: 'KILLED', properties: { count: 2 } };

describe('the Cypher box draws what a query returns', () => {
  it('draws the nodes and relationships of paths', () => {
    const r = rowsToCypherResult(
      ['p'],
      [{ p: [{ start: trump, relationship: killed, end: soleimani }] }],
    );
    expect(r.nodes.map((n) => n.key).sort()).toEqual([
      'Person:donald trump',
      'Person:qassem soleimani',
    ]);
    expect(r.relationships).toEqual([
      {
        key: 'Person:donald trump|KILLED|Person:qassem soleimani',
        type: 'KILLED',
        source: 'Person:donald trump',
        target: 'Person:qassem soleimani',
        properties: { count: 2 },
      },
    ]);
  });

  it('draws nodes returned alone or in lists, once each', () => {
    const r = rowsToCypherResult(
      ['n', 'friends'],
      [
        { n: trump, friends: [soleimani, trump] },
        { n: soleimani, friends: [] },
      ],
    );
    expect(r.nodes).toHaveLength(2);
    expect(r.relationships).toHaveLength(0);
    expect(r.rows).toHaveLength(2);
  });

  it('keeps scalar rows as a table', () => {
    const r = rowsToCypherResult(['name', 'n'], [{ name: 'Donald Trump', n: 3 }]);
    expect(r.rows).toEqual([['Donald Trump', 3]]);
    expect(r.nodes).toEqual([]);
  });
});
