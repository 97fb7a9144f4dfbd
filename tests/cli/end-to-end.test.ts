import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphwire, repoRoot, seedArticle, tempDir } from '../helpers/cli.js';

interface Exported {
  options: { type: string; multi: boolean };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: Record<string, unknown> }[];
}

describe.skipIf(!existsSync(seedArticle))('ingest and export the seed article', () => {
  const db = join(tempDir(), 'db');

  it('gives a graph in the contract shape with typed edges carrying evidence', async () => {
    expect((await graphwire(['ingest', seedArticle, '--db', db])).code).toBe(0);
    const r = await graphwire(['export', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as Exported;
    expect(g.options.type).toBe('directed');
    expect(g.options.multi).toBe(true);
    const types = new Set(g.nodes.map((n) => n.attributes.type));
    expect(types).toEqual(new Set(['Person', 'Organization', 'Location']));
    const text = readFileSync(seedArticle, 'utf8');
    for (const n of g.nodes) {
      expect(typeof n.attributes.name).toBe('string');
      expect(Array.isArray(n.attributes.aliases)).toBe(true);
      const mentions = n.attributes.mentions as {
        doc: string;
        text: string;
        start: number;
        end: number;
      }[];
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) {
        expect(m.doc).toBe('000_41ad68afa81ca405.txt');
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    expect(g.edges.length).toBeGreaterThan(0);
    for (const e of g.edges) {
      expect(e.attributes.type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      const ev = e.attributes.evidence as { text: string; start: number; end: number }[];
      expect(ev.length).toBeGreaterThan(0);
      for (const s of ev) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('leaves the export identical when the same file is ingested again', async () => {
    const first = (await graphwire(['export', '--db', db])).stdout;
    const again = await graphwire(['ingest', seedArticle, '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, unchanged: 1 });
    expect((await graphwire(['export', '--db', db])).stdout).toBe(first);
  });
});

describe('a changed document replaces what it contributed', () => {
  it('drops entities that only the old version mentioned', async () => {
    const dir = tempDir();
    const f = join(dir, 'story.txt');
    const db = join(dir, 'db');
    writeFileSync(f, 'Chancellor Angela Merkel visited Paris on Tuesday.');
    await graphwire(['ingest', f, '--db', db]);
    const v1 = JSON.parse((await graphwire(['export', '--db', db])).stdout) as Exported;
    expect(v1.nodes.map((n) => n.attributes.name)).toContain('Paris');
    writeFileSync(f, 'Chancellor Angela Merkel visited Madrid on Tuesday.');
    const r = await graphwire(['ingest', f, '--db', db, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 1, unchanged: 0 });
    const v2 = JSON.parse((await graphwire(['export', '--db', db])).stdout) as Exported;
    const names = v2.nodes.map((n) => n.attributes.name);
    expect(names).toContain('Madrid');
    expect(names).not.toContain('Paris');
  });
});

describe('the command line', () => {
  it('prints help and version', async () => {
    const help = await graphwire(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/ingest/);
    expect(help.stdout).toMatch(/export/);
    const version = await graphwire(['--version']);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('reads text from standard input and prints no progress bar when stderr is not a terminal', async () => {
    const db = join(tempDir(), 'db');
    const r = await graphwire(['ingest', '-', '--db', db, '--json'], {
      input: 'The president of Kenya, William Ruto, arrived in Nairobi.',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ documentsRead: 1, ingested: 1, skipped: 0 });
  });

  it('writes the export to a file with --out', async () => {
    const dir = tempDir();
    const db = join(dir, 'db');
    await graphwire(['ingest', '-', '--db', db], { input: 'Officials in Lagos met on Monday.' });
    const out = join(dir, 'graph.json');
    expect((await graphwire(['export', '--db', db, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).options.type).toBe('directed');
  });

  it('says which store is missing when export has nothing to read', async () => {
    const r = await graphwire(['export', '--db', join(tempDir(), 'absent')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/absent: no such store/);
  });
});
