import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a rarer English word alone at a sentence start', () => {
  it('is no name: "Sorghum", "Refiners", "Pursuant", "Hedgers"', () => {
    for (const s of [
      'Wheat is quoted in dollars. Sorghum is priced per tonne.',
      'Refiners, he said, had used up their old stocks.',
      'Pursuant to the accord, the bank will buy the warrants.',
      'Prices fell. Hedgers, as a result, will lose money.',
    ]) {
      const { entities } = run(s);
      expect(entities.some((e) => /Sorghum|Refiners|Pursuant|Hedgers/.test(e))).toBe(false);
    }
  });

  it('is a name when the story capitalises it elsewhere', () => {
    const { entities } = run(
      'Refiners said it would sell the plant. The buyer will pay Refiners in cash.',
    );
    expect(entities.some((e) => e.endsWith(':Refiners'))).toBe(true);
  });

  it('is a town before its state, the state written with its periods split off', () => {
    expect(run('MIDLAND, Texas, March 3 - The bank said it would close.').entities).toContain(
      'Location:Midland',
    );
    const story =
      'PLANT SHUT\n\nNITRO, W.Va., March 2 - The company said it would close. Sales fell.';
    expect(run(story).entities).toContain('Location:Nitro');
  });

  it('is a name before a possessive: "Kestrel\'s Graham Pollitt"', () => {
    expect(run("Kestrel's Graham Pollitt said the stake was an investment.").entities).toContain(
      'Organization:Kestrel',
    );
  });

  it('still starts a longer name', () => {
    expect(run('Distillate Fuels Corp said it raised prices.').entities).toContain(
      'Organization:Distillate Fuels Corp',
    );
  });
});
