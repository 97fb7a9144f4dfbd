import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';
import { visitPlace } from '../../../src/extract/relations/visit-place.js';

/** The first sentence of `text` and its mentions of `a` and `b` (by text). */
function pair(text: string, a: string, b: string) {
  const sc = analyse(text).sents[0];
  if (!sc) throw new Error('no sentence');
  const find = (t: string) => {
    const m = sc.mentions.find((x) => x.text === t);
    if (!m) throw new Error(`no mention ${t}`);
    return m;
  };
  return { sc, a: find(a), b: find(b) };
}

describe('visit-place: no home through a stay', () => {
  it('a place reached through a trip, talks or a meeting is a stay, not a home', () => {
    const back = pair(
      'Dara Venn, an assistant trade envoy just back from talks in Kessaly, said prices would rise.',
      'Dara Venn',
      'Kessaly',
    );
    expect(visitPlace(back.sc, back.a, back.b)).toBe(true);
    const home = pair(
      'Dara Venn, a farmer from Kessaly, said prices would rise.',
      'Dara Venn',
      'Kessaly',
    );
    expect(visitPlace(home.sc, home.a, home.b)).toBe(false);
  });
});
