import { describe, expect, it } from 'vitest';
import { appositionIn } from '../../../../src/extract/relations/rules/apposition-in.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(appositionIn, text);

describe('apposition-in: "A, a lawyer in B"', () => {
  it('places a person, a group or a place described by a noun that is "in" a place', () => {
    const r = run('Dara Venn, a lawyer in Portland, declined to comment.');
    expect(r.relations).toEqual(['Dara Venn LIVES_IN Portland']);
    expect(r.rules).toEqual(['apposition-in']);
    expect(
      run('Tomas Ruiz, one of the leading chemists in Chile, says the test was flawed.').relations,
    ).toEqual(['Tomas Ruiz LIVES_IN Chile']);
    expect(
      run('Aid reached Madagascar, an island nation in the Indian Ocean, on Monday.').relations,
    ).toEqual(['Madagascar LOCATED_IN Indian Ocean']);
  });

  it('does not place the name where something further down the phrase is', () => {
    expect(
      run('Dara Venn, a spokeswoman for the embassy in Portland, declined to comment.').relations,
    ).toEqual([]);
  });

  it('reads no list of places as appositions', () => {
    expect(
      run(
        'Floods in Peru and Chile, drought in Kenya, the Gobi desert in Asia and beach erosion are subjects of the report.',
      ).relations,
    ).toEqual([]);
  });

  it('does not place a name a relative clause tells of', () => {
    expect(run('Dara Venn, who met a lawyer in Portland, declined to comment.').relations).toEqual(
      [],
    );
  });
});
