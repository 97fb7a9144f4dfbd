import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The mention written `name` in `text`, as the rules typed it. */
function mention(text: string, name: string) {
  for (const s of readMentions(text)) for (const m of s.mentions) if (m.text === name) return m;
  return undefined;
}

describe('a town written with its state after a preposition', () => {
  it('is a place, however much it looks like a given name', () => {
    const text = 'The Nolan Tool Co. of Warren Lakes, Mich., makes the boxes.';
    const m = mention(text, 'Warren Lakes');
    expect(m?.statedTown).toBe(true);
    expect(m && m.votes.Location > m.votes.Person).toBe(true);
    expect(mention('Ann Cole, 41, of Shirley, Mass., was hurt.', 'Shirley')?.statedTown).toBe(true);
    expect(run(text).entities).toContain('Location:Warren Lakes');
  });

  it('leaves a person, a state the clause goes on with, and a company by its form alone', () => {
    expect(mention('The boxes were made for Ann Cole of Denver.', 'Ann Cole')?.statedTown).toBe(
      undefined,
    );
    expect(
      mention("The letter of Ann Cole, Texas's governor, was read.", 'Ann Cole')?.statedTown,
    ).toBe(undefined);
    expect(mention('Boxes came from Nolan Corp., Dayton, Ohio.', 'Nolan Corp.')?.statedTown).toBe(
      undefined,
    );
  });
});
