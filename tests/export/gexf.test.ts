import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { readGexf, toGexf } from '../../src/export/index.js';
import { TRICKY_NAMES, trickyGraph } from '../fixtures/tricky-graph.js';

describe('GEXF export', () => {
  it('is GEXF 1.3 that graphology-gexf reads with every name, type and number intact', () => {
    const g = trickyGraph();
    const text = toGexf(g);
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    const raw = parse(MultiDirectedGraph, text);
    expect(raw.order).toBe(g.order);
    expect(raw.size).toBe(g.size);
    expect(raw.mapNodes((_n, a) => a.label).sort()).toEqual(Object.values(TRICKY_NAMES).sort());
    g.forEachEdge((edge, a) => {
      const r = raw.getEdgeAttributes(edge);
      expect(r.type).toBe(a.type);
      expect(r.kind).toBe(a.type);
      expect(r.count).toBe(a.count);
      expect(r.weight).toBe(a.count);
      expect(r.confidence).toBe(a.confidence);
    });
  });

  it('colours nodes by type and sizes them by degree, with type as a partition attribute', () => {
    const g = trickyGraph();
    const text = toGexf(g);
    expect(text).toMatch(/<attribute id="type" title="type" type="string"/);
    const raw = parse(MultiDirectedGraph, text);
    const colour = new Map<string, string>();
    raw.forEachNode((node, a) => {
      const seen = colour.get(a.type);
      if (seen) expect(a.color).toBe(seen);
      colour.set(a.type, a.color);
      expect(a.size).toBeCloseTo(5 + 5 * Math.sqrt(g.degree(node)), 2);
    });
    expect(new Set(colour.values()).size).toBe(3);
    const byDegree = [...raw.nodes()].sort((x, y) => g.degree(x) - g.degree(y));
    const [small, big] = [byDegree[0] as string, byDegree.at(-1) as string];
    expect(g.degree(big)).toBeGreaterThan(g.degree(small));
    expect(raw.getNodeAttribute(big, 'size')).toBeGreaterThan(raw.getNodeAttribute(small, 'size'));
  });

  it('imports back to the same graph, attribute for attribute', () => {
    const g = trickyGraph();
    expect(readGexf(toGexf(g)).export()).toEqual(g.export());
    expect(readGexf(toGexf(g, { pretty: false })).export()).toEqual(g.export());
  });

  it('deletes the characters XML 1.0 cannot hold and stays readable', () => {
    const g = trickyGraph();
    const node = g.nodes()[0] as string;
    g.setNodeAttribute(node, 'name', 'Bell\u0007 Corp\uFFFF');
    const raw = parse(MultiDirectedGraph, toGexf(g));
    expect(raw.getNodeAttribute(node, 'label')).toBe('Bell Corp');
  });

  it('takes the name from the label, the column Gephi edits', () => {
    const g = trickyGraph();
    const text = toGexf(g).replace('label="北京 华为 技术"', 'label="Huawei &amp; Co"');
    const read = readGexf(text);
    expect(read.getNodeAttribute('Organization:北京 华为 技术', 'name')).toBe('Huawei & Co');
  });

  it('imports a GEXF that Gephi adds positions, colours and its own columns to', () => {
    const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node"><attribute id="type" title="type" type="string"/>
      <attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>
    <attributes class="edge"><attribute id="type" title="type" type="string"/>
      <attribute id="count" title="count" type="integer"/>
      <attribute id="confidence" title="confidence" type="double"/></attributes>
    <nodes>
      <node id="Person:a" label="A"><attvalues><attvalue for="type" value="Person"/>
        <attvalue for="modularity_class" value="0"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0"/><viz:color r="66" g="133" b="244"/></node>
      <node id="Location:b" label="B"><attvalues><attvalue for="type" value="Location"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="Person:a" target="Location:b" kind="LIVES_IN" weight="1.0"><attvalues>
        <attvalue for="type" value="LIVES_IN"/><attvalue for="count" value="1"/>
        <attvalue for="confidence" value="0.5"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const g = readGexf(gephi);
    expect(g.getNodeAttributes('Person:a')).toEqual({
      name: 'A',
      type: 'Person',
      aliases: [],
      mentions: [],
    });
    expect(g.edges()).toEqual(['Person:a|LIVES_IN|Location:b']);
    expect(g.getEdgeAttributes('Person:a|LIVES_IN|Location:b')).toEqual({
      type: 'LIVES_IN',
      evidence: [],
      count: 1,
      confidence: 0.5,
    });
  });
});
