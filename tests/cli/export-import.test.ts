import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readGexf, readGraphml, readJson, toGexf, toGraphml } from '../../src/export/index.js';
import type { DocExtraction } from '../../src/extract/types.js';
import { buildGraph } from '../../src/graph/index.js';
import { embeddedSource } from '../../src/server/embedded-source.js';
import { LogStore } from '../../src/store/index.js';
import { trickyExtractions } from '../fixtures/tricky-graph.js';

let dir: string;
let db: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'graphwire-export-'));
  db = join(dir, 'db');
  const store = await LogStore.open(db, { create: true, write: true });
  store.commit(trickyExtractions());
  await store.close();
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => main(['node', 'graphwire', ...args]);

async function exportJson(): Promise<unknown> {
  const out = join(dir, `graph-${Math.random()}.json`);
  expect(await run('export', '--db', db, '--format', 'json', '--out', out)).toBe(0);
  return readJson(await readFile(out, 'utf8')).export();
}

const later: DocExtraction = {
  doc: { id: 'doc-3', hash: 'h3', date: '2025-01-02' },
  words: 10,
  entities: [
    { id: 'a', type: 'Person', name: `Sean "The Hammer" O'Brien`, aliases: [], mentions: [] },
    { id: 'b', type: 'Location', name: 'Nowhere Town', aliases: [], mentions: [] },
  ],
  relations: [
    {
      source: 'a',
      target: 'b',
      type: 'LIVES_IN',
      evidence: { doc: 'doc-3', text: 'He lives in Nowhere Town.', start: 0, end: 25 },
      confidence: 0.5,
    },
  ],
};

