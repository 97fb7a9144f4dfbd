import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"Jan" as a given name', () => {
  it('keeps "Jan" in a name when a surname follows', () => {
    expect(run('Danish defender Jan Nielsen scored twice.').entities).toContain(
      'Person:Jan Nielsen',
    );
  });

  it('reads "Jan" before a number or alone as the month, no name', () => {
    const r = run('On Jan 5 the market fell, and shares were weak in Jan.');
    expect(r.entities.filter((e) => e.includes('Jan'))).toEqual([]);
  });
});
