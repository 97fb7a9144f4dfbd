import { describe, expect, it } from 'vitest';
import { analyse, analyseRelations } from '../../../src/extract/extract.js';

const line =
  (clusters: { name: string }[]) => (r: { source: number; type: string; target: number }) =>
    `${clusters[r.source]?.name ?? '?'} ${r.type} ${clusters[r.target]?.name ?? '?'}`;

/** The window-adjacency pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-adjacency']),
  });
  return found.map(line(clusters));
}

/** What the pair model adds when no rule runs. */
function model(text: string): string[] {
  const { clusters, found } = analyseRelations(text, undefined, { rules: [], window: new Set() });
  return found.filter((r) => r.rule === 'pair-model').map(line(clusters));
}

// "A in B": a town in the place after it.
describe('window-adjacency', () => {
  it('places a town in the place it is said to be in', () => {
    expect(run('Voters in Kirkwood in Missouri chose a mayor.')).toContain(
      'Kirkwood LOCATED_IN Missouri',
    );
  });

  it('does not place what a person is "of" in where the person was', () => {
    const text = 'Duke Karl Brenner of Saxe-Coburg in Vienna was stabbed in 1890.';
    expect(run(text)).not.toContain('Saxe-Coburg LOCATED_IN Vienna');
    expect(model(text)).not.toContain('Saxe-Coburg LOCATED_IN Vienna');
  });
});

describe('window-adjacency: provinces and states outside the US', () => {
  it('places a town in the Canadian province or Australian state after its comma', () => {
    expect(run('The plant is in Penticton, British Columbia.')).toEqual([
      'Penticton LOCATED_IN British Columbia',
    ]);
    expect(run('Dara Venn lives in Wagga Wagga, New South Wales, with her sons.')).toEqual([
      'Wagga Wagga LOCATED_IN New South Wales',
    ]);
  });

  it('reads a province abbreviation as the province, not a person', () => {
    const { clusters } = analyse('The mill in Kimberley, B.C., closed on Friday.');
    expect(clusters.map((c) => `${c.name} ${c.type}`)).toContain('British Columbia Location');
    expect(run('The mill in Kimberley, B.C., closed on Friday.')).toEqual([
      'Kimberley LOCATED_IN British Columbia',
    ]);
  });
});

describe('window-adjacency: a list of provinces', () => {
  it('does not place one province in the next', () => {
    expect(run('Rates rose for calls within Ontario, Quebec and parts of Manitoba.')).toEqual([]);
  });
});

describe('window-adjacency: a list of towns, each with its region', () => {
  it('places every town in its own region', () => {
    expect(
      run('Lows ranged from 4 degrees at Casper, Wyo., and Pueblo, Colo., to 71 at Laredo, Texas.'),
    ).toEqual([
      'Casper LOCATED_IN Wyoming',
      'Pueblo LOCATED_IN Colorado',
      'Laredo LOCATED_IN Texas',
    ]);
  });

  it('still reads a list of regions after a town as no region of it', () => {
    expect(run('Envoys from Sabah and Sarawak, Brunei, and Singapore met.')).toEqual([]);
    expect(run('Teams from Tulsa, Ohio, Iowa and Utah played.')).toEqual([]);
  });
});

describe('window-adjacency: a person, an age, "of"', () => {
  it('reads "X, 47, of Y" as "X of Y", for a group as for a town', () => {
    expect(run('Ann Kemp, 47, of the Apex Mining Corp. was chosen to lead the dig.')).toEqual([
      'Ann Kemp WORKS_FOR Apex Mining Corp.',
    ]);
    expect(run('Ann Kemp, 47, of Tarrow was hurt in the fire.')).toEqual([
      'Ann Kemp LIVES_IN Tarrow',
    ]);
  });

  it('reads nothing when no "of" follows the age', () => {
    expect(run('Ann Kemp, 47, joined the Apex Mining Corp. in Tarrow.')).not.toContain(
      'Ann Kemp WORKS_FOR Apex Mining Corp.',
    );
  });
});
