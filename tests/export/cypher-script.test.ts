import { describe, expect, it } from 'vitest';
import { toCypherScript } from '../../src/export/index.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';

describe('Cypher script', () => {
  it('is one statement per line, so no text can join or split statements', () => {
    const g = trickyGraph();
    const lines = toCypherScript(g).trimEnd().split('\n');
    const statements = lines.filter((l) => !l.startsWith('//'));
    // the key constraint and the point index, then a node or relationship a line
    expect(statements).toHaveLength(2 + g.order + g.size);
    for (const s of statements)
      expect(s).toMatch(/^(CREATE CONSTRAINT|CREATE POINT INDEX|MERGE|MATCH) .*;$/);
    for (const s of statements) expect(s.slice(0, -1)).not.toContain(';');
  });

  it('takes labels and relationship types only from the vocabulary', () => {
    const g = trickyGraph();
    g.setEdgeAttribute(g.edges()[0] as string, 'type', 'KILLED]->() DETACH DELETE (x) //');
    expect(() => toCypherScript(g)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const h = trickyGraph();
    h.setNodeAttribute(h.nodes()[0] as string, 'type', 'Person:Admin' as 'Person');
    expect(() => toCypherScript(h)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
