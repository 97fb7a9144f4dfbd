import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphwire, tempDir } from '../helpers/cli.js';

/**
 * Each bad input gets one line on stderr that names the file (and line for
 * JSONL) and says what was expected; the run goes on, counts the skip, and
 * the store keeps what it held.
 */
describe('bad input', () => {
  const dir = tempDir();
  const db = join(dir, 'db');
  let before = '';

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'good.txt'),
      'The mayor of Lyon, Anne Martin, opened the bridge on Monday.',
    );
    const r = await graphwire(['ingest', join(dir, 'good.txt'), '--db', db]);
    expect(r.code).toBe(0);
    before = (await graphwire(['export', '--db', db])).stdout;
    expect(JSON.parse(before).nodes.length).toBeGreaterThan(0);
  });

  const cases: [string, () => string, RegExp][] = [
    ['missing path', () => join(dir, 'nope.txt'), /nope\.txt: no such file or directory/],
    [
      'empty file',
      () => {
        const f = join(dir, 'empty.txt');
        writeFileSync(f, '');
        return f;
      },
      /empty\.txt: empty file/,
    ],
    [
      'binary file',
      () => {
        const f = join(dir, 'blob.txt');
        writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0]));
        return f;
      },
      /blob\.txt: binary file, expected UTF-8 text/,
    ],
    [
      'invalid UTF-8',
      () => {
        const f = join(dir, 'latin.txt');
        writeFileSync(
          f,
          Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.')]),
        );
        return f;
      },
      /latin\.txt: invalid UTF-8 at byte 3/,
    ],
    [
      'malformed JSONL line',
      () => {
        const f = join(dir, 'broken.jsonl');
        writeFileSync(f, '{"id": "j1", "text": "Fine line."}\n{"id": "j2", "text": \n');
        return f;
      },
      /broken\.jsonl:2: malformed JSON/,
    ],
    [
      'JSONL line without text',
      () => {
        const f = join(dir, 'notext.jsonl');
        writeFileSync(f, '{"id": "k1"}\n');
        return f;
      },
      /notext\.jsonl:1: missing "text"/,
    ],
    [
      '20 MB single-line document',
      () => {
        const f = join(dir, 'huge.txt');
        writeFileSync(f, 'word '.repeat(4 * 1024 * 1024));
        return f;
      },
      /huge\.txt: document is 20\.0 MB, over the limit/,
    ],
    [
      'directory with no readable files',
      () => {
        const d = join(dir, 'pictures');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'cat.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return d;
      },
      /pictures: no readable files/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(`${name}: one-line error, skip count, store intact`, async () => {
      const path = make();
      const r = await graphwire(['ingest', path, '--db', db, '--json']);
      const lines = r.stderr.trim().split('\n');
      expect(lines.some((l) => message.test(l))).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const summary = JSON.parse(r.stdout);
      expect(summary.skipped).toBeGreaterThanOrEqual(1);
      const after = (await graphwire(['export', '--db', db])).stdout;
      const kept = JSON.parse(after).nodes.map((n: { key: string }) => n.key);
      for (const n of JSON.parse(before).nodes) expect(kept).toContain(n.key);
    });
  }

  it('goes on with the good documents next to bad ones', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'a.txt'), 'The governor of Oregon, Kate Brown, spoke in Salem.');
    writeFileSync(join(mixed, 'b.txt'), '');
    writeFileSync(
      join(mixed, 'c.jsonl'),
      '{"id":"c1","text":"Officials in Nairobi met on Friday."}\nnot json\n',
    );
    const r = await graphwire(['ingest', mixed, '--db', join(dir, 'mixed-db'), '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.ingested).toBe(2);
    expect(summary.skipped).toBe(2);
  });

  it('exits 1 when nothing could be read, and 2 when the store cannot be opened', async () => {
    const none = await graphwire(['ingest', join(dir, 'missing-dir'), '--db', join(dir, 'db2')]);
    expect(none.code).toBe(1);
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await graphwire(['ingest', join(dir, 'good.txt'), '--db', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not-a-dir/);
  });

  it('rejects unknown options with a usage error', async () => {
    const r = await graphwire(['ingest', '--no-such-flag', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
