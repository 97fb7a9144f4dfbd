import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/extract.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import { DEFAULTS, modelRelations } from '../../src/extract/relation-model.js';
import { compileCues } from '../../src/extract/relations/index.js';
import { run } from './helpers.js';

describe('learned relation pairs', () => {
  it('adds a relation no cue rule covers, below the rules in confidence', () => {
    // "lectures at" is no cue of data/relations.json: only the pair model reads it.
    const r = run('Tom Reed, who lectures at Brisko College, spoke.');
    expect(r.relations).toContain('Tom Reed WORKS_FOR Brisko College');
    expect(r.x.relations.map((x) => x.confidence)).toEqual([0.45]);
  });

  it('leaves pairs a rule already related alone', () => {
    const r = run('Pedro Alves of Oakdale was arrested.');
    expect(r.relations).toEqual(['Pedro Alves LIVES_IN Oakdale']);
    expect(r.x.relations[0]?.confidence).toBeGreaterThan(0.45);
  });

  it('joins only the endpoint types its relation allows', () => {
    const r = run('Police said Lee Moss and Ana Cruz met on Monday.');
    expect(r.relations).toEqual([]);
  });
});

describe('pair model gates for news copy', () => {
  it('reads no relation in a headline, whose words are all capitals', () => {
    expect(run('ANN DALE CHANGES BRISKO BANK LAWYERS').relations).toEqual([]);
    expect(run('TOM REED SEEKS STRONGER OAKDALE, NORLAND CURRENCIES').relations).toEqual([]);
  });

  it('reads work for a group only through a verb of work or of a post', () => {
    expect(run('Tom Reed owns 20 pct of Brisko Holdings.').relations).toEqual([]);
    const met = run(
      'Tom Reed, who met again this morning with senior Brisko Bank executive Ann Dale, said talks would go on.',
    );
    expect(met.relations).toEqual(['Ann Dale WORKS_FOR Brisko Bank']);
    // A verb of work still lets the model read it.
    expect(run('Tom Reed, who lectures at Brisko College, spoke.').relations).toContain(
      'Tom Reed WORKS_FOR Brisko College',
    );
  });

  it('places a group, not the person named with it, in the place after the group', () => {
    const r = run(
      'Ann Dale, an analyst with Brisko Securities in Oakdale, said prices would rise.',
    );
    expect(r.relations).toContain('Brisko Securities BASED_IN Oakdale');
    expect(r.relations).not.toContain('Ann Dale LIVES_IN Oakdale');
  });

  it('reads no home in a place a person is just "in"', () => {
    expect(run('Tom Reed, currently in Oakdale, said prices would rise.').relations).toEqual([]);
    expect(
      run('Ann Dale, in Oakdale for talks with bank officials, said there is a battle.').relations,
    ).toEqual([]);
    // Where a person is from is a home.
    expect(run('Tom Reed, a farmer from Oakdale, said prices would rise.').relations).toEqual([
      'Tom Reed LIVES_IN Oakdale',
    ]);
  });
});

/** What the pair model alone draws on a text, as "Source TYPE Target", with the given options. */
function modelled(text: string, options?: Partial<typeof DEFAULTS>): string[] {
  const { sents, clusters, found } = analyse(text);
  const cues = compileCues(loadLexicon());
  const name = (i: number) => clusters[i]?.name ?? '?';
  return modelRelations(sents, clusters, found, cues, options).map(
    (r) => `${name(r.source)} ${r.type} ${name(r.target)}`,
  );
}

describe('the lead the pair model needs', () => {
  it("is larger for a group's base, which it reads at small leads mostly wrong on CoNLL04", () => {
    const text =
      'The deposits of the failed Farmers Bank were assumed by Norland Federal Savings of Oakdale, Minnesota, the agency said.';
    // The model reads the group's state at a lead between 4 and 10: drawn at the common lead only.
    const common = { minMarginFor: { KILLED: 2 } };
    expect(modelled(text, common)).toContain('Norland Federal Savings BASED_IN Minnesota');
    expect(modelled(text)).not.toContain('Norland Federal Savings BASED_IN Minnesota');
    expect(DEFAULTS.minMarginFor.BASED_IN).toBeGreaterThan(DEFAULTS.minMargin);
  });

  it('is smaller for a killing, which a killing word between the names must state', () => {
    // No rule reads it; the shipped model reads it at a lead between 2 and 4, under the common lead.
    const text = 'Tom Reed was hanged for the murder of Ann Dale.';
    expect(run(text).relations).toEqual(['Tom Reed KILLED Ann Dale']);
    expect(modelled(text, { minMarginFor: { BASED_IN: 10 } })).toEqual([]);
  });
});
