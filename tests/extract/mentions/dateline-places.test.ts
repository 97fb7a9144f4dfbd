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
});
