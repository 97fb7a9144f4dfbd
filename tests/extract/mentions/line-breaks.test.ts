import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('names across a line break', () => {
  it('ends a name where a table line changes case: a league heading, then a row in capitals', () => {
    const r = run(
      'Results of Major League Baseball games on Friday (home team in CAPS):\nAmerican League\nCLEVELAND 5 Seattle 3\nTexas 4 BALTIMORE 2',
    );
    expect(r.entities.some((e) => /^Organization:CLEVELAND$/i.test(e))).toBe(true);
    expect(r.entities.some((e) => /League Cleveland/i.test(e))).toBe(false);
  });

  it('keeps a name whole across a break in wrapped prose of one case', () => {
    const r = run('The bank hired Morgan\nStanley to advise it on the sale, a spokesman said.');
    expect(r.entities.some((e) => e.endsWith(':Morgan Stanley'))).toBe(true);
  });
});

describe('schedule lines', () => {
  const story =
    'BASKETBALL - NBA SCHEDULE\n\nNEW YORK 1996-12-06\n\nNational Basketball Association games on Friday (home team in CAPS):\nNEW YORK AT BOSTON\nSacramento at DENVER\nToronto at CHARLOTTE\n';

  it('makes both sides of a line "X at Y" in a team sport story clubs, and keeps a line apart from the next', () => {
    const r = run(story);
    for (const club of ['Sacramento', 'Denver', 'Toronto', 'CHARLOTTE'])
      expect(r.entities).toContain(`Organization:${club}`);
    expect(r.entities.some((e) => /Denver Toronto/i.test(e))).toBe(false);
  });

  it('leaves a town a town in prose, and outside a team sport story', () => {
    expect(run('SOCCER - FANS ARRIVE\n\nThe fans stayed at a hotel in Denver.').entities).toContain(
      'Location:Denver',
    );
    expect(run('Talks on the trade pact:\nWashington at Geneva\n').entities).not.toContain(
      'Organization:Geneva',
    );
  });
});
