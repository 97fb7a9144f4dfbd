import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { loadCaseModel, truecase } from '../../../src/extract/text/truecase.js';
import { run } from '../helpers.js';

const cased = (text: string) => truecase(text, { lex: loadLexicon(), model: loadCaseModel() });

const SCHEDULE =
  'BASKETBALL - NBA SCHEDULE\n\nNEW YORK 1996-12-06\n\nGames of the National Basketball Association on Sunday (home team in CAPS):\nNEW YORK AT BOSTON\nORLANDO AT MIAMI\nSacramento at DENVER\n';

const RESULTS =
  'BASEBALL - RESULTS\n\nResults of Major League Baseball games played on Saturday (home team in CAPS):\nNational League\nDALLAS 3 HOUSTON 1\nNEW YORK 4 BOSTON 2\n';

describe('table lines in capitals', () => {
  it('keeps both sides of a schedule or results line in capitals as names', () => {
    expect(cased(SCHEDULE)).toContain('\nNew York at Boston\nOrlando at Miami\n');
    expect(cased(RESULTS)).toContain('\nDallas 3 Houston 1\nNew York 4 Boston 2\n');
  });

  it('finds both clubs of each line, and keeps one line apart from the next', () => {
    const has = (entities: string[], club: string) =>
      entities.some((e) => e.toLowerCase() === `organization:${club}`);
    const s = run(SCHEDULE).entities;
    for (const club of ['new york', 'boston', 'orlando', 'miami']) expect(has(s, club)).toBe(true);
    expect(s.some((e) => /boston orlando/i.test(e))).toBe(false);
    const r = run(RESULTS).entities;
    for (const club of ['dallas', 'houston', 'new york', 'boston']) expect(has(r, club)).toBe(true);
  });

  it('reads a short headline of prose as before: word by word', () => {
    // A side that is no known name and holds dictionary words: not a table line.
    expect(
      cased(
        'PROFITS AT RECORD\n\nThe company said on Tuesday that its profits rose sharply in the year.',
      ),
    ).toMatch(/^profits at record/i);
    expect(
      cased(
        'PROFITS AT RECORD\n\nThe company said on Tuesday that its profits rose sharply in the year.',
      ),
    ).not.toContain('Record');
    expect(
      cased(
        'SHARES UP 5 PCT\n\nShares of the company rose on Tuesday after it said profits would rise.',
      ),
    ).toContain('shares up 5 pct');
  });
});
