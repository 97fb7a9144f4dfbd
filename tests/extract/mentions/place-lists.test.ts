import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The rules' Location votes of the mention written `name` in `text`. */
function placeVotes(text: string, name: string): number | undefined {
  for (const s of readMentions(text))
    for (const m of s.mentions) if (m.text === name) return m.votes.Location;
  return undefined;
}

describe('names before a place noun', () => {
  it('are places when a plural place noun closes their list', () => {
    const text = 'Police raided farms in Varsola, Brevizza and Tolmarra provinces on Monday.';
    for (const n of ['Varsola', 'Brevizza', 'Tolmarra'])
      expect(placeVotes(text, n)).toBeGreaterThan(placeVotes(`Police met ${n} on Monday.`, n) ?? 0);
    const r = run(text);
    expect(r.entities).toContain('Location:Tolmarra');
    expect(r.entities).not.toContain('Person:Brevizza');
  });

  it('ends a list at a word that is no conjunction', () => {
    const text = 'Kevrin Dask met officials from Tolmarra provinces.';
    expect(placeVotes(text, 'Kevrin Dask')).toBe(
      placeVotes('Kevrin Dask met officials.', 'Kevrin Dask'),
    );
  });

  it('keep the name with a singular place noun as an alias', () => {
    const r = run('Fighting spread to the Vorlak district of Arhenia on Tuesday.');
    expect(r.entity('Vorlak')?.aliases).toContain('Vorlak district');
  });

  it('keep the name with a plateau or islands after it as an alias', () => {
    const r = run('Farms cover the Ozark plateau in Missouri.');
    expect(r.entity('Ozark')?.aliases).toContain('Ozark plateau');
    expect(run('Rebels hold the Jolo islands in the south.').entity('Jolo')?.aliases).toContain(
      'Jolo islands',
    );
  });
});
