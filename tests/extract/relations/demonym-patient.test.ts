import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A deed done to people of a nationality is not done to their country.
describe('deeds against a demonym', () => {
  it('draws no attack on a country from an attack on its people', () => {
    const r = run(
      'The residents repudiated the Harbor Front for its constant attacks on the Salvadoran people.',
    );
    expect(r.relations.filter((x) => x.includes('ATTACKED'))).toEqual([]);
  });

  it('still reads an attack on its territory, and a demonym doer', () => {
    expect(run('Iran must stop attacking Iraqi territory.').relations).toContain(
      'Iran ATTACKED Iraq',
    );
    expect(run('Iraqi forces attacked Iran in 1980.').relations).toContain(
      'Iraqi military ATTACKED Iran',
    );
  });
});
