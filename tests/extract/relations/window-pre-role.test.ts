import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-pre-role pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-pre-role']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "Harbor Party candidate X": a role noun between a group or place and a person.
describe('window-pre-role', () => {
  it('reads a role between a group and a person', () => {
    // A candidate is a member of the party, not also its employee.
    expect(run('National Renewal Party candidate Dara Venn won the vote.')).toEqual([
      'Dara Venn MEMBER_OF National Renewal Party',
    ]);
  });

  it('gives a role word one relation: a leader leads, and does not work for, the group', () => {
    expect(run('Halvorsen Bank leader Tomas Ruiz proposed talks.')).toEqual([
      'Tomas Ruiz LEADS Halvorsen Bank',
    ]);
    // An agent noun no role list knows still works for the group.
    expect(run('Halvorsen Bank dealmaker Tomas Ruiz proposed talks.')).toEqual([
      'Tomas Ruiz WORKS_FOR Halvorsen Bank',
    ]);
  });

  it('reads past a bracketed short form or full name between the group and the role', () => {
    expect(run('National Renewal Party (PRN) candidate Dara Venn won the vote.')).toEqual([
      'Dara Venn MEMBER_OF National Renewal Party',
      'Dara Venn MEMBER_OF PRN',
    ]);
    expect(
      run('The PRN (National Renewal Party) leader Tomas Ruiz said the vote was fair.'),
    ).toEqual(['Tomas Ruiz LEADS PRN', 'Tomas Ruiz LEADS National Renewal Party']);
  });

  it('reads no role across a bracket that is no name of the group', () => {
    expect(run('Voters in the National Renewal Party (in May) elected leader Tomas Ruiz.')).toEqual(
      [],
    );
  });
});
