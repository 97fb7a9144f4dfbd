import { describe, expect, it } from 'vitest';
import { appositionRole } from '../../../../src/extract/relations/rules/apposition-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(appositionRole, text);

describe('apposition-role: "A, the head of B"', () => {
  it('gives the person the role the apposition names, at what it is of', () => {
    expect(run('Marcus Trell, the chairman of Apex Mining Corp., resigned.').relations).toEqual([
      'Marcus Trell LEADS Apex Mining Corp.',
    ]);
    expect(
      run('Lena Ortiz, a spokeswoman for the Harbor Authority, declined to comment.').relations,
    ).toEqual(['Lena Ortiz WORKS_FOR Harbor Authority']);
  });

  it('reads a possessor as what the role is held at: "A, B\'s spokeswoman"', () => {
    expect(run("Lena Ortiz, the Harbor Authority's spokeswoman, resigned.").relations).toEqual([
      'Lena Ortiz WORKS_FOR Harbor Authority',
    ]);
  });

  it('does not give a person the role of someone a relative clause says she met', () => {
    expect(
      run('Lena Ortiz, who met a spokeswoman for the Harbor Authority, resigned.').relations,
    ).toEqual([]);
  });

  it('does not make the speaker hold the role of the one spoken of', () => {
    const r = run(
      'Marcus Trell said Lena Ortiz, a spokeswoman for the Harbor Authority, resigned.',
    );
    expect(r.relations).toEqual(['Lena Ortiz WORKS_FOR Harbor Authority']);
  });
});

describe('apposition-role: coordinated roles', () => {
  it('gives the person each role coordinated in the apposition', () => {
    expect(
      run(
        'Lena Ortiz, director of the Harbor Authority and a member of the Northwind Bank board, resigned.',
      ).relations,
    ).toEqual(['Lena Ortiz LEADS Harbor Authority', 'Lena Ortiz WORKS_FOR Northwind Bank']);
  });

  it('does not give the person a role coordinated with her own name', () => {
    expect(
      run('Lena Ortiz and the chairman of the Northwind Bank met on Monday.').relations,
    ).toEqual([]);
  });
});

describe('apposition-role: candidates', () => {
  it('makes a party candidate a member of the party', () => {
    expect(run('Rosa Lind, the candidate of the Green Party, won 9 percent.').relations).toEqual([
      'Rosa Lind MEMBER_OF Green Party',
    ]);
  });

  it('makes a role that commands only a force work for any other group', () => {
    expect(
      run('Dara Venn, a general at Kessa Petroleum Co, said imports would rise.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Kessa Petroleum Co']);
    expect(
      run('Dara Venn, deputy head of the Norland Bank, said imports would rise.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Norland Bank']);
  });

  it('reads "director-general" as the one role, across the treebank\'s hyphen: it heads the group', () => {
    expect(
      run('Dara Venn, director-general of Kessa Petroleum Co, said imports would rise.').relations,
    ).toEqual(['Dara Venn LEADS Kessa Petroleum Co']);
  });

  it('gives a vice president or a deputy leader work at the group, not its lead', () => {
    expect(
      run('Marcus Trell, the vice president of Apex Mining Corp., resigned.').relations,
    ).toEqual(['Marcus Trell WORKS_FOR Apex Mining Corp.']);
    expect(run('Dara Venn, deputy leader of the Halvorsen League, said so.').relations).toEqual([
      'Dara Venn WORKS_FOR Halvorsen League',
    ]);
  });
});

describe('apposition-role: a post held abroad', () => {
  it('does not make the host country the body an ambassador or envoy serves', () => {
    expect(run('Maria Lopez, the former ambassador to Cuba, spoke on Monday.').relations).toEqual(
      [],
    );
    expect(run('Peter Vance, an envoy to Syria, met the minister.').relations).toEqual([]);
  });

  it('still makes the sending country the envoy\'s own: "the U.S. envoy to Syria"', () => {
    expect(run('John Harlan, the U.S. envoy to Syria, met the minister.').relations).toEqual([
      'John Harlan MEMBER_OF United States',
    ]);
  });

  it('reads "the mayor of B, A" when the parser makes A a conjunct of B', () => {
    expect(run('The mayor of Dayton, Tom Reed, said so.').relations).toEqual([
      'Tom Reed LEADS Dayton',
    ]);
    expect(run('The mayor of Dayton, Ohio, Tom Reed, said so.').relations).toEqual([
      'Tom Reed LEADS Dayton',
    ]);
  });

  it('keeps a list of places or of people with roles of their own a list', () => {
    expect(run('He thanked the leaders of Kenya, Uganda and Peru.').relations).toEqual([]);
    expect(
      run(
        'Members include Ann Lee, former chairman of Bolt Inc <BT>, Tom Reed, chairman emeritus of Acme and Co <AC> and Dan Ross, a lawyer.',
      ).relations,
    ).not.toContain('Tom Reed LEADS Bolt Inc');
  });

  it('reads the role in reported speech as it reads "Tom Reed, the mayor of Dayton"', () => {
    // A description the speaker uses, not what the speaker claims: no attribution, no modality.
    expect(run('Ann Lee said the mayor of Dayton, Tom Reed, would resign.').marked).toEqual([
      'Tom Reed LEADS Dayton asserted happened',
    ]);
  });
});
