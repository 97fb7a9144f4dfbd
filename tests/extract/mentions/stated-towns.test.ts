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

describe("a town the sentence calls a settlement or someone's native place", () => {
  it('is a place the learned passes may not make a person', () => {
    const text = 'Wind fanned a fire near the city of Marsden on Thursday.';
    expect(mention(text, 'Marsden')?.statedTown).toBe(true);
    expect(mention('The village of Ann was flooded.', 'Ann')?.statedTown).toBe(true);
    const native = "The museum stands in Van Dorn's native Kelbrook, north of Albany.";
    const k = mention(native, 'Kelbrook');
    expect(k?.statedTown).toBe(true);
    expect(k && k.votes.Location > k.votes.Person).toBe(true);
    expect(mention('She left her native Tessa for Paris.', 'Tessa')?.statedTown).toBe(true);
    expect(run(text).entities).toContain('Location:Marsden');
  });

  it('leaves a capitalised head, a city council and a native son alone', () => {
    expect(mention('The City of Marsden sued the state.', 'City of Marsden')?.statedTown).toBe(
      undefined,
    );
    expect(mention('A native of Boston, Ann Cole spoke.', 'Ann Cole')?.statedTown).toBe(undefined);
  });
});
