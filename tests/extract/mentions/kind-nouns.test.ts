import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("a group's noun right before a name", () => {
  it('types a firm named like a person as the firm: "the brokerage firm Walter Brandt"', () => {
    for (const s of [
      'He once headed the brokerage firm Walter Brandt and later joined the cabinet.',
      'The deal was arranged by the bank Morton Keller, dealers said.',
    ])
      expect(run(s).entities.some((e) => e.startsWith('Organization:'))).toBe(true);
  });

  it('does not read a verb as the noun: "may force Walter Brandt out"', () => {
    const { entities } = run('The tax may force Walter Brandt out of office, his aides said.');
    expect(entities).toContain('Person:Walter Brandt');
  });
});
