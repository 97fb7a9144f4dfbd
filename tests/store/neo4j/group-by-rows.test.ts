import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByRows } from '../../../src/store/neo4j/rows.js';

describe('groupByRows (transactions sized by rows, not documents)', () => {
  it('splits 10 documents of 10 rows at 25 rows into groups that each stay under the limit', () => {
    const docs = Array.from({ length: 10 }, (_, i) => i);
    const groups = groupByRows(docs, () => 10, 25);
    expect(groups.flat()).toEqual(docs);
    for (const g of groups) expect(g.length * 10).toBeLessThanOrEqual(25);
    expect(groups.length).toBe(5);
  });

  it('keeps a document larger than the limit whole, in a group of its own', () => {
    const groups = groupByRows([5, 500, 5], (n) => n, 100);
    expect(groups).toEqual([[5], [500], [5]]);
  });

  it('keeps every item once and in order, and never exceeds the limit with two or more items (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 2000 }),
        (sizes, max) => {
          const groups = groupByRows(sizes, (n) => n, max);
          expect(groups.flat()).toEqual(sizes);
          for (const g of groups) {
            expect(g.length).toBeGreaterThan(0);
            if (g.length > 1) expect(g.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(max);
          }
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });
});
