import { describe, expect, it } from 'vitest';
import { diedInAttack } from '../../../../src/extract/relations/rules/died-in-attack.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(diedInAttack, text);

describe('died-in-attack: "X died in an attack by Y"', () => {
  it('makes the one who struck the killer of the one who died, and names itself', () => {
    const r = run('Tom Reed died in an attack by the Sahel Front.');
    expect(r.relations).toEqual(['Sahel Front KILLED Tom Reed']);
    expect(r.rules).toEqual(['died-in-attack']);
  });

  it('reads a striker named before the event noun, and the passive "was killed"', () => {
    expect(run('Tom Reed died in a Norland airstrike on Monday.').relations).toEqual([
      'Norland KILLED Tom Reed',
    ]);
    expect(
      run('Tom Reed, killed in an American airstrike, was buried on Monday.').relations,
    ).toEqual(['United States KILLED Tom Reed']);
  });

  it('kills no one from where one died or from an event with no striker', () => {
    expect(run('Tom Reed died in Norland in 1980.').relations).toEqual([]);
    expect(run('Tom Reed died in a car crash in Norland.').relations).toEqual([]);
  });
});
