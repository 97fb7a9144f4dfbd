import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('dotted company suffixes', () => {
  it('reads "A.G." and "N.A." as company forms, not initials', () => {
    const r = run(
      'The subsidiary of Marwald A.G. said the plant will close. Third Keystone Bank N.A. said it will add a card.',
    );
    expect(r.entities).toContain('Organization:Marwald A.G.');
    expect(r.entities).not.toContain('Person:Marwald A.G.');
    expect(r.entities).toContain('Organization:Third Keystone Bank N.A.');
  });
});
