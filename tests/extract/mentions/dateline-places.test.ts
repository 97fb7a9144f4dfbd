import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name alone on a dateline line', () => {
  it('types "UNITED NATIONS 1996-12-11" a place, and the body\'s United Nations an organisation', () => {
    const r = run(
      'U.N. EXTENDS MISSION\n\nUNITED NATIONS 1996-12-11\n\nThe Security Council voted to extend the mission. The United Nations said the force would stay.',
    );
    expect(
      r.x.entities.some((e) => e.type === 'Location' && e.name.toUpperCase() === 'UNITED NATIONS'),
    ).toBe(true);
    expect(r.entities).toContain('Organization:United Nations');
  });

  it('types the town of "TOWN, Region, Month Day -" a place, whatever the region', () => {
    for (const [story, town] of [
      ['MORVEL SEES LOSS\n\nKOVANA, Ontario, March 4 - Morvel Ltd said sales fell.', 'Kovana'],
      [
        'DAVOR TO BUY UNIT\n\nBRENLOCK, West Germany, March 2 - Davor AG said it will buy a unit.',
        'Brenlock',
      ],
      [
        'TESCAN SEES PROFIT\n\nALDER PRAIRIE, Minn., March 5 - Tescan Inc said profit rose.',
        'Alder Prairie',
      ],
    ] as const) {
      const r = run(story);
      expect(
        r.x.entities.some(
          (e) => e.type === 'Location' && e.name.toLowerCase() === town.toLowerCase(),
        ),
      ).toBe(true);
      expect(r.x.entities.some((e) => e.type === 'Person')).toBe(false);
    }
  });

  it('does not read a sentence that only opens with a name and a place as a dateline', () => {
    const r = run('Kovana, Ontario, is where Morvel Ltd was founded by Ann Tilby.');
    expect(r.entities).toContain('Person:Ann Tilby');
  });
});
