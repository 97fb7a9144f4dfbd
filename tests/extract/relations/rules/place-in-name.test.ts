import { describe, expect, it } from 'vitest';
import { placeInName } from '../../../../src/extract/relations/rules/place-in-name.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(placeInName, text);

describe('place-in-name: "the Chilean Government ... Chile"', () => {
  it('makes a group whose name opens with a country or its demonym a member of it', () => {
    const r = run('The Chilean Government approved the plan, which will cost Chile $2 billion.');
    expect(r.relations).toEqual(['Chilean Government MEMBER_OF Chile']);
    expect(r.rules).toEqual(['place-in-name']);
  });

  it('bases a firm named after a country there, rather than making it a member', () => {
    expect(run('Chilean Copper Holdings Ltd opened a mine in Chile in May.').relations).toEqual([
      'Chilean Copper Holdings Ltd BASED_IN Chile',
    ]);
  });

  it('bases a group named after a region there', () => {
    expect(
      run('The Oregon Department of Forestry said fires burned across Oregon on Monday.').relations,
    ).toEqual(['Oregon Department of Forestry BASED_IN Oregon']);
  });

  it('draws nothing when the sentence does not name the place, or names another', () => {
    expect(run('The Chilean Government approved the plan on Monday.').relations).toEqual([]);
    expect(run('The Chilean Government approved a loan to Peru on Monday.').relations).toEqual([]);
  });

  it('reads no place into a name that merely starts with a word a place shares', () => {
    expect(run('Jordan Peck Holdings opened a store in Jordan last year.').relations).toEqual([]);
  });
});
