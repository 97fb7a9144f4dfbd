import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';

describe('tokenize', () => {
  it('splits possessives and X-backed compounds, keeps hyphenated names and abbreviations', () => {
    const t = tokenize("Iran's Chad-backed al-Rashid Gibbons-Neff U.S. Fla. Gen. J. Smith").map(
      (x) => x.text,
    );
    expect(t).toEqual([
      'Iran',
      "'s",
      'Chad',
      '-',
      'backed',
      'al-Rashid',
      'Gibbons-Neff',
      'U.S.',
      'Fla.',
      'Gen.',
      'J.',
      'Smith',
    ]);
  });

  it('gives offsets into the document', () => {
    const text = 'xx Hello, world.';
    for (const t of tokenize(text.slice(3), 3)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
