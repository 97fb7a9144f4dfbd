import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a compound of demonyms before a name: "Cuban-American Carlos Varela"', () => {
  it("keeps the compound out of the person's name", () => {
    const r = run('The race was won by Cuban-American Carlos Varela, a Miami lawyer.');
    expect(r.entities).toContain('Person:Carlos Varela');
    expect(r.entities).not.toContain('Person:Cuban-American Carlos Varela');
    expect(r.relations).toContain('Carlos Varela LIVES_IN Miami');
    expect(run('Irish-American Thomas Keane led the parade on Sunday.').entities).toEqual([
      'Person:Thomas Keane',
    ]);
  });

  it("keeps it in a group's name that a head of groups closes", () => {
    expect(run('The Japanese-American Citizens League met in Denver.').entities).toContain(
      'Organization:Japanese-American Citizens League',
    );
  });
});
