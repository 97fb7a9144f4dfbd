import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm or union of its country or state', () => {
  it('keeps "X Holdings of California" and "Y Workers of America" whole', () => {
    const r = run(
      'It said its unit, Tarrant Holdings of California, bought the shares. The locals ' +
        'belong to the United Glassworkers and the Allied Steelworkers of America.',
    );
    expect(r.entities).toContain('Organization:Tarrant Holdings of California');
    expect(r.entities).toContain('Organization:Allied Steelworkers of America');
    expect(r.entities).not.toContain('Location:California');
  });

  it('does not join a person or a bare name to a place after "of"', () => {
    const r = run('Dale Pruett of California said the Halvorsen of Canada deal was off.');
    expect(r.entities).toContain('Location:California');
    expect(r.entities).not.toContain('Organization:Dale Pruett of California');
    expect(r.entities.some((e) => e.endsWith('Halvorsen of Canada'))).toBe(false);
  });

  it('reads a commission after a country and "and": "U.S. Securities and Exchange Commission"', () => {
    const r = run('The firm told the U.S. Tariffs and Quotas Commission it would comply.');
    expect(r.entities).toContain('Organization:U.S. Tariffs and Quotas Commission');
    expect(r.entities).not.toContain('Organization:U.S. Tariffs');
  });
});
