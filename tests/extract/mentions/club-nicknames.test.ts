import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a team named by its town and a plural nickname', () => {
  it('types the team an organisation, not a person, wherever it stands', () => {
    const r = run(
      'Florida Panthers coach Doug Carville said his side played well. The Warrington Wolves signed a winger.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Florida Panthers',
        'Organization:Warrington Wolves',
        'Person:Doug Carville',
      ]),
    );
    expect(r.entities).not.toContain('Person:Florida Panthers');
  });

  it('reads a city the towns list leaves out for being a given name too', () => {
    const r = run(
      'Bradford Bulls signed the winger on Friday. Sanford Margoshes said he would stay.',
    );
    expect(r.entities).toContain('Organization:Bradford Bulls');
    expect(r.entities).not.toContain('Person:Bradford Bulls');
    expect(r.entities).toContain('Person:Sanford Margoshes');
  });

  it("leaves a place whose own name ends in a plural, a party's members and a person's surname alone", () => {
    const r = run(
      'He moved to Colorado Springs last year. Iowa Democrats met in Des Moines. Jim Parsons said he would stay.',
    );
    expect(r.entities).toContain('Location:Colorado Springs');
    expect(r.entities).not.toContain('Organization:Iowa Democrats');
    expect(r.entities).toContain('Person:Jim Parsons');
  });

  it("does not make a town's name that opens a ground's name a club", () => {
    const r = run("Newcastle lost 2-0 to Everton at St James' Park on Sunday.");
    expect(r.entities).not.toContain('Organization:St James');
  });
});
