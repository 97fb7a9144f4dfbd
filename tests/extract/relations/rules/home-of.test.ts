import { describe, expect, it } from 'vitest';
import { homeOf } from '../../../../src/extract/relations/rules/home-of.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(homeOf, text);

describe('home-of: "her native Georgia", "his Iowa hometown"', () => {
  it('makes a place its owner home when a home noun modifies it or it modifies the noun', () => {
    const r = run('Tom Reed is returning to his Iowa hometown to get married.');
    expect(r.relations).toEqual(['Tom Reed LIVES_IN Iowa']);
    expect(r.rules).toEqual(['home-of']);
    expect(run('Ana Pell visited her hometown of Kulm on Sunday.').relations).toEqual([
      'Ana Pell LIVES_IN Kulm',
    ]);
    expect(run("Agents arrived at Tom Reed's New Jersey home at dawn.").relations).toEqual([
      'Tom Reed LIVES_IN New Jersey',
    ]);
  });

  it('reads a home in a place, and a home phrase in apposition to or said of the place', () => {
    expect(run('Tom Reed died on Monday at his home in suburban Larchmont.').relations).toEqual([
      'Tom Reed LIVES_IN Larchmont',
    ]);
    expect(
      run("The museum in Beaumont, Tom Reed's hometown, will open a new wing.").relations,
    ).toEqual(['Tom Reed LIVES_IN Beaumont']);
    expect(run("With Georgia being Ana Pell's home state, she expects to win.").relations).toEqual([
      'Ana Pell LIVES_IN Georgia',
    ]);
  });

  it('reads the person after "of" a home noun as its owner ("the home state of X")', () => {
    expect(
      run('Dole campaigned in North Carolina, the home state of Elizabeth Dole.').relations,
    ).toEqual(['Elizabeth Dole LIVES_IN North Carolina']);
    expect(run('Springfield is not the hometown of Dara Venn.').negated).toEqual([
      'Dara Venn LIVES_IN Springfield',
    ]);
  });

  it('does not read a home in a place when no one owns it, nor a state that is no home', () => {
    expect(run('The home in Larchmont was sold on Monday.').relations).toEqual([]);
    expect(run("Georgia is Ana Pell's favourite state.").relations).toEqual([]);
  });

  it('reads "his"/"her" as the named subject of the clause above, through a pronoun subject', () => {
    expect(
      run('Ana Pell thinks she built the best house in her native Georgia.').relations,
    ).toEqual(['Ana Pell LIVES_IN Georgia']);
  });

  it('reads a subject noun with a name beside it as that name, not the group that modifies it', () => {
    // The parser hangs "Dan Mills" on "anchor" beside "CBS": the anchor is Dan Mills.
    expect(
      run('CBS anchor Dan Mills is flying to his Ohio hometown for the funeral.').relations,
    ).toEqual(['Dan Mills LIVES_IN Ohio']);
    expect(run('The CBS anchor is flying to his Ohio hometown for the funeral.').relations).toEqual(
      [],
    );
  });

  it('gives a reported home to the one it is told of, attributed to the speaker', () => {
    expect(run('Ana Pell said Tom Reed returned to his native Georgia.').marked).toEqual([
      'Tom Reed LIVES_IN Georgia asserted happened by Ana Pell',
    ]);
  });

  it('draws nothing for a home no person owns, nor for a place that is no home', () => {
    expect(run('The Iowa hometown of the band held a parade.').relations).toEqual([]);
    expect(run('Tom Reed is returning to his office in Iowa.').relations).toEqual([]);
    expect(run('The company moved its home office to Denver.').relations).toEqual([]);
  });

  it('reads the place named after a kind of place the home is in', () => {
    expect(run('Tom Reed died at his home in the village of Kulm.').relations).toEqual([
      'Tom Reed LIVES_IN Kulm',
    ]);
    expect(
      run('Mary Fisher said from her home in the Louisville suburb of Okolona that she was sad.')
        .relations,
    ).toEqual(['Mary Fisher LIVES_IN Okolona']);
    expect(run('Tom Reed visited the home in the village of Kulm.').relations).toEqual([]);
  });

  it('keeps the negation of the sentence', () => {
    const r = run('Tom Reed never went back to his native Georgia.');
    expect(r.marked).toEqual(['Tom Reed LIVES_IN Georgia asserted happened']);
  });

  it('takes no home from a phrase the parser hung on another place', () => {
    expect(
      run("In Fresno, near Tom Reed's hometown of Clovis, a fund was set up.").relations,
    ).toEqual(['Tom Reed LIVES_IN Clovis']);
    expect(run("Near Waco, Tom Reed's hometown, a fund was set up.").relations).toEqual([
      'Tom Reed LIVES_IN Waco',
    ]);
  });
});
