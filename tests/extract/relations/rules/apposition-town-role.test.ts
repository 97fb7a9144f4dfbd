import { describe, expect, it } from 'vitest';
import { appositionTownRole } from '../../../../src/extract/relations/rules/apposition-town-role.js';
import { run as runAll } from '../../helpers.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(appositionTownRole, text);

describe('apposition-town-role: "Ann Kemp, a Grand Rapids, Mich., lawyer"', () => {
  it('reads the town written with its state as the place of the role noun', () => {
    const r = run('Ann Kemp, a Grand Rapids, Mich., lawyer, said she will appeal.');
    expect(r.relations).toEqual(['Ann Kemp LIVES_IN Grand Rapids']);
    expect(r.rules).toEqual(['apposition-town-role']);
    expect(run('Tom Reed, a Dayton, Ohio, native, said the plan would fail.').relations).toEqual([
      'Tom Reed LIVES_IN Dayton',
    ]);
  });

  it('carries the home to the state through town-state', () => {
    const r = runAll('Ann Kemp, a Grand Rapids, Mich., lawyer, said she will appeal.');
    expect(r.relations).toContain('Ann Kemp LIVES_IN Grand Rapids');
    expect(r.marked).toContain('Ann Kemp LIVES_IN Michigan town-state asserted happened');
  });

  it('gives the role to the name it stands beside, not to one a relative clause ties it to', () => {
    expect(
      run('Ann Kemp, who hired a Dayton, Ohio, lawyer, said she will appeal.').relations,
    ).toEqual([]);
    expect(run('Police said Tom Reed, a Dayton, Ohio, lawyer, had fled.').relations).toEqual([
      'Tom Reed LIVES_IN Dayton',
    ]);
  });

  it('reads nothing in a list of names and places, or when no role noun ends the phrase', () => {
    expect(run('Police questioned Tom Reed, a Dayton, Ohio, and two other men.').relations).toEqual(
      [],
    );
    expect(run('Tom Reed, a Dayton, Ohio, law firm, filed the suit.').relations).toEqual([]);
    expect(run('Ann Kemp, Dayton, Ohio, lawyer Tom Reed and a nurse spoke.').relations).toEqual([]);
  });
});
