import { describe, expect, it } from 'vitest';
import { formerUnion } from '../../../../src/extract/relations/rules/former-union.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(formerUnion, text);

describe('former-union: "Soviet Georgia" puts the place in the union of the past', () => {
  it('places a country in the union written before it, and names itself', () => {
    const r = run('Aid workers spent the winter in Soviet Armenia building schools.');
    expect(r.relations).toEqual(['Armenia LOCATED_IN Soviet Union']);
    expect(r.rules).toEqual(['former-union']);
    expect(run('Troops were sent to Soviet Georgia last week.').relations).toEqual([
      'Georgia LOCATED_IN Soviet Union',
    ]);
  });

  it('reads no country of today as a union ("Spanish Harlem")', () => {
    expect(run('Prices rose in Spanish Harlem.').relations).toEqual([]);
  });

  it('reads no union that is not written right before the place', () => {
    expect(run('Soviet troops left Armenia in 1991.').relations).toEqual([]);
  });

  it('keeps where the place lay when what is said of it is denied', () => {
    expect(run('Soviet Armenia is not a part of Turkey.').marked).toEqual([
      'Armenia LOCATED_IN Soviet Union asserted happened',
    ]);
  });
});
