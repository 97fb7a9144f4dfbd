import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphwire, tempDir } from '../helpers/cli.js';

async function writeLines(path: string, n: number, line: (i: number) => string): Promise<void> {
  const ws = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!ws.write(`${line(i)}\n`)) await new Promise<void>((r) => ws.once('drain', () => r()));
  }
  await new Promise<void>((r) => ws.end(() => r()));
}

describe('volume', () => {
  it('ingests 100,000 tiny documents with memory bounded', async () => {
    const dir = tempDir();
    const feed = join(dir, 'tiny.jsonl');
    await writeLines(feed, 100_000, (i) =>
      JSON.stringify({ id: `t${i}`, text: `Note ${i} from Oslo.` }),
    );
    const r = await graphwire(['ingest', feed, '--db', join(dir, 'db'), '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.ingested).toBe(100_000);
    expect(s.skipped).toBe(0);
    expect(s.peakRssMB).toBeLessThan(1024);
  }, 600_000);

  it('skips one 50 MB document with a one-line reason and ingests the others', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus);
    const big = Buffer.alloc(50 * 1024 * 1024, 'All quiet in Lima today. ');
    writeFileSync(join(corpus, 'big.txt'), big);
    writeFileSync(join(corpus, 'small.txt'), 'The mayor of Lima, Rosa Vega, opened a school.');
    const r = await graphwire(['ingest', corpus, '--db', join(dir, 'db'), '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.ingested).toBe(1);
    expect(s.skipped).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: document is 50\.0 MB, over the limit/);
    expect(s.peakRssMB).toBeLessThan(512);
  }, 120_000);
});
