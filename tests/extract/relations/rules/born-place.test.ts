import { describe, expect, it } from 'vitest';
import { bornPlace } from '../../../../src/extract/relations/rules/born-place.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(bornPlace, text);

describe('born-place: "X was born near Y", "born in a cabin in Y", "Illinois born X"', () => {
  it('reads a birthplace after "near" and names itself', () => {
    const r = run('In 1846, Dara Venn was born near Davenport, Iowa.');
    expect(r.relations).toEqual(['Dara Venn LIVES_IN Davenport']);
    expect(r.rules).toEqual(['born-place']);
  });

  it('reads the place under the place noun the verb takes', () => {
    expect(run('Dara Venn was born in a log cabin in Hodgenville.').relations).toEqual([
      'Dara Venn LIVES_IN Hodgenville',
    ]);
  });

  it('reads a place before a "born" that modifies the one born', () => {
    expect(run('Illinois born Dara Venn was a 27-year-old actor.').relations).toEqual([
      'Dara Venn LIVES_IN Illinois',
    ]);
  });

  it('draws nothing from a place no birth preposition reaches, or from "born of"', () => {
    expect(run('Dara Venn was born on the day the army left Hodgenville.').relations).toEqual([]);
    expect(run('The Illinois delegation born of the compromise met Dara Venn.').relations).toEqual(
      [],
    );
  });

  it('keeps the negation and the speaker', () => {
    expect(run('Dara Venn was not born near Davenport.').negated).toEqual([
      'Dara Venn LIVES_IN Davenport',
    ]);
    expect(run('Lena Ortiz said Dara Venn was born near Davenport.').marked).toEqual([
      'Dara Venn LIVES_IN Davenport asserted happened by Lena Ortiz',
    ]);
  });
  it('gives the birthplace to the name one was born with too', () => {
    expect(run('Tom Reed was born Thomas Reed in Kulm.').relations).toEqual([
      'Tom Reed LIVES_IN Kulm',
      'Thomas Reed LIVES_IN Kulm',
    ]);
    expect(run('Tom Reed was born Thomas Reed.').relations).toEqual([]);
  });

  it('reads the birth name the parser labels obl:unmarked ("was born Christopher Lane Dawson in Y")', () => {
    expect(
      run('Kit Dawson was born Christopher Lane Dawson in Abilene, Texas, in 1948.').relations,
    ).toEqual([
      'Christopher Lane Dawson LIVES_IN Abilene',
      'Christopher Lane Dawson LIVES_IN Abilene',
    ]);
    // A person after a preposition is not a name one was born with.
    expect(run('Nell Ayres was born to Nora Pike in a hut.').relations).toEqual([]);
  });

  it('places every one of two people born there, however the parser hangs the second', () => {
    expect(run('Tom Reed and Nell Ayres were born in Tarrow.').relations).toEqual([
      'Tom Reed LIVES_IN Tarrow',
      'Nell Ayres LIVES_IN Tarrow',
    ]);
    // "Both" read by the parser as a subject of its own.
    expect(run('Both Tom Reed and Nell Ayres were born in Tarrow.').relations).toEqual([
      'Tom Reed LIVES_IN Tarrow',
      'Nell Ayres LIVES_IN Tarrow',
    ]);
  });
});
