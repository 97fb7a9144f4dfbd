import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { run } from './helpers.js';

describe('sentences', () => {
  it('splits a dateline that ends its line off the sentence under it, with exact offsets', () => {
    const text =
      'SOCCER - LEEDS HELD AT HOME.\nMANCHESTER, England 1996-12-06\nLeeds were held 0-0 by Blackburn on Saturday.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'SOCCER - LEEDS HELD AT HOME.',
      'MANCHESTER, England 1996-12-06',
      'Leeds were held 0-0 by Blackburn on Saturday.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('keeps a date inside a line in its sentence', () => {
    expect(splitSentences('The deal signed in Leeds on 1996-12-06\nclosed later.')).toHaveLength(1);
  });

  it('keeps the dateline town a place', () => {
    expect(
      run('MANCHESTER, England 1996-12-06\nThe mayor of Leeds opened a school on Friday.').entities,
    ).toEqual(
      expect.arrayContaining(['Location:Manchester', 'Location:England', 'Location:Leeds']),
    );
  });
});

describe('sentences at blank lines', () => {
  it('still splits at a blank line after a date that is no dateline', () => {
    expect(splitSentences('The deal was signed on 1996-12-06\n\nIt closed later')).toHaveLength(2);
  });
});

describe('sentences at an indented line (a paragraph of wire copy)', () => {
  const moved =
    'TULSA, Okla., May 4 - Brindle Corp said its plant will move to Ardmore, Okla., from Salina, Kan.\n    Brindle said the move saves money.';

  it('ends the sentence at a state abbreviation whose next word opens an indented line', () => {
    expect(splitSentences(moved).map((x) => x.text)).toEqual([
      'TULSA, Okla., May 4 - Brindle Corp said its plant will move to Ardmore, Okla., from Salina, Kan.',
      'Brindle said the move saves money.',
    ]);
  });

  it('ends it at a firm name ending in initials, too', () => {
    expect(
      splitSentences('Brindle will buy Harlow Savings Bank, N.A.\n    Harlow has four branches.'),
    ).toHaveLength(2);
  });

  it('keeps a title with the name on the indented line', () => {
    expect(splitSentences('The award went to Dr.\n    Ann Roe of Leeds.')).toHaveLength(1);
  });

  it('keeps the state a place of its town, not part of a person named by the next paragraph', () => {
    const r = run(moved);
    expect(r.entities).not.toContain('Person:Kan. Brindle');
    expect(r.relations).toContain('Salina LOCATED_IN Kansas');
  });
});
