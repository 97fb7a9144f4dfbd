import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('foreign group names across their particles', () => {
  it('keeps "Banco do X" whole and types it a firm, with its short name in brackets', () => {
    const r = run(
      'The strike spread with the closure of the <Banco do Estado de Valmora> (Banvalsa) ' +
        'in the capital, a union spokesman said. Banvalsa is the state bank.',
    );
    expect(r.entities).toContain('Organization:Banco do Estado de Valmora');
    expect(r.entities).toContain('Organization:Banvalsa');
    expect(r.entities).not.toContain('Organization:Banco');
    expect(r.entities.some((e) => e.startsWith('Person:'))).toBe(false);
  });

  it('reads elided particles: "Caisse d\'Epargne de l\'Etat"', () => {
    const r = run("The bonds are priced at par, lead manager Caisse d'Epargne de l'Ostrel said.");
    expect(r.entities).toContain("Organization:Caisse d'Epargne de l'Ostrel");
  });

  it('does not join a particle after an English name', () => {
    const r = run('Officials in Marlow do Business with Trenton, the mayor said.');
    expect(r.entities).not.toContain('Organization:Marlow do Business');
  });

  it('keeps "Credit" before a foreign word: "Credit Suisse" is a bank, no country', () => {
    const r = run(
      'Credit Suisse said on Monday its profit would rise. Analysts at Credit Lyonnais agreed.',
    );
    expect(r.entities).toContain('Organization:Credit Suisse');
    expect(r.entities).toContain('Organization:Credit Lyonnais');
    expect(r.entities).not.toContain('Location:Switzerland');
  });

  it('leaves "Credit" before an English word or inside a credit line', () => {
    const r = run('Credit Markets were quiet in Zurich. Photo Credit Reuters.');
    expect(r.entities.some((e) => e.includes('Credit'))).toBe(false);
  });
});
