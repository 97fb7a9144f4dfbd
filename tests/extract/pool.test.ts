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

  it("carries each sentence's tokens, tags and tree back from the workers when asked", async () => {
    const pool = createExtractPool({ workers: 1, batchSize: 4, syntax: true });
    try {
      const got = (await pool.extract(docs)).out.map(parseExtraction);
      expect(got).toEqual(docs.map((d) => extract(d, { syntax: true })));
      const first = got[0];
      const doc = docs[0];
      if (!first?.sentences || !doc) throw new Error('no sentences came back');
      expect(first.sentences).toHaveLength(2);
      for (const s of first.sentences)
        for (const t of s.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      const warned = first.sentences[0]?.tokens.find((t) => t.text === 'warned');
      expect(warned?.upos).toBe('VERB');
      expect(extract(docs[0] as (typeof docs)[0]).sentences).toBeUndefined();
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
