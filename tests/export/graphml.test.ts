import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { readGraphml, toGraphml } from '../../src/export/index.js';
import { TRICKY_NAMES, trickyGraph } from '../fixtures/tricky-graph.js';

describe('GraphML export', () => {
  it('is read by graphology-graphml with every name, type and number intact', () => {
    const g = trickyGraph();
    const raw = parse(MultiDirectedGraph, toGraphml(g));
    expect(raw.order).toBe(g.order);
    expect(raw.size).toBe(g.size);
    expect(raw.type).toBe('directed');
    const names = raw.mapNodes((_n, a) => a.name).sort();
    expect(names).toEqual(Object.values(TRICKY_NAMES).sort());
    g.forEachNode((node, a) => {
      expect(raw.getNodeAttribute(node, 'name')).toBe(a.name);
      expect(raw.getNodeAttribute(node, 'type')).toBe(a.type);
    });
    g.forEachEdge((edge, a, s, t) => {
      expect(raw.source(edge)).toBe(s);
      expect(raw.target(edge)).toBe(t);
      const r = raw.getEdgeAttributes(edge);
      expect(r.type).toBe(a.type);
      expect(r.count).toBe(a.count); // typed int, not "2"
      expect(r.confidence).toBe(a.confidence);
      expect(r.evidence_text).toBe(a.evidence.map((e) => e.text).join('\n'));
    });
    expect(raw.getAttribute('documents')).toBe(2);
  });

  it('imports back to the same graph, attribute for attribute', () => {
    const g = trickyGraph();
    expect(readGraphml(toGraphml(g)).export()).toEqual(g.export());
    expect(readGraphml(toGraphml(g, { pretty: false })).export()).toEqual(g.export());
  });

  it('deletes the characters XML 1.0 cannot hold and stays readable', () => {
    const g = trickyGraph();
    const node = g.nodes()[0] as string;
    g.setNodeAttribute(node, 'name', 'Bell\u0007 Corp\uFFFF\uD800');
    const raw = parse(MultiDirectedGraph, toGraphml(g));
    expect(raw.getNodeAttribute(node, 'name')).toBe('Bell Corp');
  });

  it('rejects a file that is not GraphML with an input error', () => {
    expect(() => readGraphml('<gexf></gexf>')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('imports a GraphML written by another tool with only name, type, count and confidence', () => {
    const other = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <key id="d3" for="edge" attr.name="count" attr.type="long"/>
  <key id="d4" for="edge" attr.name="confidence" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="Person:a"><data key="d0">A &lt;ä&gt;</data><data key="d1">Person</data></node>
    <node id="Organization:b"><data key="d0">B</data><data key="d1">Organization</data></node>
    <edge source="Person:a" target="Organization:b"><data key="d2">WORKS_FOR</data>
      <data key="d3">2</data><data key="d4">0.75</data></edge>
  </graph>
</graphml>`;
    const g = readGraphml(other);
    expect(g.getNodeAttributes('Person:a')).toEqual({
      name: 'A <ä>',
      type: 'Person',
      aliases: [],
      mentions: [],
    });
    expect(g.getEdgeAttributes('Person:a|WORKS_FOR|Organization:b')).toMatchObject({
      count: 2,
      confidence: 0.75,
    });
  });

  it('rejects an entity type outside Person, Organization, Location, naming the node', () => {
    const g = trickyGraph();
    g.setNodeAttribute(g.nodes()[0] as string, 'type', 'Animal' as 'Person');
    expect(() => readGraphml(toGraphml(g))).toThrow(/node "Person:sean the hammer o brien"/);
  });
});
