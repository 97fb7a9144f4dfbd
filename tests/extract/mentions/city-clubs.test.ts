import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('clubs and teams named after their cities', () => {
  it('types both sides of a results line organisations ("Leeds 2 Arsenal 1")', () => {
    const r = run(
      'Results of English league matches on Saturday: Leeds 2 Arsenal 1, Chelsea 3 Everton 0.',
    );
    for (const club of ['Leeds', 'Arsenal', 'Chelsea', 'Everton'])
      expect(r.entities).toContain(`Organization:${club}`);
    expect(r.entities).not.toContain('Location:Leeds');
  });

  it('types a city that beat, drew with or lost to another side in a sports report', () => {
    expect(run('Tottenham drew with Leeds 1-1 at home.').entities).toEqual(
      expect.arrayContaining(['Organization:Tottenham', 'Organization:Leeds']),
    );
    expect(run('Chicago beat Boston 101-98 in the NBA on Friday.').entities).toEqual(
      expect.arrayContaining(['Organization:Chicago', 'Organization:Boston']),
    );
  });

  it('makes the club of a headline and of the body one organisation, and keeps the dateline a place', () => {
    const r = run(
      'SOCCER - LEEDS BEAT ARSENAL.\nMANCHESTER, England 1996-12-06\nLeeds beat Arsenal 2-0 in the English league on Saturday.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Leeds', 'Organization:Arsenal', 'Location:Manchester']),
    );
  });

  it('leaves a city a place outside a game, a national side its nation, players people', () => {
    expect(run('The mayor of Leeds lost his seat in the election.').entities).toContain(
      'Location:Leeds',
    );
    expect(run('England beat Pakistan by five wickets.').entities).toEqual(
      expect.arrayContaining(['Location:England', 'Location:Pakistan']),
    );
    expect(run('Pete Sampras beat Andre Agassi 6-3 6-4 in the final.').entities).toEqual(
      expect.arrayContaining(['Person:Pete Sampras', 'Person:Andre Agassi']),
    );
  });
});
