import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/extract/entities/in-document.js';
import { analyseRelations } from '../../../src/extract/extract.js';
import { knownApart, knownOutside, twoStates } from '../../../src/extract/places.js';
import { dropOutsidePlaces } from '../../../src/extract/relations/outside-place.js';
import type { FoundRelation } from '../../../src/extract/relations/types.js';

/** Every relation extraction keeps, rules and pair model, as "Source TYPE Target". */
function run(text: string): string[] {
  const { clusters, found } = analyseRelations(text);
  return found.map(
    (r) => `${clusters[r.source]?.name ?? '?'} ${r.type} ${clusters[r.target]?.name ?? '?'}`,
  );
}

// A place is not in a country the gazetteer knows every town of its name to lie outside.
describe('a known town placed in a country it is not in', () => {
  it('is dropped', () => {
    // The rules read "Dalian, U.S." as a town and its country; the filter drops it.
    expect(
      run(
        'Speaking in the coastal city of Dalian, U.S. Trade Representative Ann Lee said the talks went well.',
      ),
    ).not.toContain('Dalian LOCATED_IN United States');
    expect(run('The talks in Shanghai, United States officials said, went well.')).not.toContain(
      'Shanghai LOCATED_IN United States',
    );
    expect(knownOutside('Shanghai', 'United States')).toBe(true);
    expect(knownOutside('London', 'Argentina')).toBe(true);
  });

  it('is kept when a town of that name lies in the country', () => {
    expect(run('The plant is in Athens, Greece, near the port.')).toContain(
      'Athens LOCATED_IN Greece',
    );
    expect(knownOutside('Athens', 'Greece')).toBe(false);
  });

  it('is kept for a state, whose small towns the gazetteer may lack', () => {
    expect(run('LIVERPOOL, N.Y., March 4 - The firm said profit rose.')).toContain(
      'Liverpool LOCATED_IN New York',
    );
    expect(run('The ship docked at Savannah, Georgia, on Monday.')).toContain(
      'Savannah LOCATED_IN Georgia',
    );
  });

  it('is kept for a town the gazetteer does not know well', () => {
    expect(knownOutside('Salida', 'Canada')).toBe(false);
  });
});

// A US state is in no other state, and a sovereign country in no other country.
describe('a region placed in another region that cannot hold it', () => {
  it('is dropped: a state in a state, a country in a country', () => {
    // x-of-y reads "in New York" as where New Jersey lies; the filter drops it.
    const found = run(
      'The utility serves a town in Vermont, three towns in New Jersey and Essex County in New York.',
    );
    expect(found).not.toContain('New Jersey LOCATED_IN New York');
    expect(found).toContain('Essex County LOCATED_IN New York');
    expect(knownApart('Mississippi', 'Louisiana')).toBe(true);
    expect(knownApart('South Africa', 'Kenya')).toBe(true);
  });

  it('is kept for a state in its country and a town in its state', () => {
    expect(knownApart('Texas', 'United States')).toBe(false);
    expect(knownApart('Georgia', 'United States')).toBe(false);
    expect(run('The ship docked at Savannah, Georgia, on Monday.')).toContain(
      'Savannah LOCATED_IN Georgia',
    );
  });

  it('is kept for a dependency, and for a country the gazetteer does not hold', () => {
    expect(knownApart('Puerto Rico', 'United States')).toBe(false);
    expect(knownApart('Serbia', 'Yugoslavia')).toBe(false);
    expect(knownApart('Latvia', 'Soviet Union')).toBe(false);
  });
});

// A country's embassy or consulate lies where it is posted, not in the country that sends it.
describe("a country's post abroad placed in that country", () => {
  it('is dropped, and the post keeps the place it is in', () => {
    const found = run("Protesters gathered outside Britain's embassy in Tehran on Monday.");
    expect(found).not.toContain('United Kingdom Embassy LOCATED_IN United Kingdom');
    expect(found).toContain('United Kingdom Embassy LOCATED_IN Tehran');
    expect(
      run("An official at France's consulate in Boston said visas were delayed."),
    ).not.toContain('France Consulate LOCATED_IN France');
  });

  it("is kept for a country's other facilities", () => {
    expect(run("Flights left Peru's main airport on time.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/LOCATED_IN Peru$/)]),
    );
  });
});

/** A LOCATED_IN edge of sentence 0 between clusters `s` and `t`, by rule `rule`. */
const edge = (s: number, t: number, rule: string): FoundRelation => ({
  source: s,
  target: t,
  type: 'LOCATED_IN',
  from: 0,
  to: 0,
  confidence: 0.5,
  rule,
  polarity: 'asserted',
  modality: 'happened',
  attributedTo: [],
  anchor: -1,
});

/** Clusters of places by name, as the filter reads them. */
const places = (...names: string[]) =>
  names.map((name) => ({ name, type: 'Location', mentions: [] })) as unknown as Cluster[];

// A place a rule puts somewhere is not where the pair model guesses, when the gazetteer says
// the two places are apart ("at Laramie, Wyo., and Durango, Colo.": Laramie is not in Colorado).
describe("the pair model's place for a town a rule already placed", () => {
  it("is dropped when it lies apart from the rule's place", () => {
    const cl = places('Jackson', 'Wyoming', 'Colorado');
    const kept = dropOutsidePlaces(cl, [edge(0, 1, 'window-adjacency'), edge(0, 2, 'pair-model')]);
    expect(kept.map((r) => r.target)).toEqual([1]);
    const post = places('Brazilian Embassy', 'London', 'Argentina');
    const left = dropOutsidePlaces(post, [edge(0, 1, 'x-of-y'), edge(0, 2, 'pair-model')]);
    expect(left.map((r) => r.target)).toEqual([1]);
    expect(twoStates('Wyoming', 'Colo.')).toBe(true);
  });

  it("is kept when it may hold the rule's place, or when a rule drew both", () => {
    const cl = places('Plaza Theatre', 'Toronto', 'Canada');
    const kept = dropOutsidePlaces(cl, [edge(0, 1, 'x-of-y'), edge(0, 2, 'pair-model')]);
    expect(kept.map((r) => r.target)).toEqual([1, 2]);
    const both = places('Jackson', 'Wyoming', 'Colorado');
    const ruled = dropOutsidePlaces(both, [edge(0, 1, 'window-adjacency'), edge(0, 2, 'x-of-y')]);
    expect(ruled).toHaveLength(2);
    expect(twoStates('Wyoming', 'Wyo.')).toBe(false);
  });
});

// A continent lies in no other place ("an executive for Europe, Africa and the Middle East").
describe('a continent placed in another place', () => {
  it('is dropped, whatever rule drew it', () => {
    const cl = places('Europe', 'Africa', 'France', 'Lyon');
    const kept = dropOutsidePlaces(cl, [
      edge(0, 1, 'pair-model'),
      edge(0, 2, 'x-of-y'),
      edge(3, 2, 'window-adjacency'),
    ]);
    expect(kept.map((r) => `${r.source}>${r.target}`)).toEqual(['3>2']);
  });
});
