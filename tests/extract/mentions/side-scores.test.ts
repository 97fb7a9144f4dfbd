import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a side and its score in a team sport\'s story ("Glamorgan 259 and 207")', () => {
  it('types the counties of a cricket scorecard clubs', () => {
    const r = run(
      'CRICKET - COUNTY SCORES\n\nLONDON 1996-08-30\n\nClose of play scores on Friday:\nGlamorgan 259 and 207 (A. Dale 69). Durham 114 and 81-3.\nNottinghamshire 214. Leicestershire 22 points, Somerset 4.',
    );
    for (const club of ['Glamorgan', 'Durham', 'Nottinghamshire', 'Leicestershire', 'Somerset'])
      expect(r.entities).toContain(`Organization:${club}`);
    expect(r.entities).toContain('Person:A. Dale');
  });

  it('keeps national sides places, and a place a preposition brings in', () => {
    const r = run(
      'CRICKET - PAKISTAN WIN\n\nSHARJAH 1996-12-06\n\nPakistan 245 for eight. West Indies 201 all out. In Sharjah 20 people queued all night.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:Pakistan', 'Location:West Indies', 'Location:Sharjah']),
    );
    expect(r.entities).not.toContain('Organization:Sharjah');
  });

  it("reads no score outside a team sport's story", () => {
    expect(run('Durham 114 was the room number, the hotel in Durham said.').entities).not.toContain(
      'Organization:Durham',
    );
  });
});
