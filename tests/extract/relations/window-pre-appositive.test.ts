import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-pre-appositive pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-pre-appositive']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "the head of the Harbor Authority, X": a role before the name, unless X only says so.
describe('window-pre-appositive', () => {
  it('gives a role before a name to that name', () => {
    expect(
      run('The deputy secretary of the Harbor Authority, Tomas Ruiz, said the plant would close.'),
    ).toEqual(['Tomas Ruiz LEADS Harbor Authority']);
  });

  it('gives nothing to a name that goes on to speak', () => {
    expect(run('Dara Venn was named head of the Harbor Authority, Tomas Ruiz said.')).toEqual([]);
  });
});
