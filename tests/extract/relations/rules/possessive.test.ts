import { describe, expect, it } from 'vitest';
import { possessive } from '../../../../src/extract/relations/rules/possessive.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(possessive, text);

describe('possessive: "Sweden\'s Coastal Brigade"', () => {
  it("makes a country's force a member of it", () => {
    expect(run("Troops of Sweden's Coastal Brigade arrived.").relations).toEqual([
      'Coastal Brigade MEMBER_OF Sweden',
    ]);
  });

  it('reads nothing into a possessive of a common noun', () => {
    expect(run("Sweden's coast was calm.").relations).toEqual([]);
  });
});
