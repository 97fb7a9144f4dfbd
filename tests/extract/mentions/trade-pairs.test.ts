import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('two trade words of one firm joined by "and"', () => {
  it('keeps "X Oil and Gas Co" and "X Mining and Smelter Corp" whole', () => {
    const r = run(
      'The debt of Pellam Oil and Gas Co was cut. Norvale owns 63 pct of ' +
        'Dunmore Mining and Smelter Corp, it said.',
    );
    expect(r.entities).toContain('Organization:Pellam Oil and Gas Co');
    expect(r.entities).toContain('Organization:Dunmore Mining and Smelter Corp');
    expect(r.entities).not.toContain('Organization:Smelter Corp');
  });

  it('keeps two firms apart when the second is a name, not a trade', () => {
    const r = run('Talks between Harbeck Motors and Quillon Corp failed, the companies said.');
    expect(r.entities).not.toContain('Organization:Harbeck Motors and Quillon Corp');
    expect(r.entities).toContain('Organization:Quillon Corp');
  });
});
