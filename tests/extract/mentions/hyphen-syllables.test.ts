import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a given name whose second syllable follows a hyphen', () => {
  it('is one name through the hyphen', () => {
    const r = run('Yoon Jae-kyu met Choi Tae-woo and President Han Sung-hee in Seoul.');
    expect(r.entities).toContain('Person:Yoon Jae-kyu');
    expect(r.entities).toContain('Person:Choi Tae-woo');
    expect(r.entities).toContain('Person:Han Sung-hee');
  });

  it('leaves a word glued to a name a modifier', () => {
    const r = run('The Tom Varley-led group met the Colorado-based firm under a Varley-era rule.');
    expect(r.entities.some((e) => e.includes('-led'))).toBe(false);
    expect(r.entities.some((e) => e.includes('-based'))).toBe(false);
    expect(r.entities.some((e) => e.includes('-era'))).toBe(false);
  });
});
