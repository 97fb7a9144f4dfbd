import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedExtraction } from '../../src/extract/serialized.js';
import { ingest } from '../../src/pipeline/index.js';
import type { GraphSink } from '../../src/pipeline/types.js';
import { tempDir } from '../helpers/cli.js';

describe('a sink that prepares batches ahead', () => {
  it('gets each batch in prepare before commitBatch, as the same array, in input order', async () => {
    const dir = tempDir();
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => {
      const f = join(dir, `${n}.txt`);
      writeFileSync(f, `Inge Varro of ${n.toUpperCase()}corp flew to Oslo on day ${n}.`);
      return f;
    });
    const events: string[] = [];
    const prepared = new Set<readonly SerializedExtraction[]>();
    const sink: GraphSink = {
      hashOf: () => undefined,
      stampOf: () => undefined,
      prepare(puts) {
        prepared.add(puts);
        events.push(`prepare ${puts.map((p) => p.id).join(',')}`);
      },
      async commitBatch(puts) {
        expect(prepared.has(puts)).toBe(true);
        events.push(`commit ${puts.map((p) => p.id).join(',')}`);
        await new Promise((ok) => setTimeout(ok, 5));
      },
    };
    const summary = await ingest(files, sink, { batchSize: 2 });
    expect(summary.ingested).toBe(5);
    const commits = events.filter((e) => e.startsWith('commit'));
    expect(commits).toEqual(['commit a.txt,b.txt', 'commit c.txt,d.txt', 'commit e.txt']);
    for (const c of commits) {
      const p = c.replace('commit', 'prepare');
      expect(events.indexOf(p)).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(p)).toBeLessThan(events.indexOf(c));
    }
  });
});
