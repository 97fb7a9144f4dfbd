import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../src/extract/types.js';
import { buildGraph } from '../../src/graph/index.js';
import {
  type CypherResult,
  type GraphSource,
  startViewerServer,
  type ViewerServer,
} from '../../src/server/index.js';
import { trickyGraph } from '../fixtures/tricky-graph.js';

/** Two documents: Alpha KILLED Beta, Alpha LEADS Gamma (an org). */
function extractions(): DocExtraction[] {
  const sent = 'Alpha killed Beta near the river.';
  const ev = { doc: 'd1', text: sent, start: 0, end: sent.length };
  return [
    {
      doc: { id: 'd1', hash: 'h1' },
      words: 6,
      entities: [
        {
          id: 'a',
          type: 'Person',
          name: 'Alpha',
          aliases: ['Al'],
          mentions: [{ ...ev, text: 'Alpha', end: 5 }],
        },
        { id: 'b', type: 'Person', name: 'Beta', aliases: [], mentions: [] },
        { id: 'g', type: 'Organization', name: 'Gamma Corp', aliases: [], mentions: [] },
      ],
      relations: [
        { source: 'a', target: 'b', type: 'KILLED', evidence: ev, confidence: 0.9 },
        { source: 'a', target: 'g', type: 'LEADS', evidence: ev, confidence: 0.5 },
      ],
    },
  ];
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  server: ViewerServer,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: server.host,
        port: server.port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          ok({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString(),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end(init.body);
  });
}

function source(cypher?: GraphSource['cypher']): GraphSource {
  const graph = buildGraph(extractions());
  return {
    description: 'test',
    graph: async () => graph,
    close: async () => {},
    ...(cypher ? { cypher } : {}),
  };
}

let staticDir: string;
beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'graphwire-static-'));
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(tmpdir(), 'graphwire-secret.txt'), 'secret');
});

describe('graphwire view server', () => {
  let server: ViewerServer;
  let calls: string[];
  beforeAll(async () => {
    calls = [];
    server = await startViewerServer(
      source(async (q): Promise<CypherResult> => {
        calls.push(q);
        if (q.includes('slow')) await new Promise((r) => setTimeout(r, 2_000));
        return { columns: ['n'], rows: [], nodes: [], relationships: [] };
      }),
      { port: 0, staticDir, queryTimeoutMs: 300, maxBodyBytes: 1024 },
    );
  });
  afterAll(() => server.close());

  it('binds 127.0.0.1 by default', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the graph top-N by degree', async () => {
    const r = await call(server, '/api/graph?limit=1');
    const v = JSON.parse(r.body);
    expect(v.total).toEqual({ nodes: 3, edges: 2 });
    expect(v.graph.nodes.map((n: { key: string }) => n.key)).toEqual(['Person:alpha']);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('gives a node with every relation and its evidence sentence', async () => {
    const r = await call(server, `/api/node/${encodeURIComponent('Person:beta')}`);
    const d = JSON.parse(r.body);
    expect(d.attributes.name).toBe('Beta');
    expect(d.edges).toHaveLength(1);
    expect(d.edges[0].attributes.type).toBe('KILLED');
    expect(d.edges[0].sourceName).toBe('Alpha');
    expect(d.edges[0].attributes.evidence[0].text).toBe('Alpha killed Beta near the river.');
    expect((await call(server, '/api/node/nope')).status).toBe(404);
  });

  it('gives the nodes on screen with their evidence, for exports', async () => {
    const r = await call(server, '/api/subgraph', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nodes: ['Person:alpha', 'Person:beta', 'nope'] }),
    });
    const g = JSON.parse(r.body);
    expect(g.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'Person:alpha',
      'Person:beta',
    ]);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0].attributes.evidence[0].text).toBe('Alpha killed Beta near the river.');
  });

  it('suggests names and aliases', async () => {
    const s = JSON.parse((await call(server, '/api/search?q=al')).body);
    expect(s[0]).toMatchObject({ key: 'Person:alpha', name: 'Alpha' });
    const byAlias = JSON.parse((await call(server, '/api/search?q=gamma')).body);
    expect(byAlias[0].name).toBe('Gamma Corp');
  });

  it('refuses write clauses before they reach the database', async () => {
    const r = await call(server, '/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) DETACH DELETE n' }),
    });
    expect(r.status).toBe(400);
    expect(calls).not.toContain('MATCH (n) DETACH DELETE n');
    const ok = await call(server, '/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) RETURN n' }),
    });
    expect(ok.status).toBe(200);
  });

  it('limits request size and query time', async () => {
    const big = await call(server, '/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `MATCH (n) RETURN n // ${'x'.repeat(2000)}` }),
    });
    expect(big.status).toBe(413);
    const slow = await call(server, '/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: "MATCH (n) RETURN 'slow'" }),
    });
    expect(slow.status).toBe(504);
  });

  it('does not serve files outside the viewer folder', async () => {
    for (const p of [
      '/../graphwire-secret.txt',
      '/%2e%2e/graphwire-secret.txt',
      '/..%2fgraphwire-secret.txt',
    ]) {
      const r = await call(server, p);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const r = await call(server, '/api/info', { headers: { Host: 'evil.example:80' } });
    expect(r.status).toBe(421);
  });
});

