import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-appositive pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-appositive']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "X, a spokeswoman for Y": the role in an appositive and what it is held at.
describe('window-appositive', () => {
  it('reads a role held at a country or a group', () => {
    expect(run('Dara Venn, a spokeswoman for Argentina, said prices rose.')).toEqual([
      'Dara Venn MEMBER_OF Argentina',
    ]);
    expect(run('Dara Venn, a spokeswoman for the Argentine Foreign Ministry, said so.')).toEqual([
      'Dara Venn WORKS_FOR Argentine Foreign Ministry',
    ]);
  });

  it('holds the role at the group a country adjective stands before, not at the country', () => {
    expect(
      run('Dara Venn, a professor at the Argentine Center for Economic Studies, said prices rose.'),
    ).toEqual(['Dara Venn WORKS_FOR Center for Economic Studies']);
  });
});
