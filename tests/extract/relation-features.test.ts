import { describe, expect, it } from 'vitest';
import { pairFeatures } from '../../src/extract/relation-model.js';
import { namedPair } from '../helpers/named-pair.js';

/** The pair model's features of `source` -> `target` in a one-sentence text, without the type-pair prefix. */
function features(text: string, source: string, target: string): string[] {
  const { sc, pair } = namedPair(text, source, target);
  return pairFeatures(sc, pair).map((f) => f.slice(f.indexOf('|') + 1));
}

describe('what the pair model reads of two places', () => {
  it('reads their kinds and that a town lies in its country, though no word says so', () => {
    const f = features('Dara Venn flew from Kyoto to Japan on Monday.', 'Kyoto', 'Japan');
    expect(f).toEqual(expect.arrayContaining(['akind=city', 'bkind=country', 'gin']));
    expect(features('Dara Venn flew from Japan to Kyoto on Monday.', 'Japan', 'Kyoto')).toContain(
      'grev',
    );
  });

  it('reads a town in its US state, by name or abbreviation', () => {
    expect(
      features('The shipment left Bloomington for Illinois farms.', 'Bloomington', 'Illinois'),
    ).toContain('gin');
    expect(
      features('Dara Venn drove from Fresno to Calif. roads.', 'Fresno', 'California'),
    ).toContain('gin');
  });

  it('reads a name as its best-known places only: London is not a town in Ohio', () => {
    const f = features(
      'Dara Venn flew from London to the United States on Monday.',
      'London',
      'United States',
    );
    expect(f).toContain('gout');
    expect(f).not.toContain('gin');
  });

  it('says nothing of containment when the gazetteer does not know a place', () => {
    const f = features(
      'Dara Venn flew from Kyoto to the Lake of Brisko on Monday.',
      'Kyoto',
      'Lake of Brisko',
    );
    expect(f).toContain('bkind=unknown');
    expect(f.some((x) => ['gin', 'grev', 'gout'].includes(x))).toBe(false);
  });
});
