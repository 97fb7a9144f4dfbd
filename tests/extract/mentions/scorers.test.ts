import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('scorers in brackets after a side\'s goals ("Hamburg 1 (Spoerl 70)")', () => {
  it('types each name a minute follows a person, and the sides clubs', () => {
    const r = run(
      'SOCCER - GERMAN RESULTS\n\nBONN 1996-12-07\n\nBayer Leverkusen 3 (Kirsten 12, Sergio 45, Lehnhoff 80) Hamburg 1 (Spoerl 70). Halftime 2-0.\nSt Pauli 1 (Driller 55) Hansa Rostock 2 (Akpoborie 10, 60).',
    );
    for (const p of ['Kirsten', 'Lehnhoff', 'Spoerl', 'Driller', 'Akpoborie'])
      expect(r.entities).toContain(`Person:${p}`);
    for (const c of ['Hamburg', 'St Pauli', 'Hansa Rostock'])
      expect(r.entities).toContain(`Organization:${c}`);
    expect(r.entities.some((e) => e.endsWith(':Halftime'))).toBe(false);
  });

  it("reads no scorer in brackets that follow no side's goals", () => {
    expect(run('The index rose 12 (Dow 30) points on Friday.').entities).not.toContain(
      'Person:Dow',
    );
  });
});
