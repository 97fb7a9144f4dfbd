import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a sentence opener that is a common word, before a verb done only to or by people', () => {
  it('names a person as the subject of a harm, arrest or birth passive', () => {
    expect(run('Booth was arrested in Virginia.').entities).toContain('Person:Booth');
    expect(run('King was shot by Walter Penn in Memphis.').entities).toContain('Person:King');
    expect(run('Booth was born in Maryland.').entities).toContain('Person:Booth');
  });

  it('names a person who shoots or stabs someone named', () => {
    expect(run('Ruby fatally shot Tomas Hollis on the steps.').entities).toContain('Person:Ruby');
  });

  it('leaves plurals, group heads and other verbs as common words', () => {
    expect(run('Police shot Mark Hollis in Dallas.').entities).not.toContain('Person:Police');
    expect(run('Troops shot Mark Hollis in Dallas.').entities).not.toContain('Person:Troops');
    expect(run('Ruby was mined in the hills.').entities).toEqual([]);
    expect(run('Fire killed Anna Wells in Boston.').entities).not.toContain('Person:Fire');
  });

  it('names a person whose own clause goes on to shoot someone named', () => {
    const r = run('Ruby crept into the back of the hall and shot Tomas Hollis in the chest.');
    expect(r.entities).toContain('Person:Ruby');
    expect(r.relations).toContain('Ruby KILLED Tomas Hollis');
    expect(
      run('Ruby hid in a barn for two days after shooting Tomas Hollis in Dallas.').entities,
    ).toContain('Person:Ruby');
  });

  it('leaves a noun of people before such a deed a common word', () => {
    expect(run('Gunman sneaked into the house and shot Tomas Hollis.').entities).not.toContain(
      'Person:Gunman',
    );
  });
});
