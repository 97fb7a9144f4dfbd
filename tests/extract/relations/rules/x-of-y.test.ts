import { describe, expect, it } from 'vitest';
import { xOfY } from '../../../../src/extract/relations/rules/x-of-y.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(xOfY, text);

describe('x-of-y: "Marcus Trell of Apex Mining Corp."', () => {
  it('reads a person of an organization as working for it, of a place as living there', () => {
    expect(run('Marcus Trell of Apex Mining Corp. resigned.').relations).toEqual([
      'Marcus Trell WORKS_FOR Apex Mining Corp.',
    ]);
    expect(run('Lena Ortiz of Port Veyra won.').relations).toEqual([
      'Lena Ortiz LIVES_IN Port Veyra',
    ]);
  });

  it('does not read "of" on a verb as joining two names', () => {
    expect(run('Marcus Trell spoke of Apex Mining Corp. yesterday.').relations).toEqual([]);
  });

  it('reads a name a few words after the first ("X, analyst with Y"), not one a clause away', () => {
    expect(
      run('"Nobody expected it," said Marcus Trell, analyst with Apex Mining, Pierce and Lowe.')
        .relations,
    ).toEqual([expect.stringMatching(/^Marcus Trell WORKS_FOR Apex Mining/)]);
    // "with the Fund" is the talks', seven words on: the parser hangs it on the name.
    expect(
      run(
        'Still, Romanian central bank head Ion Popa, in talks in Paris last week with the International Monetary Fund and World Bank, made it plain.',
      ).relations,
    ).toEqual([]);
  });

  it('reads a titled person by the title: a prime minister leads, a mayor leads the town', () => {
    expect(run('Prime Minister Ahmed Jalil of Pakistan condemned the attack.').relations).toEqual([
      'Ahmed Jalil LEADS Pakistan',
    ]);
    expect([
      ...new Set(
        run('Mayor Linda Harrow of Dayton said the city would hire more officers.').relations,
      ),
    ]).toEqual(['Linda Harrow LEADS Dayton']);
    expect(run('Chairman Walter Greeley of Harlan Industries Inc. will retire.').relations).toEqual(
      ['Walter Greeley LEADS Harlan Industries Inc.'],
    );
  });

  it('reads a minister of a country as serving it, not living there', () => {
    expect(run('Foreign Minister Tomas Rydell of Sweden warned Moscow.').relations).toEqual([
      'Tomas Rydell MEMBER_OF Sweden',
    ]);
  });

  it('keeps the home for a title that names no post ("Dr.")', () => {
    expect(run('Dr. Ellen Price of Boston said the drug works.').relations).toEqual([
      'Ellen Price LIVES_IN Boston',
    ]);
  });
});

describe('x-of-y through a stock ticker: "Kestrel Systems Corp <KSC> of Canada"', () => {
  it('reads the firm before the ticker as based in the place after it', () => {
    expect(
      run('The ministry will buy a radar built by Kestrel Systems Corp <KSC> of Canada.').relations,
    ).toEqual(['Kestrel Systems Corp BASED_IN Canada']);
    expect(
      run('Harlan Trading Co <HTC.T> of Japan has been picked to build the line.').relations,
    ).toEqual(['Harlan Trading Co BASED_IN Japan']);
  });

  it('reads no ticker where none stands between the names', () => {
    expect(
      run('Kestrel Systems Corp <KSC> said sales of radars in Canada rose.').relations,
    ).toEqual([]);
  });
});
