import { describe, expect, it } from 'vitest';
import { sameGivenName } from '../../src/extract/entities/spelling.js';
import { entityKey, normalizeName } from '../../src/resolve/index.js';
import { run } from '../extract/helpers.js';

describe('resolution inside a document', () => {
  it('short re-mentions join the full name', () => {
    const r = run('Gen. Darius Farrokh arrived. Later Farrokh spoke, and Farrokh left.');
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual(['Person:Darius Farrokh']);
    expect(r.entity('Darius Farrokh')?.mentions).toHaveLength(3);
  });

  it('spelling variants of a given name join, a different person with that given name does not', () => {
    const r = run('Qadir Haddad spoke. Qadeer Haddad left. Qadir Mansour, a reporter, wrote it.');
    const people = r.entities.filter((e) => e.startsWith('Person'));
    expect(people).toHaveLength(2);
    expect(people).toContain('Person:Qadir Mansour');
  });

  it('an acronym joins the organization it abbreviates', () => {
    const r = run('The National Liberation Front attacked. The NLF denied it.');
    expect(r.entities.filter((e) => e.startsWith('Organization'))).toEqual([
      'Organization:National Liberation Front',
    ]);
    expect(r.entity('National Liberation Front')?.aliases).toContain('NLF');
  });

  it('"the Pentagon" and "the Defense Department" are one node', () => {
    const r = run('The Pentagon said so. The Defense Department later agreed.');
    const orgs = r.x.entities.filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toEqual(expect.arrayContaining(['Pentagon', 'Defense Department']));
  });

  it('a shortened organization name joins the full one', () => {
    const r = run('The 41st Airborne Division moved. The 41st Airborne followed.');
    expect(r.entities.filter((e) => e.startsWith('Organization'))).toEqual([
      'Organization:41st Airborne Division',
    ]);
  });
});

describe('keys across documents', () => {
  it('derive from the entity alone', () => {
    expect(entityKey({ type: 'Person', name: 'Gen. Anna Lind' })).toBe(
      entityKey({ type: 'Person', name: 'Anna Lind' }),
    );
    expect(normalizeName("The Lind's")).toBe('lind');
  });

  it('given-name spellings compare by skeleton, not by first letter', () => {
    expect(sameGivenName('Qadir', 'Qadeer')).toBe(true);
    expect(sameGivenName('Mark', 'Mike')).toBe(false);
  });
});
