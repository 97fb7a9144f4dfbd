import { describe, expect, it } from 'vitest';
import { analyseRelations } from '../../../src/extract/extract.js';

/** Every relation kept for a text, as "Source TYPE Target [rule]". */
function run(text: string): string[] {
  const { clusters, found } = analyseRelations(text);
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// In a headline in capitals, a name with "'s" in it reads like an owner.
describe('possessives in a headline', () => {
  it('draw no edge from a person\'s "\'s" to a group in capitals', () => {
    expect(run("CARTER'S FBI MAN STEPS DOWN AFTER INQUIRY")).not.toContain(
      'Carter WORKS_FOR Federal Bureau of Investigation',
    );
  });

  it("keep a country's group", () => {
    expect(run("JAPAN'S NTT SEES PROFITS FALL")).toContain('NTT BASED_IN Japan');
  });
});
