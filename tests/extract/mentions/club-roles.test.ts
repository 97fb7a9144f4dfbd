import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a club before a player\'s or coach\'s role ("Leeds manager X")', () => {
  it('types the town before a club role and a name a club in a sports story', () => {
    const r = run(
      "Liverpool defender Rob Jonas will be fit for Saturday's match, the club said. Valencia coach Luis Ortega said his side had made three mistakes in the game.",
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Liverpool',
        'Organization:Valencia',
        'Person:Rob Jonas',
        'Person:Luis Ortega',
      ]),
    );
  });

  it('keeps a country before a role its national side, a place', () => {
    expect(
      run('England coach Glenn Holden named his squad for the World Cup match.').entities,
    ).toContain('Location:England');
  });

  it('leaves a town a place outside sport, and without a person after the role', () => {
    expect(run('Liverpool council leader Frank Hale said taxes would rise.').entities).toContain(
      'Location:Liverpool',
    );
    expect(run('The Liverpool manager market grew by 3 percent last year.').entities).not.toContain(
      'Organization:Liverpool',
    );
    // A chairman or an owner is a club's only in a team sport's story.
    expect(
      run('Boston chairman John Hale said the home season of the opera would open in May.')
        .entities,
    ).toContain('Location:Boston');
  });
});

describe('a club\'s possessive before its player ("Sampdoria\'s Vincenzo Montella")', () => {
  it("types the name whose possessive a player's full name follows a club in a team sport's story", () => {
    const r = run(
      "SOCCER - ITALIAN LEAGUE\n\nROME 1996-12-08\n\nSampdoria's Vincenzo Montella scored twice on Sunday.",
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Sampdoria', 'Person:Vincenzo Montella']),
    );
  });

  it("keeps a country's possessive a place", () => {
    expect(
      run("SOCCER - WORLD CUP\n\nROME 1996-12-08\n\nItaly's Paolo Maldini was injured.").entities,
    ).toContain('Location:Italy');
  });
});
