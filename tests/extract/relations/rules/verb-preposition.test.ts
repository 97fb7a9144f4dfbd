import { describe, expect, it } from 'vitest';
import { verbPreposition } from '../../../../src/extract/relations/rules/verb-preposition.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(verbPreposition, text);

describe('verb-preposition: "X works for Y", "X was deployed to Y"', () => {
  it('relates the subject to the nominal of the preposition the cue ends in', () => {
    expect(run('Lena Ortiz works for the Harbor Authority.').relations).toEqual([
      'Lena Ortiz WORKS_FOR Harbor Authority',
    ]);
  });

  it('reads a "by" cue whose nominal the parser labels the passive agent ("was hired by Y")', () => {
    expect(run('Dara Venn was hired by Apex Mining Corp. last year.').relations).toEqual([
      'Dara Venn WORKS_FOR Apex Mining Corp.',
    ]);
    expect(run('Dara Venn is not employed by Apex Mining Corp.').negated).toEqual([
      'Dara Venn WORKS_FOR Apex Mining Corp.',
    ]);
  });

  it('reads the relative clause of a noun in apposition to a name as said of the name', () => {
    expect(run('Fred Ruiz, a producer who grew up in Nashville, retired.').relations).toEqual([
      'Fred Ruiz LIVES_IN Nashville',
    ]);
    expect(run('Fred Ruiz, a producer who met Dara Venn in Nashville, retired.').relations).toEqual(
      [],
    );
    // A noun a name modifies is no apposition of that name, however the parser hangs it.
    expect(
      run(
        "Dahl-Marsh's industrial products group, based in Long Beach, California, has sales of about 300 mln dlrs.",
      ).relations,
    ).toEqual([]);
  });

  it('takes a passive subject as the one moved', () => {
    expect(run('The Northern Guard was deployed to Port Veyra.').relations).toEqual([
      'Northern Guard DEPLOYED_TO Port Veyra',
    ]);
  });

  it('marks "does not work for" negated', () => {
    const r = run('Lena Ortiz does not work for the Harbor Authority.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Lena Ortiz WORKS_FOR Harbor Authority']);
  });

  it('attributes a reported statement to its speaker, who is no party to it', () => {
    const r = run('Marcus Trell said Lena Ortiz works for the Harbor Authority.');
    expect(r.marked).toEqual([
      'Lena Ortiz WORKS_FOR Harbor Authority asserted happened by Marcus Trell',
    ]);
  });
});

describe('verb-preposition: a cue split by other words', () => {
  it('reads "was born on a date in Y" as "born in"', () => {
    expect(run('Lena Ortiz was born on May 2, 1950, in Oakdale.').relations).toEqual([
      'Lena Ortiz LIVES_IN Oakdale',
    ]);
  });

  it('reads "works mostly for Y" as "works for", and not a preposition the cue does not end in', () => {
    expect(run('Lena Ortiz works mostly for the Harbor Authority.').relations).toEqual([
      'Lena Ortiz WORKS_FOR Harbor Authority',
    ]);
    expect(run('Lena Ortiz works with the Harbor Authority.').relations).toEqual([]);
  });

  it("keeps the marks: a negated birth place is no relation, and a reported one is the speaker's", () => {
    const r = run('Lena Ortiz was not born on May 2 in Oakdale.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Lena Ortiz LIVES_IN Oakdale']);
    expect(run('Marcus Trell said Lena Ortiz was born in 1950 in Oakdale.').marked).toEqual([
      'Lena Ortiz LIVES_IN Oakdale asserted happened by Marcus Trell',
    ]);
  });

  it('reads the relative clause: the person the clause hangs on was born there', () => {
    expect(run('Lena Ortiz, who was born in 1950 in Oakdale, spoke.').relations).toEqual([
      'Lena Ortiz LIVES_IN Oakdale',
    ]);
  });
});

describe('verb-preposition: a span of time between the verb and its preposition', () => {
  it('reads "served 12 years in Y" and "worked two decades for Y"', () => {
    expect(
      run('Dara Venn served 12 years in the Harbor Authority before she retired.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Harbor Authority']);
    expect(run('Tomas Ruiz worked two decades for Northwind Bank.').relations).toEqual([
      'Tomas Ruiz WORKS_FOR Northwind Bank',
    ]);
  });

  it('reads "taught at Y" as a job there', () => {
    expect(run('Dara Venn has taught at Northwind University since 1990.').relations).toEqual([
      'Dara Venn WORKS_FOR Northwind University',
    ]);
  });

  it('does not make a place a workplace', () => {
    expect(run('Dara Venn served two years in Portland as a judge.').relations).toEqual([]);
  });
});
