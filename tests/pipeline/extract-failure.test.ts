import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/extract/batch.js';
import type { Document, Skipped } from '../../src/ingest/types.js';
import { ingest } from '../../src/pipeline/index.js';
import type { GraphSink } from '../../src/pipeline/types.js';
import { tempDir } from '../helpers/cli.js';

describe('a document whose extraction throws', () => {
  it('is reported as skipped with its id, and the rest of its batch is stored', async () => {
    const dir = tempDir();
    const files = ['a', 'b', 'c'].map((n) => {
      const f = join(dir, `${n}.txt`);
      writeFileSync(f, `Inge Varro of ${n.toUpperCase()}corp flew to Oslo on day ${n}.`);
      return f;
    });
    const stored: string[] = [];
    const sink: GraphSink = {
      hashOf: () => undefined,
      stampOf: () => undefined,
      commitBatch(puts) {
        stored.push(...puts.map((p) => p.id));
      },
    };
    const skips: Skipped[] = [];
    // The real extractor, given one document it cannot read (as a bug in it would fail).
    const broken = (docs: Document[]) =>
      extractBatch(
        docs.map((d) => (d.id === 'b.txt' ? { ...d, text: undefined as unknown as string } : d)),
      );
    const summary = await ingest(files, sink, { extract: broken, onSkip: (s) => skips.push(s) });
    expect(stored).toEqual(['a.txt', 'c.txt']);
    expect(summary.ingested).toBe(2);
    expect(summary.skipped).toBe(1);
    expect(summary.documentsRead).toBe(2);
    expect(skips).toHaveLength(1);
    expect(skips[0]?.reason).toMatch(/^b\.txt: extraction failed: /);
    expect(summary.skips).toEqual(skips);
  });
});
