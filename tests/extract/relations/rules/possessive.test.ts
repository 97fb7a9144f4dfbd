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

  it("makes a country's firm or party based there, its state body a member", () => {
    expect(run("Shares of Japan's Fujitsu Ltd rose on Monday.").relations).toEqual([
      'Fujitsu Ltd BASED_IN Japan',
    ]);
    expect(run("Shares of Sweden's Social Democratic Party rose.").relations).toEqual([
      'Social Democratic Party BASED_IN Sweden',
    ]);
    expect(run("Officials of Thailand's Commerce Ministry set a new quota.").relations).toEqual([
      'Commerce Ministry MEMBER_OF Thailand',
    ]);
  });

  it('reads nothing into a possessive of a common noun', () => {
    expect(run("Sweden's coast was calm.").relations).toEqual([]);
  });

  it("relates no name that only modifies a person's or a group's noun after it", () => {
    expect(
      run("The talks were launched by Olsen's Liberal Alliance government.").relations,
    ).toEqual([]);
  });
});
