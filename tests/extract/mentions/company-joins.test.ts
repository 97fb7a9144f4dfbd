import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('company names that run past capitalised words', () => {
  it('keeps partners and their company word in one name: "Birr, Wilson and Co."', () => {
    const r = run('The bonds were priced by Halvorsen, Pike and Co. on Tuesday, a dealer said.');
    expect(r.entities).toContain('Organization:Halvorsen, Pike and Co.');
    expect(r.entities).not.toContain('Organization:Co.');
  });

  it('keeps the suffix after a comma: "Cargill, Inc."', () => {
    const r = run('An analyst at Trelloway, Inc. said grain prices would fall.');
    expect(r.entities).toContain('Organization:Trelloway, Inc.');
  });

  it('reads "Standard and Poor\'s Corp" as one firm, not a person "Poor"', () => {
    const r = run("The notes are rated AA by Bexley and Crane's Corp, the agency said.");
    expect(r.entities).toContain("Organization:Bexley and Crane's Corp");
    expect(r.entities.some((e) => e.startsWith('Person:'))).toBe(false);
  });

  it('reads two founders\' names and a corporate form as one firm: "Willcox and Gibbs Inc"', () => {
    const r = run('Harper and Stokes Inc said it raised its quarterly dividend to ten cents.');
    expect(r.entities).toContain('Organization:Harper and Stokes Inc');
    expect(r.entities.some((e) => e.startsWith('Person:'))).toBe(false);
    // Two firms, the first known by its initials, stay two.
    const two = run('IBM and Delcora Corp signed a supply agreement in Boston on Monday.');
    expect(two.entities).toContain('Organization:IBM');
    expect(two.entities).toContain('Organization:Delcora Corp');
  });

  it('reads initials joined by "and" as a firm: "S and P said"', () => {
    const r = run('The debt was lowered to BBB by K and T, which cited weak sales.');
    expect(r.entities).toContain('Organization:K and T');
  });

  it('joins a possessive inside a company name: "Moody\'s Investors Service Inc"', () => {
    const r = run("Velmondo's Investors Service Inc said it may lower the bank's ratings.");
    expect(r.entities).toContain("Organization:Velmondo's Investors Service Inc");
  });

  it('splits a firm its form closes from the unit it owns: "X Corp\'s Y Gas Co"', () => {
    const r = run("Panhandle Eastern Corp's Trunkline Gas Co said it filed a rate case.");
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Panhandle Eastern Corp',
        'Organization:Trunkline Gas Co',
      ]),
    );
  });

  it('keeps a place in brackets inside the name before the suffix', () => {
    const r = run('Marrick Equity (Pacific) Ltd said it raised its stake to 11 pct.');
    expect(r.entities).toContain('Organization:Marrick Equity (Pacific) Ltd');
    expect(r.entities).not.toContain('Organization:Ltd');
  });

  it('ends a name at a company suffix with its period', () => {
    const r = run("It lowered the debt of Vantor Corp. Dunmore's said the outlook was weak.");
    expect(r.entities).toContain('Organization:Vantor Corp.');
    expect(r.entities).toContain("Organization:Dunmore's");
  });

  it('does not join a country and a possessive: "Iran\'s army"', () => {
    const r = run("Peru's Andean Mining Co said output rose.");
    expect(r.entities).toContain('Location:Peru');
    expect(r.entities).toContain('Organization:Andean Mining Co');
  });
});

describe('a national bank\'s form after a comma: "Harlow Savings Bank, N.A."', () => {
  it('keeps "N.A." in the bank\'s name, mid-sentence and at the end of a paragraph', () => {
    expect(run('Brindle will buy Harlow Savings Bank, N.A., a Texas bank.').entities).toContain(
      'Organization:Harlow Savings Bank, N.A.',
    );
    const r = run(
      'The branches will become part of Harlow Savings Bank of the Plains, N.A.\n    Brindle is a bank holding company.',
    );
    expect(r.entities).toContain('Organization:Harlow Savings Bank of the Plains, N.A.');
    expect(r.relations).toEqual([]);
  });

  it('leaves "N.A." (not available) after a name that is no bank\'s alone', () => {
    expect(run('Sales at Brindle Corp, N.A. against 1.2 mln dlrs.').entities).not.toContain(
      'Organization:Brindle Corp, N.A.',
    );
  });
});