describe('graphwire export and import', () => {
  it('gives back the JSON export byte for byte after exporting to GEXF and importing it', async () => {
    const before = join(dir, 'before.json');
    const after = join(dir, 'after.json');
    const gexf = join(dir, 'g.gexf');
    expect(await run('export', '--db', db, '--out', before)).toBe(0);
    expect(await run('export', '--db', db, '--format', 'gexf', '--out', gexf)).toBe(0);
    expect(await run('import', gexf, '--db', db)).toBe(0);
    expect(await run('export', '--db', db, '--out', after)).toBe(0);
    expect(await readFile(after, 'utf8')).toBe(await readFile(before, 'utf8'));
  });

  it('writes every format from the store, and each reads back as the store graph', async () => {
    const expected = buildGraph(trickyExtractions()).export();
    for (const format of ['graphml', 'gexf', 'json', 'cypher']) {
      const out = join(dir, `g.${format}`);
      expect(await run('export', '--db', db, '--format', format, '--out', out)).toBe(0);
    }
    expect(readGraphml(await readFile(join(dir, 'g.graphml'), 'utf8')).export()).toEqual(expected);
    expect(readGexf(await readFile(join(dir, 'g.gexf'), 'utf8')).export()).toEqual(expected);
    expect(readJson(await readFile(join(dir, 'g.json'), 'utf8')).export()).toEqual(expected);
    expect(await readFile(join(dir, 'g.cypher'), 'utf8')).toMatch(/^MERGE \(n:Entity/m);
  });

  it('writes the neo4j-admin files into --out-dir and prints the import command', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      printed.push(String(s));
      return true;
    });
    const out = join(dir, 'csv');
    expect(await run('export', '--db', db, '--format', 'csv', '--out-dir', out)).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'nodes_Location.csv',
      'nodes_Organization.csv',
      'nodes_Person.csv',
      'relationships.csv',
    ]);
    const command = printed.join('');
    expect(command).toMatch(/^neo4j-admin database import full neo4j /);
    expect(command).toContain(`--relationships=${join(out, 'relationships.csv')}`);
    expect(command).toContain('--multiline-fields=true');
  });

  it('filters every format by --since/--until and by --near/--within-km', async () => {
    // The fixture's evidence: ATTACKED dated 2023-W52 and 2006 by their sentences, LIVES_IN
    // 2024-03-01 by its article, the rest undated in a 2024-05-09 article.
    const types = (g: { edges: { attributes?: { type?: unknown } }[] }) =>
      [...new Set(g.edges.map((e) => e.attributes?.type))].sort();
    const in2024 = ['--since', '2024-01-01', '--until', '2024-12-31'];
    for (const format of ['json', 'graphml', 'gexf', 'cypher']) {
      const out = join(dir, `y.${format}`);
      expect(await run('export', '--db', db, ...in2024, '--format', format, '--out', out)).toBe(0);
      const text = await readFile(out, 'utf8');
      if (format === 'cypher') {
        expect(text).toMatch(/MERGE \(s\)-\[r:LIVES_IN\]->\(t\)/);
        expect(text).not.toMatch(/MERGE \(s\)-\[r:ATTACKED\]/);
        continue;
      }
      const read = format === 'json' ? readJson : format === 'gexf' ? readGexf : readGraphml;
      expect(types(read(text).export()), format).toEqual([
        'LIVES_IN',
        'SUPPORTS',
        'WARNED',
        'WORKS_FOR',
      ]);
    }
    const csvDir = join(dir, 'csv-2006');
    const until2006 = ['--until', '2006-12-31', '--format', 'csv', '--out-dir', csvDir];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run('export', '--db', db, ...until2006)).toBe(0);
    const rels = (await readFile(join(csvDir, 'relationships.csv'), 'utf8')).trim().split('\n');
    expect(rels).toHaveLength(2); // the header and the 2006 attack
    expect(rels[1]).toContain('"ATTACKED"');

    const near = join(dir, 'near.json');
    const args = ['--near', '33.3,-44.1', '--within-km', '50', '--out', near];
    expect(await run('export', '--db', db, ...args)).toBe(0);
    const g = readJson(await readFile(near, 'utf8'));
    expect(types(g.export())).toEqual(['LIVES_IN']);
    expect(g.order).toBe(2);
    const far = join(dir, 'far.json');
    expect(
      await run('export', '--db', db, '--near', '0,0', '--within-km', '50', '--out', far),
    ).toBe(0);
    expect(readJson(await readFile(far, 'utf8')).order).toBe(0);
  });

  it('names a --near place the graph cannot place, and a bad date, on one line (exit 1)', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      lines.push(String(s));
      return true;
    });
    expect(
      await run('export', '--db', db, '--near', 'Atlantis', '--out', join(dir, 'a.json')),
    ).toBe(1);
    expect(lines.join('')).toMatch(/Atlantis/);
    lines.length = 0;
    expect(
      await run('export', '--db', db, '--since', 'last week', '--out', join(dir, 'b.json')),
    ).toBe(1);
    expect(lines.join('')).toMatch(/--since "last week"/);
    expect(lines.join('').trim().split('\n')).toHaveLength(1);
  });

  it('--from-neo4j with no Neo4j listening exits 2 (environment), not with a stack trace', async () => {
    const code = await run(
      'export',
      '--from-neo4j',
      'bolt://127.0.0.1:9',
      '--format',
      'json',
      '--out',
      join(dir, 'x.json'),
    );
    expect(code).toBe(2);
  });

  it('refuses csv without --out-dir with a usage error (exit 1)', async () => {
    expect(await run('export', '--db', db, '--format', 'csv')).toBe(1);
  });

  for (const [format, write] of [
    ['gexf', toGexf],
    ['graphml', toGraphml],
  ] as const) {
    it(`imports a graph edited as ${format}: the next export is the edited graph`, async () => {
      const graph = buildGraph(trickyExtractions());
      const node = graph.findNode((_n, a) => a.name.startsWith('Sean')) as string;
      graph.setNodeAttribute(node, 'name', 'Seán “Edited” O’Brien');
      graph.dropEdge(graph.edges()[0] as string);
      const file = join(dir, `edited.${format}`);
      await writeFile(file, write(graph));
      expect(await run('import', file, '--db', db)).toBe(0);
      expect(await exportJson()).toEqual(graph.export());
    });
  }

  it('shows the imported graph in the viewer and scores it in eval, not the stored extractions', async () => {
    const edited = buildGraph(trickyExtractions());
    const node = edited.findNode((_n, a) => a.name.startsWith('Sean')) as string;
    edited.setNodeAttribute(node, 'name', 'Renamed In An Editor');
    const file = join(dir, 'edited.json');
    await writeFile(file, JSON.stringify(edited.export()));
    expect(await run('import', file, '--db', db)).toBe(0);
    const viewed = await embeddedSource(db).graph();
    expect(viewed.getNodeAttribute(node, 'name')).toBe('Renamed In An Editor');
    const gold = join(dir, 'gold.json');
    await writeFile(
      gold,
      JSON.stringify({
        doc: 'doc-1',
        entities: [{ name: 'Renamed In An Editor', type: 'Person' }],
        relations: [],
      }),
    );
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run('eval', '--db', db, gold, '--json')).toBe(0);
    const printed = JSON.parse(out.mock.calls.map((c) => String(c[0])).join(''));
    expect(printed.total.entities.tp).toBe(1);
  });

  it('merges documents ingested after an import on top of the imported graph', async () => {
    const edited = buildGraph(trickyExtractions());
    const node = edited.findNode((_n, a) => a.name.startsWith('Sean')) as string;
    edited.setNodeAttribute(node, 'name', 'Edited Name');
    const file = join(dir, 'edited.json');
    await writeFile(file, JSON.stringify(edited.export()));
    expect(await run('import', file, '--db', db)).toBe(0);
    const store = await LogStore.open(db, { write: true });
    store.commit([trickyExtractions()[0] as DocExtraction, later]); // one unchanged, one new
    await store.close();
    const g = readJson(JSON.stringify(await exportJson()));
    expect(g.getNodeAttribute(node, 'name')).toBe('Edited Name');
    expect(g.hasNode('Location:nowhere town')).toBe(true);
    const lives = g.getEdgeAttributes(`${node}|LIVES_IN|Location:nowhere town`);
    expect(lives.count).toBe(1);
    expect(lives.docs).toEqual(['doc-3']);
    // the unchanged document is not counted twice
    const attacked = g.getEdgeAttributes(`${node}|ATTACKED|Organization:back slash holdings`);
    expect(attacked.count).toBe(1);
  });

  it('rejects an import file with an unknown relation type, naming it, and keeps the store', async () => {
    const bad = buildGraph(trickyExtractions()).export();
    (bad.edges?.[0]?.attributes as { type: string }).type = 'DETACH DELETE';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(bad));
    expect(await run('import', file, '--db', db)).toBe(1);
    expect(await exportJson()).toEqual(buildGraph(trickyExtractions()).export());
  });
});
