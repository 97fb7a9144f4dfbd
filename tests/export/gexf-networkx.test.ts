import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGexf } from '../../src/export/index.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';

function hasNetworkx(): boolean {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** networkx's read_gexf reads the file, as a new user would, and prints what it got as JSON. */
const READ = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "meta": g.graph,
  "nodes": {n: a for n, a in g.nodes(data=True)},
  "edges": [{"source": s, "target": t, **a} for s, t, a in g.edges(data=True)],
}, ensure_ascii=False))
`;

describe.skipIf(!hasNetworkx())('GEXF read by networkx', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives every node with its label, colour as r/g/b, size and columns, and every edge', async () => {
    const g = trickyGraph();
    dir = await mkdtemp(join(tmpdir(), 'graphwire-networkx-gexf-'));
    const file = join(dir, 'g.gexf');
    await writeFile(file, toGexf(g));
    const out = JSON.parse(execFileSync('python3', ['-c', READ, file], { encoding: 'utf8' }));
    expect(out.directed).toBe(true);
    expect(Object.keys(out.nodes).sort()).toEqual(g.nodes().sort());
    const blue = { r: 0x4e, g: 0x79, b: 0xa7, a: 1 };
    g.forEachNode((node, a) => {
      const n = out.nodes[node];
      expect(n.label).toBe(a.name);
      expect(n.type).toBe(a.type);
      expect(JSON.parse(n.mentions_json)).toEqual(a.mentions);
      if (a.type === 'Person') expect(n.viz.color).toEqual(blue);
      // A placed Location carries lat/lng as numbers, as Gephi's geo layout and networkx read them.
      if (a.lat !== undefined) expect([n.lat, n.lng, n.country]).toEqual([a.lat, a.lon, a.country]);
      else expect(n.lat).toBeUndefined();
      expect(n.viz.size).toBeCloseTo(5 + 5 * Math.sqrt(g.degree(node)), 2);
    });
    expect(out.edges).toHaveLength(g.size);
    for (const e of out.edges) {
      const key = `${e.source}|${e.type}|${e.target}`;
      expect(g.hasEdge(key)).toBe(true);
      expect(e.count).toBe(g.getEdgeAttribute(key, 'count'));
      // evidence dates travel inside evidence_json
      expect(JSON.parse(e.evidence_json)).toEqual(g.getEdgeAttribute(key, 'evidence'));
    }
  });
});

describe('GEXF meta', () => {
  it('holds only the elements the GEXF 1.3 schema allows (creator, description, keywords)', () => {
    const text = toGexf(trickyGraph());
    const meta = /<meta[^>]*>([\s\S]*?)<\/meta>/.exec(text)?.[1] ?? '';
    const tags = [...meta.matchAll(/<([a-zA-Z:]+)[\s>]/g)].map((m) => m[1]);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(['creator', 'description', 'keywords']).toContain(tag);
    expect(meta).toContain('<creator>graphwire</creator>');
  });
});

describe('the fixture this checks', () => {
  it('has a placed Location and dated evidence, so the checks above see them', () => {
    const g = trickyGraph();
    expect(g.filterNodes((_n, a) => a.lat !== undefined)).toHaveLength(1);
    const spans = g.mapEdges((_e, a) => [a.firstDate, a.lastDate]);
    expect(spans).toContainEqual(['2006', '2006']);
    expect(spans).toContainEqual(['2023-W52', '2023-W52']);
  });
});
