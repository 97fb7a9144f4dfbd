import { describe, expect, it } from 'vitest';
import { visitPlace } from '../../../src/extract/relations/visit-place.js';
import { mentionPair } from './helpers.js';

describe('visit-place: no home through a stay', () => {
  it('a place reached through a trip, talks or a meeting is a stay, not a home', () => {
    const back = mentionPair(
      'Dara Venn, an assistant trade envoy just back from talks in Kessaly, said prices would rise.',
      'Dara Venn',
      'Kessaly',
    );
    expect(visitPlace(back.sc, back.a, back.b)).toBe(true);
    const home = mentionPair(
      'Dara Venn, a farmer from Kessaly, said prices would rise.',
      'Dara Venn',
      'Kessaly',
    );
    expect(visitPlace(home.sc, home.a, home.b)).toBe(false);
  });
});
