import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// One works for a person as an aide or a spokesman (role nouns), not through a verb
// of work with a person after it; "a Texas Democrat" describes a person, it employs no one.
describe('false employers', () => {
  it('reads no work for a person from "joined by"', () => {
    expect(
      run('Chief Judge Ellen Marsh, joined by Judge Peter Holm, wrote the opinion.').relations,
    ).not.toContain('Peter Holm WORKS_FOR Ellen Marsh');
  });

  it('keeps the spokesman of a person', () => {
    expect(
      run('Tom Reyes, spokesman for Governor Ann Lodge, said the budget was balanced.').relations,
    ).toContain('Tom Reyes WORKS_FOR Ann Lodge');
  });

  it('draws no work relation to or from "a Vermont Democrat"', () => {
    const found = run(
      'House Speaker Amy Blake, a Vermont Democrat, said she found a favorable response from key House taxwriters.',
    ).relations;
    expect(found.filter((r) => r.includes('Vermont Democrat'))).toEqual([]);
    expect(
      run(
        'Rep. Tom Hale, a Kansas Republican and member of the House Budget Committee, told reporters the plan was dead.',
      ).relations.filter((r) => r.includes('Kansas Republican')),
    ).toEqual([]);
  });

  it('keeps the group a party name stands for without an article', () => {
    expect(
      run('U.S. Senate Republican leader Robert Dole said Congress should act.').relations,
    ).toContain('Robert Dole LEADS Senate Republican');
  });

  it('reads no work for a group from one it serves: a patient, a customer', () => {
    const patient = run(
      'Ann Kemp, 52, a patient at Lakeview Hospital in Dorset, was questioned by police.',
    ).relations;
    expect(patient.filter((r) => r.startsWith('Ann Kemp'))).toEqual([]);
    expect(
      run('Tom Reed, a longtime customer of Bolt Bank, sued the bank.').relations,
    ).not.toContain('Tom Reed WORKS_FOR Bolt Bank');
    expect(run('Ann Kemp, a nurse at Riverside Hospital, was charged.').relations).toContain(
      'Ann Kemp WORKS_FOR Riverside Hospital',
    );
    expect(
      run('Ann Kemp, a patient advocate at Riverside Hospital, was charged.').relations,
    ).toContain('Ann Kemp WORKS_FOR Riverside Hospital');
  });
});
