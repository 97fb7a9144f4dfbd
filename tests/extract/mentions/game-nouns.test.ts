import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the other side after a game\'s noun ("a 3-1 win over Hamburg")', () => {
  it('types a town after "win over", "defeat at", "draw with" a club', () => {
    const r = run(
      'Leverkusen moved second with a 3-1 win over Hamburg on Saturday after a goalless draw with Bremen last week.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Hamburg', 'Organization:Bremen']),
    );
    expect(r.entities).not.toContain('Location:Hamburg');
  });

  it("keeps a country after a game's noun a national side, a place", () => {
    expect(run('It was their first win over Argentina in the match series.').entities).toContain(
      'Location:Argentina',
    );
  });

  it("leaves a place after a noun that is no game's a place", () => {
    expect(
      run('The plant won a contract over Hamburg and closed a deal with Bremen.').entities,
    ).toEqual(expect.arrayContaining(['Location:Hamburg', 'Location:Bremen']));
  });
});

describe('the side a tally is for ("21 points for Chicago")', () => {
  it('types a town a player scored or played for a club', () => {
    const r = run(
      'Scott Pippin added 21 points for Chicago in the game, and Jim Kaye won 14 games for Montreal last season.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Chicago', 'Organization:Montreal']),
    );
  });

  it('leaves a town a tally is not for a place', () => {
    expect(
      run('The party won 40 seats in Chicago and gained points in Montreal.').entities,
    ).toEqual(expect.arrayContaining(['Location:Chicago', 'Location:Montreal']));
  });
});
