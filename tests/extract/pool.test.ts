import { describe, expect, it } from 'vitest';
import { createExtractPool, extract, parseExtraction } from '../../src/extract/index.js';

const docs = Array.from({ length: 9 }, (_, i) => ({
  id: `d${i}.txt`,
  text: `Anna Lind${i} of the Daily Courier said Kenya warned Uganda. Marcus Trell, ${20 + i}, of Dayton, Ohio, attacked Hector Valdane.`,
  hash: `h${i}`,
}));

describe('extraction pool', () => {
  it('gives exactly what in-process extraction gives, in input order', async () => {
    const pool = createExtractPool({ workers: 2, batchSize: 2 });
    try {
      const batch = await pool.extract(docs);
      expect(batch.out.map(parseExtraction)).toEqual(docs.map((d) => extract(d)));
      expect(batch.out.map((s) => s.id)).toEqual(docs.map((d) => d.id));
    } finally {
      await pool.close();
    }
  });

  it('rejects a bad worker count with a usage error', () => {
    expect(() => createExtractPool({ workers: 0 })).toThrow(
      expect.objectContaining({ code: 'USAGE' }),
    );
  });
});
