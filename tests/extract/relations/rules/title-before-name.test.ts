import { describe, expect, it } from 'vitest';
import { titleBeforeName } from '../../../../src/extract/relations/rules/title-before-name.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(titleBeforeName, text);

describe('title-before-name: "French President X"', () => {
  it('reads the title and the adjective before it as leading the country', () => {
    expect(run('French President Jean Dumont visited Port Veyra.').relations).toEqual([
      'Jean Dumont LEADS France',
    ]);
  });

  it('gives a vice president membership of the country, not its lead', () => {
    expect(run('French Vice President Jean Dumont visited Port Veyra.').relations).toEqual([
      'Jean Dumont MEMBER_OF France',
    ]);
  });

  it('finds nothing when the title stands alone', () => {
    expect(run('Jean Dumont met the president.').relations).toEqual([]);
  });

  it('is not negated by a denial in the sentence: a title is no clause', () => {
    const r = run('French President Jean Dumont denied the report.');
    expect(r.relations).toEqual(['Jean Dumont LEADS France']);
    expect(r.negated).toEqual([]);
  });

  it('reads a hyphenated title as the spaced one: a vice-president works for the body', () => {
    const said = (title: string) =>
      run(`Kesterton Bank ${title} Anna Kroll said on Monday that rates would rise.`).relations;
    expect(said('Vice-President')).toEqual(['Anna Kroll WORKS_FOR Kesterton Bank']);
    expect(said('Vice President')).toEqual(said('Vice-President'));
  });
});
