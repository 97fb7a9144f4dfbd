import { describe, expect, it } from 'vitest';
import { whereClause } from '../../../../src/extract/relations/rules/where-clause.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(whereClause, text);

describe('where-clause: "Y, where X was born"', () => {
  it('reads a "where" clause on a place as its verb\'s cue with "in" the place', () => {
    const r = run('The tour passes through Rolling Fork, where Muddy Waters was born.');
    expect(r.relations).toEqual(['Muddy Waters LIVES_IN Rolling Fork']);
    expect(r.rules).toEqual(['where-clause']);
  });

  it('reads "he"/"she" as the named subject above, also when the parser coordinated the clause', () => {
    expect(run('Tom Reed returned to Oakdale, where he was born in 1950.').relations).toEqual([
      'Tom Reed LIVES_IN Oakdale',
    ]);
  });

  it('draws nothing for a verb that is no cue, nor for a "where" on no place', () => {
    expect(run('The tour passes through Rolling Fork, where Muddy Waters sang.').relations).toEqual(
      [],
    );
    expect(
      run('Muddy Waters remembered the day when Tom Reed was born in Oakdale.').relations,
    ).toEqual([]);
  });
});
