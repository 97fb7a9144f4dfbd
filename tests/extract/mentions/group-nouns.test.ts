import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name before a noun of groups', () => {
  it('is an organisation, and keeps the noun in an alias', () => {
    const r = run('The KVESTA news agency said the raid involved police.');
    expect(r.entities).toContain('Organization:KVESTA');
    expect(r.entity('KVESTA')?.aliases).toContain('KVESTA news agency');
    const f = run('His sons founded the Tarvex company in Heuchelheim in 1949.');
    expect(f.entities).toContain('Organization:Tarvex');
    expect(f.entity('Tarvex')?.aliases).toContain('Tarvex company');
    expect(run('Talks with the Orvan Rouge faction in Pyongyang failed.').entities).toContain(
      'Organization:Orvan Rouge',
    );
  });

  it('is not read from a place, a language or a station', () => {
    expect(run('The U.S. company said so.').entities).toEqual(['Location:United States']);
    expect(run('The Hindi newspaper printed it on Monday.').entities).not.toContain(
      'Organization:Hindi',
    );
    expect(run('They met near the Dorvick station on Monday.').entities).not.toContain(
      'Organization:Dorvick',
    );
  });

  it('leaves a person the group is named after a person', () => {
    const r = run(
      'The bid came from New York investor Martin T. Dorsnoff. Dorsnoff said he would raise it. No one from the Dorsnoff organization was available.',
    );
    const p = r.entity('Martin T. Dorsnoff');
    expect(p?.type).toBe('Person');
    expect(p?.aliases).not.toContain('Dorsnoff organization');
    expect(r.entities).not.toContain('Organization:Dorsnoff');
  });
});

describe('a rare name before its group noun is not doubted away', () => {
  it('keeps a one-word name no dictionary knows before "news agency" or "newspaper"', () => {
    expect(
      run('Interfax news agency quoted the ministry as saying the talks would resume.').entities,
    ).toContain('Organization:Interfax');
    expect(
      run('Traders said Handelsblatt newspaper had reported the bank would merge.').entities,
    ).toContain('Organization:Handelsblatt');
  });
});

describe('a delegation or a subcommittee after a name', () => {
  it('is an organisation with the noun in an alias', () => {
    const r = run('Ann Berrow, chairman of the Calvert County House delegation, opposed the bill.');
    expect(r.entities).toContain('Organization:Calvert County House');
    expect(r.entity('Calvert County House')?.aliases).toContain('Calvert County House delegation');
    const s = run('He told a Senate Fisheries subcommittee that quotas had failed.');
    expect(s.entities).toContain('Organization:Senate Fisheries');
    expect(s.entity('Senate Fisheries')?.aliases).toContain('Senate Fisheries subcommittee');
  });

  it('is not read from a country or a demonym', () => {
    expect(run('The U.S. delegation left Geneva on Friday.').entities).not.toContain(
      'Organization:United States',
    );
    expect(run('The Chilean delegation left Geneva on Friday.').entities).not.toContain(
      'Organization:Chilean',
    );
  });
});
