import { describe, expect, it } from 'vitest';
import { deedNominal } from '../../../../src/extract/relations/rules/deed-nominal.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(deedNominal, text);

describe('deed-nominal: "X claimed responsibility for the attack on Y"', () => {
  it('gives an event noun after a deed noun to the subject of its verb, and names itself', () => {
    const r = run(
      'The Harbor Front claimed responsibility for the attack on the Apex Mining Corp.',
    );
    expect(r.relations).toEqual(['Harbor Front ATTACKED Apex Mining Corp.']);
    expect(r.rules).toEqual(['deed-nominal']);
    expect(run('Dara Venn pleaded guilty to the murder of Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
  });

  it('gives it to the subject of a charge', () => {
    expect(run('Dara Venn faces charges of the murder of Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
  });

  it('marks a denial negated and a claim alleged', () => {
    expect(
      run('The Harbor Front denied responsibility for the killing of Marcus Trell.').marked,
    ).toEqual(['Harbor Front KILLED Marcus Trell negated happened']);
  });

  it('draws nothing from an event noun under any other noun, or one that names its agent', () => {
    expect(run('Dara Venn condemned the attack on the Apex Mining Corp.').relations).toEqual([]);
    expect(
      run('Dara Venn spoke of the aftermath of the murder of Marcus Trell.').relations,
    ).toEqual([]);
    expect(
      run('Dara Venn denied responsibility for the Harbor Front attack on Port Veyra.').relations,
    ).toEqual([]);
  });
});
