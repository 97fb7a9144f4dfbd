import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/index.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';

function hasNetworkx(): boolean {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** networkx reads the GraphML file and prints what it got as JSON. */
const READ = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": {n: a for n, a in g.nodes(data=True)},
  "edges": {k: {"source": s, "target": t, **a} for s, t, k, a in g.edges(keys=True, data=True)},
}, ensure_ascii=False))
`;

describe.skipIf(!hasNetworkx())('GraphML read by networkx', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives every node, edge, name and typed number', async () => {
    const g = trickyGraph();
    dir = await mkdtemp(join(tmpdir(), 'graphwire-networkx-'));
    const file = join(dir, 'g.graphml');
    await writeFile(file, toGraphml(g));
    const out = JSON.parse(execFileSync('python3', ['-c', READ, file], { encoding: 'utf8' }));
    expect(out.directed).toBe(true);
    expect(Object.keys(out.nodes).sort()).toEqual(g.nodes().sort());
    g.forEachNode((node, a) => {
      const n = out.nodes[node];
      expect(n.name).toBe(a.name);
      expect(n.type).toBe(a.type);
      expect(n.label).toBe(a.name); // yEd's node label, as networkx reads it
      expect(JSON.parse(n.mentions_json)).toEqual(a.mentions);
      expect(JSON.parse(n.aliases_json)).toEqual(a.aliases);
      // A placed Location carries lat/lng as numbers, as Gephi's geo layout and networkx read them.
      if (a.lat !== undefined) expect([n.lat, n.lng, n.country]).toEqual([a.lat, a.lon, a.country]);
      else expect(n.lat).toBeUndefined();
    });
    expect(Object.keys(out.edges).sort()).toEqual(g.edges().sort());
    g.forEachEdge((edge, a, source, target) => {
      const e = out.edges[edge];
      expect([e.source, e.target, e.type]).toEqual([source, target, a.type]);
      expect(e.count).toBe(a.count);
      expect(e.confidence).toBe(a.confidence);
      // evidence dates travel inside evidence_json
      expect(JSON.parse(e.evidence_json)).toEqual(a.evidence);
    });
  });
});
