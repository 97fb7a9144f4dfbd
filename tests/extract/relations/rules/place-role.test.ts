import { describe, expect, it } from 'vitest';
import { placeRole } from '../../../../src/extract/relations/rules/place-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(placeRole, text);

describe('place-role: "Lakewood, a suburb of Denver", "Denver is the capital of Colorado"', () => {
  it('puts a place in apposition to a kind of place in the place after "of", and names itself', () => {
    const r = run('Lakewood, a suburb of Denver, is growing.');
    expect(r.relations).toEqual(['Lakewood LOCATED_IN Denver']);
    expect(r.rules).toEqual(['place-role']);
  });

  it('reads the copula and the possessor', () => {
    expect(run('Denver is the capital of Colorado.').relations).toEqual([
      'Denver LOCATED_IN Colorado',
    ]);
    expect(run("Colorado's capital, Denver, is growing.").relations).toEqual([
      'Denver LOCATED_IN Colorado',
    ]);
  });

  it('puts nothing in what is no place, and reads the negation', () => {
    expect(run('Paris, the capital of fashion, welcomed Dara Venn.').relations).toEqual([]);
    expect(run('Denver is not the capital of Wyoming.').negated).toEqual([
      'Denver LOCATED_IN Wyoming',
    ]);
  });
});
