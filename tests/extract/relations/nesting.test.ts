import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/extract/entities/in-document.js';
import { impossibleNesting } from '../../../src/extract/relations/nesting.js';

// Clusters reduced to what the check reads: the flags of their mentions.
const place = (flags: { country?: boolean; town?: boolean }, name = '') =>
  ({ type: 'Location', name, mentions: [{ ...flags }] }) as unknown as Cluster;
const clusters = [
  place({ country: true }), // 0: a country ("Greece")
  place({ country: true }), // 1: another country ("Ireland")
  place({ town: true }), // 2: a town ("Bonn")
  place({}), // 3: a region ("the Balkans")
  place({ country: true }, 'Soviet Union'), // 4: a country of the past
];

describe('impossibleNesting', () => {
  it('puts no country in another country or in a town', () => {
    expect(impossibleNesting(clusters, 'LOCATED_IN', 0, 1)).toBe(true);
    expect(impossibleNesting(clusters, 'LOCATED_IN', 0, 2)).toBe(true);
  });

  it('lets a country lie in a region and a town in a country', () => {
    expect(impossibleNesting(clusters, 'LOCATED_IN', 0, 3)).toBe(false);
    expect(impossibleNesting(clusters, 'LOCATED_IN', 2, 0)).toBe(false);
  });

  it('lets a country lie in a union of the past that held it ("Soviet Georgia")', () => {
    expect(impossibleNesting(clusters, 'LOCATED_IN', 0, 4)).toBe(false);
    expect(impossibleNesting(clusters, 'LOCATED_IN', 4, 0)).toBe(true);
  });

  it('says nothing of other relations', () => {
    expect(impossibleNesting(clusters, 'ATTACKED', 0, 1)).toBe(false);
  });
});
