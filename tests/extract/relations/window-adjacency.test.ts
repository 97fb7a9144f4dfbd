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
  it('places a town in a Canadian province or an Australian state after it, written out or dotted', () => {
    expect(
      run('Merrivale Mines Ltd said it will reopen its mill at Kettle Falls, Ontario.'),
    ).toEqual(['Kettle Falls LOCATED_IN Ontario']);
    expect(run('Merrivale Mines Ltd said its mill at Kettle Falls, B.C., will reopen.')).toEqual([
      'Kettle Falls LOCATED_IN British Columbia',
    ]);
    expect(
      run('Merrivale Mines Ltd said its mine at Kettle Falls, Queensland, will reopen.'),
    ).toEqual(['Kettle Falls LOCATED_IN Queensland']);
    // A list of provinces is no town and its province.
    expect(run('Its mills in Ontario, Quebec and Manitoba will reopen.')).toEqual([]);
  });

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