describe('graphwire view without Neo4j', () => {
  it('has no Cypher endpoint', async () => {
    const server = await startViewerServer(source(), { port: 0, staticDir });
    try {
      const info = JSON.parse((await call(server, '/api/info')).body);
      expect(info.cypher).toBe(false);
      const r = await call(server, '/api/cypher', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"query":"MATCH (n) RETURN n"}',
      });
      expect(r.status).toBe(501);
    } finally {
      await server.close();
    }
  });
});

describe('graphwire view --token', () => {
  it('answers the API only with the token', async () => {
    const server = await startViewerServer(source(), { port: 0, staticDir, token: 's3cret-token' });
    try {
      expect((await call(server, '/api/graph')).status).toBe(401);
      const wrong = { Authorization: 'Bearer s3cret-tokex' };
      expect((await call(server, '/api/graph', { headers: wrong })).status).toBe(401);
      const right = { Authorization: 'Bearer s3cret-token' };
      expect((await call(server, '/api/graph', { headers: right })).status).toBe(200);
      // The page itself holds no data and loads without the token.
      expect((await call(server, '/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('graphwire view server, filtered by time and place', () => {
  let server: ViewerServer;
  beforeAll(async () => {
    const graph = trickyGraph();
    server = await startViewerServer(
      { description: 'tricky', graph: async () => graph, close: async () => {} },
      { port: 0, staticDir },
    );
  });
  afterAll(() => server.close());

  const edgeTypes = async (query: string) => {
    const r = await call(server, `/api/graph?limit=100&${query}`);
    expect(r.status, r.body).toBe(200);
    const v = JSON.parse(r.body);
    return v.graph.edges.map((e: { attributes: { type: string } }) => e.attributes.type).sort();
  };

  it('serves only the edges dated in the range, with the dates the timeline draws', async () => {
    expect(await edgeTypes('since=2024-01-01&until=2024-12-31')).toEqual([
      'LIVES_IN',
      'SUPPORTS',
      'WARNED',
      'WORKS_FOR',
    ]);
    expect(await edgeTypes('until=2006-12-31')).toEqual(['ATTACKED']);
    const all = JSON.parse((await call(server, '/api/graph?limit=100')).body);
    const attacked = all.graph.edges.filter(
      (e: { attributes: { type: string } }) => e.attributes.type === 'ATTACKED',
    );
    expect(
      attacked.map((e: { attributes: { dates: string[] } }) => e.attributes.dates),
    ).toContainEqual(['2023-W52']);
    const placed = all.graph.nodes.filter(
      (n: { attributes: { lat?: number } }) => n.attributes.lat,
    );
    expect(placed).toHaveLength(1);
  });

  it('serves what is near a point, and names a place it cannot find', async () => {
    expect(await edgeTypes('near=33.3,-44.1&withinKm=50')).toEqual(['LIVES_IN']);
    const bad = await call(server, '/api/graph?near=Atlantis');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toContain('Atlantis');
    expect((await call(server, '/api/graph?near=1,1&withinKm=far')).status).toBe(400);
  });
});
