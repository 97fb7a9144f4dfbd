import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a title inside a run of capitals', () => {
  it('splits the body the title is of from the person after it', () => {
    const r = run(
      'The deputies were greeted by Varnistan State Duma Deputy Konstantin Zavolin on Monday.',
    );
    const p = r.entity('Konstantin Zavolin');
    expect(p?.type).toBe('Person');
    expect(p?.titles).toContain('Deputy');
    expect(r.entities.some((e) => e.includes('Duma Deputy'))).toBe(false);
    const u = run(
      'The debt exasperated U.N. Secretary-General Javier Morales de Quintal last week.',
    );
    expect(u.entities).toContain('Person:Javier Morales de Quintal');
    expect(u.entities).toContain('Organization:United Nations');
  });

  it('does not split after common words or before words a dictionary knows', () => {
    const r = run('U.S. Bankruptcy Judge Harold Abramsky said creditors would be paid.');
    expect(r.entities).not.toContain('Organization:Bankruptcy');
    const c = run('Acme Credit Director Sales Office staff met on Monday.');
    expect(c.entities.some((e) => e.startsWith('Person:Sales'))).toBe(false);
  });
});
