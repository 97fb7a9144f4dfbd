import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a department word opening a title, in either spelling', () => {
  it('is part of the title, not a body the person leads: "Labour Minister X" as "Labor Minister X"', () => {
    for (const dept of ['Labour', 'Labor', 'Defence']) {
      const a = run(`${dept} Minister Tomas Ferreira said the strike would end.`);
      expect(a.entities).toEqual(['Person:Tomas Ferreira']);
      expect(a.relations).toEqual([]);
    }
  });

  it('keeps a body before a title its owner: "Senate Majority Leader X"', () => {
    const a = run('Senate Majority Leader Tomas Ferreira said the bill would pass.');
    expect(a.entities).toContain('Organization:Senate');
    expect(a.relations).toContain('Tomas Ferreira LEADS Senate');
  });
});
