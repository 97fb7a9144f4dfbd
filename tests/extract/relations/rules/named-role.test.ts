import { describe, expect, it } from 'vitest';
import { namedRole } from '../../../../src/extract/relations/rules/named-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(namedRole, text);

describe('named-role: "A was named head of B", "made A president of B"', () => {
  it('gives the role to the passive subject of a verb that gives roles', () => {
    const r = run('Dara Venn was appointed head of the Harbor Authority on Monday.');
    expect(r.relations).toEqual(['Dara Venn LEADS Harbor Authority']);
    expect(r.rules).toEqual(['named-role']);
    expect(run('Lena Ortiz has been named spokeswoman for Apex Mining Corp.').relations).toEqual([
      'Lena Ortiz WORKS_FOR Apex Mining Corp.',
    ]);
  });

  it('gives it to the object of an active one, never to the one who gives it', () => {
    expect(
      run('The board elected Marcus Trell to be chairman of Apex Mining Corp.').relations,
    ).toEqual(['Marcus Trell LEADS Apex Mining Corp.']);
    expect(
      run('Tomas Ruiz named Lena Ortiz chairman of Apex Mining Corp. last year.').relations,
    ).toEqual(['Lena Ortiz LEADS Apex Mining Corp.']);
  });

  it('gives it to the subject of "became"', () => {
    expect(run('Marcus Trell became chairman of the Northwind Bank in 1990.').relations).toEqual([
      'Marcus Trell LEADS Northwind Bank',
    ]);
  });

  it('draws nothing when no one named takes the role, or the noun is no role', () => {
    expect(run('Tomas Ruiz has named a new chairman of the Northwind Bank.').relations).toEqual([]);
    expect(run('Tomas Ruiz made a donation to Apex Mining Corp.').relations).toEqual([]);
    expect(run('Lena Ortiz was named in a lawsuit against Apex Mining Corp.').relations).toEqual(
      [],
    );
  });

  it('keeps the negation and the speaker of the sentence', () => {
    expect(run('Dara Venn was not named head of the Harbor Authority.').negated).toEqual([
      'Dara Venn LEADS Harbor Authority',
    ]);
    expect(
      run('Tomas Ruiz said that Dara Venn had been named head of the Harbor Authority.').marked,
    ).toEqual(['Dara Venn LEADS Harbor Authority asserted happened by Tomas Ruiz']);
  });
});
