import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The texts of the names the rules find in `text`. */
function names(text: string): string[] {
  return readMentions(text).flatMap((s) => s.mentions.map((m) => m.text));
}

describe("a possessive of people inside a body's name", () => {
  it('keeps "People\'s Party" and "Governors\' Association" whole, as organisations', () => {
    const r = run("Ana Petrova, who leads the Liberal People's Party, spoke in Sofia.");
    expect(r.entities).toContain("Organization:Liberal People's Party");
    expect(r.entities).not.toContain('Person:Liberal People');
    expect(names("She chairs the Western Governors' Association in Denver.")).toContain(
      "Western Governors' Association",
    );
    expect(names("Miners' Union leaders met in Leeds.")).toContain("Miners' Union");
  });

  it('reads the republic named for its people as a place', () => {
    const r = run("The treaty binds the People's Republic of Lorania and its neighbours.");
    expect(r.entities).toContain("Location:People's Republic of Lorania");
  });

  it("leaves a person's possessive, and a people's possessive before a common word, outside", () => {
    expect(names("Putin's Kremlin said no.")).not.toContain("Putin's Kremlin");
    expect(names("The Workers' pay rose.")).not.toContain("Workers' pay");
    // What the body owns is a name of its own: no head of bodies follows the possessive.
    const owned = names("The Union of Grain Dealers' GRAINEX Index rose.");
    expect(owned.some((n) => n.includes("Dealers' GRAINEX"))).toBe(false);
    expect(names("The Federation of Bankers' Associations of Lorania met.")).toContain(
      "Federation of Bankers' Associations of Lorania",
    );
  });
});
