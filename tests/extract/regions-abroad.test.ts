import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('first-level regions outside North America and Australia (data/regions.json)', () => {
  it('types a Chinese province as a place wherever it stands', () => {
    expect(run('Heilongjiang has about 38 million people.').entities).toEqual([
      'Location:Heilongjiang',
    ]);
    const r = run('Floods hit farms in Hubei and Henan last week.');
    expect(r.entities).toContain('Location:Henan');
    expect(r.entities).not.toContain('Person:Henan');
  });

  it('puts a town written with its province in the province', () => {
    expect(run('The plant in Hefei, Anhui, makes buses.').relations).toContain(
      'Hefei LOCATED_IN Anhui',
    );
    const r = run('Police in Karachi, Sindh, arrested three men.');
    expect(r.entities).toContain('Location:Sindh');
    expect(r.relations).toContain('Karachi LOCATED_IN Sindh');
  });

  it('finds a German state written with a hyphen', () => {
    expect(run('Voters in Schleswig-Holstein go to the polls on Sunday.').entities).toContain(
      'Location:Schleswig-Holstein',
    );
  });

  it('leaves out a region whose name is as often a firm or a surname', () => {
    const r = run('Piedmont said its load factor rose in February.');
    expect(r.entities).not.toContain('Location:Piedmont');
  });
});
