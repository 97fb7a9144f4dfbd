import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';
import { weakPerson } from '../../../src/extract/relations/weak-person.js';

/** The cluster the extractor makes of `name` in `text`. */
function cluster(text: string, name: string) {
  const c = analyse(text).clusters.find((x) => x.name === name);
  if (!c) throw new Error(`no entity ${name}`);
  return c;
}

describe('a one-word name nothing marks as a person gets no home or employer from the pair model', () => {
  it('holds back a lone word the type votes barely make a person', () => {
    const c = cluster(
      'Excluding Torvanco and Mesa Bancwest, average loans grew 11 pct.',
      'Torvanco',
    );
    // The type model reads a firm's unknown name in a list as a person, with a fraction of a vote.
    expect(c.type).toBe('Person');
    expect(weakPerson(c, 'LIVES_IN')).toBe(true);
    expect(weakPerson(c, 'WORKS_FOR')).toBe(true);
    // Other relations are not the gate's to hold.
    expect(weakPerson(c, 'KILLED')).toBe(false);
  });

  it('lets a titled name, or a full name, through', () => {
    const titled = cluster('President Okonkwo flew to Lagos on Monday.', 'Okonkwo');
    expect(weakPerson(titled, 'LIVES_IN')).toBe(false);
    const full = cluster('Dara Venn flew to Lagos on Monday.', 'Dara Venn');
    expect(weakPerson(full, 'LIVES_IN')).toBe(false);
  });

  it('never holds back a group or a place', () => {
    const group = cluster('Acme Corp said profits rose.', 'Acme Corp');
    expect(weakPerson(group, 'WORKS_FOR')).toBe(false);
  });
});
