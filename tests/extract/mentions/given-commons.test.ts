import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a common word that is a given name too', () => {
  it("opens a person's name inside a sentence before a capitalised surname", () => {
    const r = run('In 1901, humorist Will Tanner was born in Oologah, Okla.');
    expect(r.entities).toContain('Person:Will Tanner');
    expect(r.entities).not.toContain('Person:Tanner');
    expect(run('"It grew," said horticulture Professor Will Corwin.').entities).toContain(
      'Person:Will Corwin',
    );
  });

  it("keeps its common reading first in a sentence and in a headline's capitals", () => {
    expect(run('Will Congress act on the bill?').entities).not.toContain('Person:Will Congress');
    const r = run('Exports Will Rise, the ministry said.');
    expect(r.entities.some((e) => e.includes('Will'))).toBe(false);
  });
});
