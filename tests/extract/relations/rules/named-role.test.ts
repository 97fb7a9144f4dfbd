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

  it('holds a role that names no group at the group that gives or reports it', () => {
    expect(run('Corvane Industries Inc said Dara Venn was named president.').relations).toEqual([
      'Dara Venn LEADS Corvane Industries Inc',
    ]);
    expect(run('Halvard Corp elected Dara Venn chairman at its annual meeting.').relations).toEqual(
      ['Dara Venn LEADS Halvard Corp'],
    );
    expect(run('Corvane Industries Inc said it elected Dara Venn chairman.').relations).toEqual([
      'Dara Venn LEADS Corvane Industries Inc',
    ]);
    expect(
      run(
        'Corvane Industries Inc said Dara Venn has been elected president and chief operating officer.',
      ).relations,
    ).toEqual(['Dara Venn LEADS Corvane Industries Inc']);
    expect(
      run(
        'Corvane Industries Inc said vice president Dara Venn has been named chief executive officer.',
      ).relations,
    ).toEqual(['Dara Venn LEADS Corvane Industries Inc']);
    expect(
      run('Corvane Industries Inc of Denver said it named Dara Venn chief executive officer.')
        .relations,
    ).toEqual(['Dara Venn LEADS Corvane Industries Inc']);
    expect(
      run('Corvane Industries Inc said Dara Venn was promoted to president.').relations,
    ).toEqual(['Dara Venn LEADS Corvane Industries Inc']);
    expect(
      run(
        'Corvane Industries Inc said Dara Venn, who was named vice president of finance, will retire.',
      ).relations,
    ).toEqual(['Dara Venn WORKS_FOR Corvane Industries Inc']);
  });

  it('reaches "the company" a sentence before names, and keeps the group a party', () => {
    const r = run(
      'Corvane Industries Inc said it sold its plastics unit. The company said Dara Venn was named president.',
    );
    expect(r.marked).toEqual([
      'Dara Venn LEADS Corvane Industries Inc asserted happened by Corvane Industries Inc',
    ]);
  });

  it('gives no group when a person reports it, the role is of something unnamed, or two firms precede', () => {
    expect(run('Tomas Ruiz said Dara Venn was named president.').relations).toEqual([]);
    expect(run('Tomas Ruiz named Dara Venn president last year.').relations).toEqual([]);
    expect(
      run('Corvane Industries Inc said Dara Venn was named president of the unit.').relations,
    ).toEqual([]);
    expect(
      run(
        'Corvane Industries Inc and Halvard Corp said they agreed to merge. The company said Dara Venn was named president.',
      ).relations,
    ).toEqual([]);
    expect(
      run('Corvane Industries Inc said Dara Venn was elected chairman of Halvard Corp.').relations,
    ).toEqual(['Dara Venn LEADS Halvard Corp.']);
  });
});
