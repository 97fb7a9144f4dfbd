import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a possessive that owns nothing', () => {
  it('makes the name a firm\'s: "rated by Moody\'s and"', () => {
    const r = run("The issue is rated A-2 by Dunmore's and AA by another agency.");
    expect(r.entities).toContain("Organization:Dunmore's");
    expect(r.entities).not.toContain('Person:Dunmore');
  });

  it("reads a firm's possessive at the start of a sentence", () => {
    const r = run("Dunmore's said the outlook for the company was stable.");
    expect(r.entities).toContain("Organization:Dunmore's");
  });

  it('leaves a genitive that owns something alone', () => {
    const r = run("Lena Varga's husband said Varga's car was stolen in Oakdale.");
    expect(r.entities).toContain('Person:Lena Varga');
    expect(r.entities.some((e) => e.includes("'s"))).toBe(false);
  });
});
