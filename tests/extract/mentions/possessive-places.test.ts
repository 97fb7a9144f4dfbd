import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The texts of the names the rules find in `text`. */
function names(text: string): string[] {
  return readMentions(text).flatMap((s) => s.mentions.map((m) => m.text));
}

describe("a possessive in a place's own name", () => {
  it('is one name with the place head after it, and makes no owner', () => {
    expect(names("Lincoln was shot at Dorrel's Theater in Washington.")).toContain(
      "Dorrel's Theater",
    );
    const r = run("Lincoln was shot at Ford's Theater in Washington in 1865.");
    expect(r.entities).not.toContain('Organization:Ford');
    expect(r.entities).not.toContain('Person:Ford');
  });

  it("leaves a place's possessive and a longer name to the other rules", () => {
    expect(names("He is held at Tennessee's Brushy Mountain State Prison.")).toContain(
      'Brushy Mountain State Prison',
    );
    expect(names("Iraq's Foreign Ministry said so.")).toContain('Foreign Ministry');
    expect(names("Smith's Hall of Fame speech")).not.toContain("Smith's Hall");
  });
});
