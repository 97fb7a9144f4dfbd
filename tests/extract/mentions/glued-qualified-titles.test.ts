import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a title and what qualifies it, glued before a name', () => {
  it('cuts "Crimean Deputy" and "Police Major" off the people they name', () => {
    const r = run('Ambassador Reed will meet Crimean Deputy Ostap Velykyi on Monday.');
    expect(r.entities).toContain('Person:Ostap Velykyi');
    expect(r.entities.some((e) => /Crimean/.test(e))).toBe(false);
    const p = run('Police Major Somchai Prasert led the raid, officials said.');
    expect(p.entities).toContain('Person:Somchai Prasert');
  });
});

describe('a group named inside the title before a name', () => {
  it('keeps "Navy" of "the Soviet Navy X" as an organisation beside the person', () => {
    const r = run('The memoirs of the former commander of the Soviet Navy Ivan Petrenko appeared.');
    expect(r.entities).toContain('Organization:Navy');
    expect(r.entities).toContain('Person:Ivan Petrenko');
  });
});
