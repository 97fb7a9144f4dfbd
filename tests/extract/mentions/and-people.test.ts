import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"and" after a body\'s "of" phrase', () => {
  it('does not join a person named beside the body into its name', () => {
    const r = run(
      'In physics, Wang Li at the Institute of Applied Optics and Chen Bo at the Institute of Optics won prizes.',
    );
    expect(r.entities).toContain('Organization:Institute of Applied Optics');
    expect(r.entities).toContain('Person:Chen Bo');
    expect(r.entities.some((e) => e.includes('Optics and'))).toBe(false);
  });

  it('keeps the words of a body joined by "and"', () => {
    expect(run('He works for the Department of Health and Human Services.').entities).toContain(
      'Organization:Department of Health and Human Services',
    );
    expect(run('She studied at the College of William and Mary.').entities).toContain(
      'Organization:College of William and Mary',
    );
  });
});
