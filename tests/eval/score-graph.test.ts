import { describe, expect, it } from 'vitest';
import { type GoldFile, type GraphJson, scoreGraph } from '../../src/eval/index.js';

const span = (doc: string) => [{ doc, text: 'x', start: 0, end: 1 }];
const node = (
  key: string,
  name: string,
  type: string,
  aliases: string[] = [],
  doc = 'dir/a.txt',
) => ({
  key,
  attributes: { name, type, aliases, mentions: span(doc) },
});
const edge = (source: string, target: string, type: string, doc = 'dir/a.txt') => ({
  source,
  target,
  attributes: { type, evidence: span(doc) },
});

const gold: GoldFile = {
  doc: 'a.txt',
  entities: [
    { name: 'Anna Lind', type: 'Person', aliases: ['Lind'] },
    { name: 'Daily Courier', type: 'Organization' },
    { name: 'Oslo', type: 'Location' },
    { name: 'Jane Roe', type: 'Person', optional: true },
  ],
  relations: [
    { source: ['Anna Lind'], type: ['WORKS_FOR'], target: ['Daily Courier'] },
    { source: ['Anna Lind'], type: ['LIVES_IN'], target: ['Oslo'] },
    { source: ['Daily Courier'], type: ['BASED_IN'], target: ['Oslo'], optional: true },
  ],
};

describe('scoreGraph', () => {
  it('matches names after normalisation, by alias, and the document by file name', () => {
    const g: GraphJson = {
      nodes: [
        node('p', 'Gen. Lind', 'Person'),
        node('o', 'The Daily Courier', 'Organization'),
        node('l', 'Oslo', 'Location'),
        node('x', 'Elsewhere', 'Location', [], 'b.txt'),
      ],
      edges: [edge('p', 'o', 'WORKS_FOR'), edge('p', 'l', 'LIVES_IN'), edge('o', 'l', 'BASED_IN')],
    };
    const s = scoreGraph(g, gold);
    expect(s.entities).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(s.relations).toMatchObject({ p: 1, r: 1, f1: 1 });
  });

  it('counts an unmerged duplicate as one hit and one false positive, and a wrong type as a miss', () => {
    const g: GraphJson = {
      nodes: [
        node('p1', 'Anna Lind', 'Person'),
        node('p2', 'Lind', 'Person'),
        node('o', 'Daily Courier', 'Location'),
        node('r', 'Jane Roe', 'Organization'),
      ],
      edges: [],
    };
    const s = scoreGraph(g, gold);
    expect(s.entities.tp).toBe(1);
    expect(s.entities.predicted).toBe(3);
    expect(s.entities.misses).toEqual(['Organization Daily Courier', 'Location Oslo']);
    expect([...s.entities.falsePositives].sort()).toEqual([
      'Location Daily Courier',
      'Person Lind',
    ]);
  });

  it('respects direction and type for relations, and ignores optional ones', () => {
    const g: GraphJson = {
      nodes: [node('p', 'Anna Lind', 'Person'), node('o', 'Daily Courier', 'Organization')],
      edges: [edge('o', 'p', 'WORKS_FOR'), edge('p', 'o', 'LEADS')],
    };
    const s = scoreGraph(g, gold);
    expect(s.relations.tp).toBe(0);
    expect(s.relations.predicted).toBe(2);
    expect(s.relations.misses).toHaveLength(2);
  });

  it('rejects input that is not graph JSON', () => {
    expect(() => scoreGraph({} as GraphJson, gold)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
