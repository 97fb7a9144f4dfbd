import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('clubs a player joins or moves between ("signed X from Brondby")', () => {
  it("types the clubs of a transfer in a team sport's story", () => {
    const r = run(
      'SOCCER - TRANSFERS\n\nLONDON 1996-12-08\n\nMiddlesbrough signed Danish defender Jan Nielsen from Brondby for 2 million pounds. Vincenzo Montella joined Genoa on loan.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Middlesbrough',
        'Organization:Brondby',
        'Organization:Genoa',
        'Person:Jan Nielsen',
        'Person:Vincenzo Montella',
      ]),
    );
  });

  it("leaves places people move between outside a team sport's story", () => {
    expect(run('The company moved its offices from Genoa to Milan last year.').entities).toEqual(
      expect.arrayContaining(['Location:Genoa', 'Location:Milan']),
    );
  });
});
