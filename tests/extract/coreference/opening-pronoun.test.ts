import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('opening-pronoun: "He"/"She"/"It" opening a sentence stands for the one name before', () => {
  it('reads "She" as the one person the sentence before names, and names itself', () => {
    const r = run(
      'Lena Ostrova was named president of the chain on Monday. She is a former vice president of Pellan Tool Inc.',
    );
    expect(r.marked).toContain(
      'Lena Ostrova WORKS_FOR Pellan Tool Inc. opening-pronoun+copula-role asserted happened',
    );
  });

  it('follows a chain of pronouns ("He ... He ...")', () => {
    const r = run(
      'Tomas Brenner retired from the army in 1990. He moved to the coast. He lives in Eureka, California.',
    );
    expect(r.relations).toContain('Tomas Brenner LIVES_IN Eureka');
  });

  it('reads "It" as the one group the sentence before names', () => {
    const r = run(
      'The Harwell Port Authority said the ship had left on Sunday. It later accused Pellan Tool Inc of polluting the bay.',
    );
    expect(r.relations).toContain('Harwell Port Authority ACCUSED Pellan Tool Inc');
  });

  it('reads the pronoun after a fronted phrase with no name ("In 1985, she ...")', () => {
    const r = run(
      'Pellan Tool Inc said sales fell in the quarter. Later, it said it would move its headquarters to Eureka, California.',
    );
    expect(r.relations).toContain('Pellan Tool Inc BASED_IN Eureka');
    const named = run(
      'Pellan Tool Inc said sales fell in the quarter. In Eureka, it said it would move its headquarters to Salem, Oregon.',
    );
    expect(named.relations).not.toContain('Pellan Tool Inc BASED_IN Salem');
  });

  it('reads nothing when the sentence before names two people', () => {
    const r = run('Lena Ostrova met Tomas Brenner on Monday. He lives in Eureka, California.');
    expect(r.relations.filter((x) => x.includes('LIVES_IN Eureka'))).toEqual([]);
  });

  it('reads nothing in reported speech, or for an "it" that stands for nothing', () => {
    expect(
      run('Lena Ostrova spoke on Monday. "He lives in Eureka," she said of her son.').relations,
    ).not.toContain('Lena Ostrova LIVES_IN Eureka');
    expect(
      run('The Harwell Port Authority closed the harbour on Sunday. It rained in Eureka all week.')
        .relations,
    ).toEqual([]);
  });

  it('reads no pronoun inside a noun phrase: "She noted trade adviser X" gives X no employer', () => {
    const r = run(
      'Assistant trade adviser Lena Ostrova said talks would go on. She noted trade adviser Tomas Brenner met with a senior official last week on the issue.',
    );
    expect(r.relations.filter((x) => x.startsWith('Tomas Brenner WORKS_FOR'))).toEqual([]);
  });
});
