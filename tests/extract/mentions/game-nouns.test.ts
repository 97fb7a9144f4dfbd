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

describe('more forms of a game', () => {
  it('reads "away to X", "at home to X", "lost on penalties to X" and "X\'s 3-0 victory"', () => {
    const r = run(
      "SOCCER - SCOTTISH LEAGUE\n\nGLASGOW 1996-12-08\n\nHearts are away to Dunfermline next week. Aberdeen lost on penalties to Motherwell. Kilmarnock's 3-0 victory over Raith lifted them off the bottom. Stirling lost 1-0 at home to Arbroath.",
    );
    for (const c of ['Dunfermline', 'Motherwell', 'Kilmarnock', 'Raith', 'Arbroath'])
      expect(r.entities).toContain(`Organization:${c}`);
  });

  it('leaves a town a place a player flew home to', () => {
    expect(
      run('The striker flew home to Paris after the match, and the coach stayed in Lyon.').entities,
    ).toContain('Location:Paris');
  });
});
