import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a title word that is a surname too', () => {
  it('names a person when it stands alone and nothing owns it', () => {
    expect(run('Ray is held in prison for the slaying of King.').entities).toContain('Person:King');
    const r = run('The company said Bishop, its former treasurer, left in May.');
    expect(r.entities).toContain('Person:Bishop');
  });

  it('stays a title after an article or a possessive, and before a name', () => {
    expect(run('He bowed to the King.').entities).toEqual([]);
    expect(run("He met Lorania's King in June.").entities).not.toContain('Person:King');
    expect(run('The envoy met King Hussein.').entities).toContain('Person:Hussein');
  });
});
