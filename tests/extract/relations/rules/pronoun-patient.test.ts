import { describe, expect, it } from 'vitest';
import { pronounPatient } from '../../../../src/extract/relations/rules/pronoun-patient.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(pronounPatient, text);

describe('pronoun-patient: "Y turned, and X shot him"', () => {
  it('reads "him" or "her" as the named subject of the clause above, and names itself', () => {
    const r = run('Dara Venn turned, and Tom Reed shot her twice with a rifle.');
    expect(r.relations).toEqual(['Tom Reed KILLED Dara Venn']);
    expect(r.rules).toEqual(['pronoun-patient']);
    expect(run('Carl Ames had just won the vote when Tom Reed shot him.').relations).toEqual([
      'Tom Reed KILLED Carl Ames',
    ]);
  });

  it('reads nothing when no named person is the subject above', () => {
    expect(run('Police said Tom Reed shot him twice.').relations).toEqual([]);
    expect(run('Tom Reed shot him and fled.').relations).toEqual([]);
  });

  it('reads nothing for a verb that is no killing, or for a named object', () => {
    expect(run('Dara Venn turned, and Tom Reed greeted her warmly.').relations).toEqual([]);
    expect(run('Dara Venn turned, and Tom Reed shot Carl Ames.').relations).toEqual([]);
  });
});
