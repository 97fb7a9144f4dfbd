import { describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../src/extract/types.js';
import { buildGraph, mergeGraphs } from '../../src/graph/index.js';
import { trickyExtractions } from '../fixtures/tricky-graph.js';

describe('mergeGraphs', () => {
  it('gives the graph of all documents when merging the graphs of two disjoint sets', () => {
    const [a, b] = trickyExtractions() as [DocExtraction, DocExtraction];
    const merged = mergeGraphs(buildGraph([a]), buildGraph([b]));
    const whole = buildGraph([a, b]);
    const sorted = (x: typeof whole) => ({
      nodes: x.export().nodes.sort((p, q) => (p.key < q.key ? -1 : 1)),
      edges: x.export().edges.sort((p, q) => ((p.key ?? '') < (q.key ?? '') ? -1 : 1)),
    });
    expect(merged.getAttribute('documents')).toBe(2);
    expect(sorted(merged)).toEqual(sorted(whole));
  });

  it('does not count a sentence twice when both graphs hold it, and leaves both inputs as they were', () => {
    const g = buildGraph(trickyExtractions());
    const before = JSON.stringify(g.export());
    const twice = mergeGraphs(g, g);
    twice.forEachEdge((edge, a) => expect(a.count).toBe(g.getEdgeAttribute(edge, 'count')));
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('keeps the base graph name of a node, the new name becoming an alias', () => {
    const g = buildGraph(trickyExtractions());
    const key = g.nodes()[0] as string;
    g.setNodeAttribute(key, 'name', 'Edited');
    const merged = mergeGraphs(g, buildGraph(trickyExtractions()));
    expect(merged.getNodeAttribute(key, 'name')).toBe('Edited');
    expect(merged.getNodeAttribute(key, 'aliases')).toContain(
      buildGraph(trickyExtractions()).getNodeAttribute(key, 'name'),
    );
  });
});
