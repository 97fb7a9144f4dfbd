import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-place-frame pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-place-frame']),
  });
  return found.map(
    (r) => `${clusters[r.source]?.name ?? '?'} ${r.type} ${clusters[r.target]?.name ?? '?'}`,
  );
}

// "In Region, ... in Place": a sentence that opens with a region as its scene places what it
// sets in a place inside that region.
describe('window-place-frame', () => {
  it('places a town the sentence sets something in inside the region it opens with', () => {
    expect(run('In Nevada, heavy snow fell in Reno on Tuesday and closed two highways.')).toEqual([
      'Reno LOCATED_IN Nevada',
    ]);
    expect(run('In Idaho, smoke from distant fires hung over Boise for a week.')).toEqual([
      'Boise LOCATED_IN Idaho',
    ]);
  });

  it('reads a heading "Region:" and a place the gazetteer does not know', () => {
    expect(
      run('Oregon: A grass fire burned near the Mount Hood National Forest on Monday.'),
    ).toEqual(['Mount Hood National Forest LOCATED_IN Oregon']);
  });

  it('places nothing in a town it opens with', () => {
    expect(run('In Dallas, fans gathered in Plano to watch the game.')).toEqual([]);
  });

  it('places nothing the gazetteer knows to lie elsewhere, and no country', () => {
    expect(run('In Nevada, officials said talks in Tokyo would resume.')).toEqual([]);
    expect(run('In Nevada, the governor said troops in Iraq would come home.')).toEqual([]);
  });

  it('reads no list of places as a scene', () => {
    expect(run('In Nevada, Utah and Arizona, snow fell in Reno and Provo.')).toEqual([]);
  });

  it('reads only a scene the sentence opens with', () => {
    expect(run('Heavy snow fell in Reno on Tuesday, in Nevada, officials said.')).not.toContain(
      'Reno LOCATED_IN Nevada',
    );
  });
});
