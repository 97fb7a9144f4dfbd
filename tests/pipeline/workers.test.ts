import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphwire, tempDir } from '../helpers/cli.js';

describe('parallel extraction', () => {
  it('gives exactly the graph of one worker', async () => {
    const dir = tempDir();
    const feed = join(dir, 'feed.jsonl');
    const leaders = [
      'Mayor Ana Silva of Porto',
      'Governor Tom Reed of Ohio',
      'Minister Aiko Sato of Japan',
    ];
    const lines = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        id: `n${i}`,
        text: `${leaders[i % 3]} met officials in Lagos on Monday. Reed warned Silva about report ${i}.`,
      }),
    );
    writeFileSync(feed, `${lines.join('\n')}\n`);
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    const a = await graphwire([
      'ingest',
      feed,
      '--db',
      one,
      '--workers',
      '1',
      '--batch',
      '50',
      '--json',
    ]);
    const b = await graphwire([
      'ingest',
      feed,
      '--db',
      two,
      '--workers',
      '2',
      '--batch',
      '50',
      '--json',
    ]);
    expect(JSON.parse(a.stdout)).toMatchObject({ ingested: 300, workers: 1 });
    expect(JSON.parse(b.stdout)).toMatchObject({ ingested: 300, workers: 2 });
    const ga = (await graphwire(['export', '--db', one])).stdout;
    expect(JSON.parse(ga).nodes.length).toBeGreaterThan(3);
    expect((await graphwire(['export', '--db', two])).stdout).toBe(ga);
  }, 120_000);
});
