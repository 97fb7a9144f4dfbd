import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a common word before a known organisation at a sentence start', () => {
  it('drops "Latest", "Recent" and "Dealers" before "Federal Reserve"', () => {
    for (const s of [
      'Latest Federal Reserve data suggest that rates will fall.',
      'Recent Federal Reserve figures showed a rise in lending.',
      'Dealers Federal Reserve action was expected soon.',
    ]) {
      const { entities } = run(s);
      expect(entities).toContain('Organization:Federal Reserve');
      expect(entities.some((e) => /Latest|Recent|Dealers/.test(e))).toBe(false);
    }
  });

  it('drops it after a dateline too', () => {
    const { entities } = run(
      'NEW YORK, Feb 26 - Latest Federal Reserve data suggest that rates will fall.',
    );
    expect(entities).toContain('Organization:Federal Reserve');
    expect(entities).not.toContain('Organization:Latest Federal Reserve');
  });

  it("keeps a word that opens firms' names before a known name", () => {
    expect(run('Royal Bank of Canada said it cut its rate.').entities).toContain(
      'Organization:Royal Bank of Canada',
    );
    expect(run('National Westminster Bank said profit rose.').entities).toContain(
      'Organization:National Westminster Bank',
    );
  });

  it('keeps a common word that opens a name the gazetteer does not know', () => {
    expect(run('Marine Midland Bank said it raised its prime rate.').entities).toContain(
      'Organization:Marine Midland Bank',
    );
  });
});
