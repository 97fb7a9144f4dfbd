import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a given name that is also a word, at the start of a sentence', () => {
  it('keeps "Bill" and "Frank" before a surname in the name', () => {
    expect(run('Bill Guerrin scored twice for the home side.').entities).toContain(
      'Person:Bill Guerrin',
    );
    expect(run('Frank Lindqvist said the deal was done.').entities).toContain(
      'Person:Frank Lindqvist',
    );
  });

  it('leaves the word alone where no name follows', () => {
    const r = run('Frank talks were held in Geneva on Monday.');
    expect(r.entities.some((e) => e.includes('Frank'))).toBe(false);
  });
});
