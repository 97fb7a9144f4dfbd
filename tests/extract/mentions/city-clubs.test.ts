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

describe('results lines', () => {
  it('reads a results line with the scorers in brackets, with points, and with a state for a side', () => {
    const r = run(
      'Results on Saturday:\n\nChelsea 2 (Zola 34, Vialli 60) Everton 1 (Kanchelskis 80)\n\nChicago 101 Boston 98\n\nNEW YORK 5 Seattle 3\n\nBoston 4 MINNESOTA 2',
    );
    for (const club of ['Chelsea', 'Everton', 'Chicago', 'Boston', 'Seattle', 'Minnesota'])
      expect(r.entities).toContain(`Organization:${club}`);
    expect(r.entities).toContain('Person:Zola');
  });

  it('keeps a dateline town a place beside the club named after it', () => {
    const r = run(
      'LEEDS, England 1996-12-07\n\nResults of English league matches on Saturday:\n\nLeeds 0 Blackburn 0\n\nLeeds manager George Graham said his side had lacked ideas.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:Leeds', 'Organization:Leeds', 'Organization:Blackburn']),
    );
  });
});

describe('score and venue forms of a game', () => {
  it('reads the side after a score: "drew 3-3 with", "lost 2-0 at home to", "lost 1-0 at"', () => {
    const r = run(
      'Leeds drew 3-3 with Chelsea on Saturday. Everton lost 2-1 at home to Southampton and Bayern Munich lost 1-0 at Bochum.',
    );
    for (const club of ['Leeds', 'Chelsea', 'Everton', 'Southampton', 'Bochum'])
      expect(r.entities).toContain(`Organization:${club}`);
  });
});

describe('more sides of a verb', () => {
  it('reads the agent of a passive club verb ("beaten 2-0 by Nottingham Forest")', () => {
    const r = run('Newcastle were beaten 2-0 by Nottingham Forest in the league on Sunday.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Newcastle', 'Organization:Nottingham Forest']),
    );
    expect(run('The bill was beaten by Boston lawmakers at home this season.').entities).toContain(
      'Location:Boston',
    );
  });

  it('reads the side a player led in a team sport\'s story ("led Utah with 24 points")', () => {
    const r = run(
      'NBA BASKETBALL - JAZZ LOSE\n\nSALT LAKE CITY 1996-12-06\n\nKarl Malone led Utah with 24 points.',
    );
    expect(r.entities).toEqual(expect.arrayContaining(['Organization:Utah', 'Person:Karl Malone']));
    expect(run('Governor Mike Leavitt led Utah through the budget talks.').entities).toContain(
      'Location:Utah',
    );
  });
});
