import { describe, expect, it } from 'vitest';
import { inPartOf } from '../../../../src/extract/relations/rules/in-part-of.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(inPartOf, text);

describe('in-part-of: "X in the southeastern part of Y"', () => {
  it('puts a place in the place whose part the phrase after it names, and names itself', () => {
    const r = run('Troops rescued 2,000 people in Bugesera in the southeastern part of Rwanda.');
    expect(r.relations).toEqual(['Bugesera LOCATED_IN Rwanda']);
    expect(r.rules).toEqual(['in-part-of']);
  });

  it('reads a kind of place, a direction and a comma before "in"', () => {
    expect(run('Rebels attacked Kirkuk in the northern province of Tamim.').relations).toEqual([
      'Kirkuk LOCATED_IN Tamim',
    ]);
    expect(run('Fighting spread to Kirkuk, in the north of Iraq.').relations).toEqual([
      'Kirkuk LOCATED_IN Iraq',
    ]);
  });

  it('puts no group or person there, and reads no phrase that follows no place', () => {
    expect(run('Acme Corp opened a plant in the north of Iraq.').relations).toEqual([]);
    expect(run('Tom Reed met Dara Venn in the north of Iraq.').relations).toEqual([]);
    expect(run('Kirkuk was shelled on Monday in the north of Iraq.').relations).toEqual([]);
  });
});
