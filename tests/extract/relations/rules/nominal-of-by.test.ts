import { describe, expect, it } from 'vitest';
import { nominalOfBy } from '../../../../src/extract/relations/rules/nominal-of-by.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(nominalOfBy, text);

describe('nominal-of-by: "the assassination of Y by X", "X\'s attack on Y"', () => {
  it('relates the "by" agent of a cue noun to its "of" patient', () => {
    expect(
      run('The assassination of Hector Valdane by Marcus Trell shocked the country.').relations,
    ).toEqual(['Marcus Trell KILLED Hector Valdane']);
  });

  it('takes a possessor as the agent of an attack on a place', () => {
    expect(run("The Sahel Front's attack on Port Veyra failed.").relations).toEqual([
      'Sahel Front ATTACKED Port Veyra',
    ]);
  });

  it('takes the subject of a verb of doing: "carried out an attack on Y"', () => {
    expect(run('The Sahel Front carried out an attack on Port Veyra.').relations).toEqual([
      'Sahel Front ATTACKED Port Veyra',
    ]);
  });

  it('does not make the one who denies or investigates a killing its agent', () => {
    expect(run('Marcus Trell denied the murder of Hector Valdane.').relations).toEqual([]);
    expect(run('Police investigated the murder of Hector Valdane.').relations).toEqual([]);
  });
});
