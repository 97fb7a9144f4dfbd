import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('names that hold a country, twin names, plural demonyms', () => {
  it('types an agency named with its country as an organisation', () => {
    const r = run('Growth was 1.1 pct in the quarter, Statistics Norway said.');
    expect(r.entities).toContain('Organization:Statistics Norway');
  });

  it('types one name twice as a firm', () => {
    const r = run('Shares of Pettersen and Pettersen rose after a recommendation.');
    expect(r.entities).toContain('Organization:Pettersen and Pettersen');
  });

  it('reads the Saudis and Philippine debt as the countries, not people', () => {
    const r = run(
      'The Saudis refused to accept the guarantees. Banks will weigh a Philippine debt plan.',
    );
    expect(r.entities).not.toContain('Person:Saudis');
    expect(r.entities).not.toContain('Person:Philippine');
  });

  it('reads a currency before its country abbreviation as no person', () => {
    const r = run('The deficit narrowed to 180 mln N.Z. Dlrs in January.');
    expect(r.entities).not.toContain('Person:N.Z.');
  });

  it('types a partnership closed by L.P. as an organisation', () => {
    const r = run('Kessler Associates L.P., a Chicago investment firm, said it cut its stake.');
    expect(r.entities).toContain('Organization:Kessler Associates L.P.');
  });

  it('joins a rating agency named with a possessive and a company word', () => {
    const r = run("The notes are rated A-2 by Moody's Investors Service and A by another agency.");
    expect(r.entities.some((e) => e.startsWith('Person:Moody'))).toBe(false);
  });
});
