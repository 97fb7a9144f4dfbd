import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// "X of Salem, Ore.": one who lives in a town written with its state lives in
// the state too, and the edge says which rule carried it there.
describe('town-state', () => {
  it('carries a home town to the state it is written with', () => {
    const r = run('The bank hired Ann Kemp of Salem, Ore., as its treasurer.');
    expect(r.relations).toContain('Ann Kemp LIVES_IN Salem');
    expect(r.marked).toContain('Ann Kemp LIVES_IN Oregon town-state asserted happened');
  });

  it('reads the town from a relative clause as well', () => {
    const r = run('Tom Brandt, who lives in Dayton, Ohio, sold his farm last year.');
    expect(r.relations).toContain('Tom Brandt LIVES_IN Dayton');
    expect(r.relations).toContain('Tom Brandt LIVES_IN Ohio');
  });

  it('keeps the denial of the town for the state', () => {
    const r = run('Tom Brandt never lived in Dayton, Ohio, his lawyer said.');
    expect(r.relations.filter((x) => x.startsWith('Tom Brandt LIVES_IN'))).toEqual([]);
  });

  it('gives no state to one who only visited the town', () => {
    const r = run('Ann Kemp visited Salem, Ore., on Tuesday.');
    expect(r.relations).not.toContain('Ann Kemp LIVES_IN Oregon');
  });

  it('does not take the state of a list of places', () => {
    const r = run('Ann Kemp of Salem and Medford, Ore., spoke first.');
    expect(r.relations).not.toContain('Ann Kemp LIVES_IN Oregon');
  });

  it('gives no state to the people of a dateline', () => {
    const r = run('SALEM, Ore. (AP) _ Ann Kemp, a nurse, said the clinic will close.');
    expect(r.relations.filter((x) => x.startsWith('Ann Kemp'))).toEqual([]);
  });
});
