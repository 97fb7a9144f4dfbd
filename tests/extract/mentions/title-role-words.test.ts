import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a role word left over after a title', () => {
  it('is no person: "Deputy General Manager of", "Chief Inspector of"', () => {
    const a = run('Rates will fall, said Mari Tanaka, Deputy General Manager of Fuji Bank.');
    expect(a.entities).toContain('Person:Mari Tanaka');
    expect(a.entities).not.toContain('Person:Manager');
    const b = run('Chief Inspector of Mines Ali Osman told reporters that output rose.');
    expect(b.entities).not.toContain('Person:Inspector');
  });

  it('is no person after a country either: "the U.S. Trade Representative"', () => {
    const { entities } = run('The U.S. Trade Representative said the talks would go on.');
    expect(entities).toContain('Location:United States');
    expect(entities.some((e) => e.startsWith('Person:'))).toBe(false);
  });

  it('leaves a titled name a person', () => {
    expect(run('Deputy Governor Ali Osman said so.').entities).toContain('Person:Ali Osman');
    expect(run('Chief Inspector Morse arrived.').entities).toContain('Person:Morse');
  });
});
