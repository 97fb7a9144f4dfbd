import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a team sport headline names clubs ("SOCCER - NEWCASTLE SLUMP CONTINUES")', () => {
  it('types a town the headline names after its sport a club, here and in the story', () => {
    const r = run(
      "SOCCER - NEWCASTLE SLUMP CONTINUES\n\nLONDON 1996-12-08\n\nNewcastle's title hopes suffered another blow on Sunday.",
    );
    expect(r.entities).toContain('Organization:Newcastle');
    expect(r.entities).not.toContain('Location:Newcastle');
    expect(r.entities).toContain('Location:London');
  });

  it('types a name no list knows a club when it is a side of the game', () => {
    const r = run(
      'SOCCER - JUVENTUS TOP GROUP\n\nISTANBUL 1996-12-04\n\nJuventus beat Fenerbahce 2-0 on Wednesday to top group C.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Juventus', 'Organization:Fenerbahce']),
    );
  });

  it('keeps countries national sides, a place after "in" a place, and players people', () => {
    const r = run(
      'SOCCER - ENGLAND WIN IN GEORGIA\n\nTBILISI 1996-11-09\n\nEngland beat Georgia 2-0 in a World Cup qualifier on Saturday. Striker Alan Brennan scored twice and Brennan beat two defenders for the second.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:England', 'Location:Georgia', 'Person:Alan Brennan']),
    );
    expect(r.entities).not.toContain('Organization:Georgia');
    expect(r.entities).not.toContain('Organization:Brennan');
  });

  it('leaves a tennis or golf headline to its players and places', () => {
    const r = run(
      'TENNIS - KOVAC BEATS LINDQVIST IN MUNICH\n\nMUNICH 1996-12-05\n\nPetar Kovac beat Erik Lindqvist 6-3 6-4 in Munich on Thursday.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Person:Petar Kovac', 'Person:Erik Lindqvist', 'Location:Munich']),
    );
  });
});

describe("sides of a game in a team sport's story", () => {
  it('reads "travel to" and "host" though the parser takes the verb for a noun', () => {
    const r = run(
      'SOCCER - WEEKEND FIXTURES\n\nLONDON 1996-12-06\n\nWimbledon travel to Sunderland while Derby host Coventry.',
    );
    for (const club of ['Wimbledon', 'Sunderland', 'Derby', 'Coventry'])
      expect(r.entities).toContain(`Organization:${club}`);
  });
});

describe('a league before the sport in the headline ("NHL ICE HOCKEY -")', () => {
  it("reads the sport after a league's name", () => {
    const r = run(
      'NBA BASKETBALL - BULLS ROLL ON\n\nCHICAGO 1996-12-06\n\nScottie Pippen scored 30 points as Chicago beat Utah. Utah coach Jerry Sloan was angry.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Chicago', 'Organization:Utah', 'Location:Chicago']),
    );
  });
});
