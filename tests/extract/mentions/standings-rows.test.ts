import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('standings rows', () => {
  it('types the name of each row of a league table a club, rows apart or run together', () => {
    const apart = run(
      'Standings after Saturday (played, won, drawn, lost, goals for, against, points):\n\nArsenal 17 9 5 3 32 16 32\n\nLiverpool 17 9 5 3 28 16 32\n\nManchester United 16 8 5 3 31 22 29',
    );
    expect(apart.entities).toEqual(
      expect.arrayContaining([
        'Organization:Arsenal',
        'Organization:Liverpool',
        'Organization:Manchester United',
      ]),
    );
    const joined = run(
      'Standings: Arsenal 17 9 5 3 32 16 32\nLiverpool 17 9 5 3 28 16 32\nNewcastle 16 9 3 4 28 18 30',
    );
    for (const club of ['Arsenal', 'Liverpool', 'Newcastle'])
      expect(joined.entities).toContain(`Organization:${club}`);
  });

  it('reads rows of wins, losses and a winning share, and an ice hockey row', () => {
    const r = run(
      'Standings after Thursday:\n\nMiami 14 5 .737 -\n\nNew York 13 6 .684 1\n\nPhiladelphia 15 10 3 87 75 33',
    );
    for (const club of ['Miami', 'New York', 'Philadelphia'])
      expect(r.entities).toContain(`Organization:${club}`);
  });

  it('leaves a country a place, a golfer a person, and a town with fewer figures a town', () => {
    expect(run('Group two standings:\n\nItaly 3 2 1 0 5 2 7').entities).toContain('Location:Italy');
    expect(run('Leading scores:\n\nErnie Els 70 68 72 70 280').entities).toContain(
      'Person:Ernie Els',
    );
    expect(run('Population figures:\n\nLiverpool 1981 1991').entities).not.toContain(
      'Organization:Liverpool',
    );
  });
});

describe('standings rows under a heading', () => {
  it("reads rows that open a line under a division's heading", () => {
    const r = run(
      "NBA standings after Thursday's games (won, lost, percentage, games behind):\nEASTERN CONFERENCE\nATLANTIC DIVISION\nMIAMI 14 4 .778 -\nNEW YORK 12 6 .667 2\nCENTRAL DIVISION\nCHICAGO 17 1 .944 -\nDETROIT 14 3 .824 2 1/2",
    );
    for (const club of ['Miami', 'Chicago', 'Detroit'])
      expect(r.entities).toContain(`Organization:${club}`);
  });

  it('ends a row at its line, before a division heading in capitals', () => {
    const r = run(
      'BASKETBALL - NBA STANDINGS\n\nStandings after Thursday (won, lost, share, games behind):\nATLANTIC DIVISION\nMIAMI 14 4 .778 -\nORLANDO 8 8 .500 5\nCENTRAL DIVISION\nCHICAGO 17 1 .944 -\n',
    );
    expect(r.entities.some((e) => /^Organization:orlando$/i.test(e))).toBe(true);
  });
});
