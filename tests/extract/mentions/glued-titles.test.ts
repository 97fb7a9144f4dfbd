import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('titles glued to names', () => {
  it('takes "Lt. Col." off a name whose surname is also a place word ("Oliver North")', () => {
    const r = run('Lt. Col. Oliver Norton North testified on Monday.');
    expect(r.entities).toContain('Person:Oliver Norton North');
    expect(r.entity('Oliver Norton North')?.titles).toEqual(['Lt. Col.']);
  });

  it('splits a country, a portfolio and a minister ("West German Economics Minister X")', () => {
    const r = run('He met West German Economics Minister Martin Bangel on Monday.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:West Germany', 'Person:Martin Bangel']),
    );
    expect(r.entity('Martin Bangel')?.titles).toEqual(['Economics Minister']);
  });

  it("keeps an adviser's and a deputy's title out of the name", () => {
    expect(
      run('He met former National Security Adviser John Poinder on Monday.').entity('John Poinder')
        ?.titles,
    ).toEqual(['National Security Adviser']);
    const r = run('He met Radical Party Deputy Raul Bagliani on Monday.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Radical Party', 'Person:Raul Bagliani']),
    );
  });

  it('keeps "National" in the name of a body that has no person in it', () => {
    expect(run('The National Security Council met on Monday.').entities).toContain(
      'Organization:National Security Council',
    );
  });
});
