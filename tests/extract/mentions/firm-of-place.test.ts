import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm or union of America', () => {
  it('keeps "X Corp of America" and "Y Workers of America" whole', () => {
    const r = run(
      'It said its unit, Tarrant Mail Corp of America, bought the shares. The locals ' +
        'belong to the United Glassworkers and the Allied Steelworkers of America.',
    );
    expect(r.entities).toContain('Organization:Tarrant Mail Corp of America');
    expect(r.entities).toContain('Organization:Allied Steelworkers of America');
    expect(r.entities).not.toContain('Location:United States');
  });

  it('keeps a firm and the state or country it is from or based in apart', () => {
    const r = run(
      'Continental Barley Co of New York won the first cargo, and Vendel AG of West Germany ' +
        'the second, the committee said.',
    );
    expect(r.entities).toContain('Organization:Continental Barley Co');
    expect(r.entities).toContain('Location:New York');
    expect(r.entities).toContain('Organization:Vendel AG');
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

  it('reads "of America" after a group a word list knows, without a suffix', () => {
    const r = run(
      'Volkswagen of America said it will close a plant, and Toyota of Japan said it would not.',
    );
    expect(r.entities).toContain('Organization:Volkswagen of America');
    expect(r.entities).not.toContain('Location:America');
    expect(r.entities).toContain('Location:Japan');
    expect(r.entities).toContain('Organization:Toyota');
  });
});
