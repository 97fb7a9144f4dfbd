import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name whose apostrophe was parted from the word before it', () => {
  it('is one name through the apostrophe', () => {
    // Text tokenised before it reached us: "O 'Neill" for O'Neill.
    const r = run("Malcolm O 'Neill, the head of the Brisko Agency, spoke.");
    expect(r.entities).toContain("Person:Malcolm O 'Neill");
    expect(r.relations).toContain("Malcolm O 'Neill LEADS Brisko Agency");
    expect(run("Police said Ze 'ev Tamir was hurt.").entities).toEqual(["Person:Ze 'ev Tamir"]);
  });

  it('leaves a clitic and a quotation after a name outside it', () => {
    // (A plural of people keeps its possessive in a body's name: "People 's Party", group-possessives.ts.)
    expect(run("Tom Norland 's Party met.").entities.some((e) => e.includes("'s"))).toBe(false);
    const quoted = run("Tom Reed 'Star Wars' plan was hit.");
    expect(quoted.entities.some((e) => e.includes('Star'))).toBe(false);
  });
});
