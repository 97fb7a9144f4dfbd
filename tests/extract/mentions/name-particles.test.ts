import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a lower-case particle inside a person name keeps the name whole', () => {
  it('reads "vom" as a particle: "Klara vom Hagen" is one person, and she is who lives in Munich', () => {
    const r = run('The novelist Klara vom Hagen lives in Munich.');
    expect(r.entities).toContain('Person:Klara vom Hagen');
    expect(r.entities).not.toContain('Person:Hagen');
    expect(r.relations).toContain('Klara vom Hagen LIVES_IN Munich');
  });

  it('reads a two-word particle: "Pieter van der Berg" is no "Pieter" and no place "Berg"', () => {
    const r = run('A gunman killed Pieter van der Berg in Rotterdam on Friday.');
    expect(r.entities).toContain('Person:Pieter van der Berg');
    expect(r.relations.filter((x) => x.includes('LOCATED_IN'))).toEqual([]);
  });

  it('keeps "de la" inside a name: "Marta de la Fuente" heads the bank', () => {
    const r = run('Marta de la Fuente, the chairwoman of Banco Oriental, said profits rose.');
    expect(r.entities).toContain('Person:Marta de la Fuente');
  });

  it('does not join across "of the" (a firm and a place stay apart)', () => {
    const r = run('Officials of the Westbury Trust in Ohio said the plan failed.');
    expect(r.entities).not.toContain('Organization:Officials of the Westbury Trust');
  });
});
