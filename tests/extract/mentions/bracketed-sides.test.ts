import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a player\'s side in brackets ("Alan Shearer (Newcastle)")', () => {
  it("types the town in brackets after a player a club in a team sport's story", () => {
    const r = run(
      'SOCCER - LEADING SCORERS\n\nLONDON 1996-12-08\n\nLeading goalscorers:\n12 - Alan Shearer (Newcastle), Ian Wright (Arsenal)\n10 - Fabrizio Ravanelli (Middlesbrough)',
    );
    for (const club of ['Newcastle', 'Arsenal', 'Middlesbrough'])
      expect(r.entities).toContain(`Organization:${club}`);
    expect(r.entities).toContain('Person:Alan Shearer');
  });

  it("keeps a country in brackets a place, and a golfer's town a place", () => {
    expect(
      run('SOCCER - WORLD CUP SCORERS\n\nPARIS 1996-12-08\n\nScorers: Jurgen Klinsmann (Germany) 3')
        .entities,
    ).toContain('Location:Germany');
    expect(
      run('GOLF - LEADING SCORES\n\nSYDNEY 1996-12-06\n\n135 Craig Pellow (Melbourne) 68 67')
        .entities,
    ).not.toContain('Organization:Melbourne');
  });
});
