import { describe, expect, it } from 'vitest';
import { passiveByAgent } from '../../../../src/extract/relations/rules/passive-by-agent.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(passiveByAgent, text);

describe('passive-by-agent: "Y was killed by X"', () => {
  it('makes the "by" phrase the agent and the passive subject the patient', () => {
    const r = run('Hector Valdane was killed by Marcus Trell.');
    expect(r.relations).toEqual(['Marcus Trell KILLED Hector Valdane']);
    expect(r.rules).toEqual(['passive-by-agent']);
  });

  it('reads a passive relative clause as being about the noun it describes', () => {
    const r = run('Hector Valdane, who was shot dead by Marcus Trell, was buried.');
    expect(r.relations).toEqual(['Marcus Trell KILLED Hector Valdane']);
  });

  it('keeps "was not killed by" only as a negated statement', () => {
    const r = run('Hector Valdane was not killed by Marcus Trell.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Marcus Trell KILLED Hector Valdane']);
  });

  it('reads no active sentence', () => {
    expect(run('Marcus Trell attacked Hector Valdane.').relations).toEqual([]);
  });
});

describe('passive-by-agent: a "by" phrase the parser hung on a noun of the place phrase', () => {
  it('still finds the agent of "was shot to death in the courtyard of his building by X"', () => {
    const r = run(
      'Hector Valdane was shot to death on May 2 in the courtyard of his apartment building by Marcus Trell.',
    );
    expect(r.relations).toEqual(['Marcus Trell KILLED Hector Valdane']);
  });

  it('takes no "by" phrase of a clause of its own below the place', () => {
    const r = run('Hector Valdane was killed in the house that was built by Marcus Trell.');
    expect(r.relations).toEqual([]);
  });

  it('keeps the marks: reported speech and negation', () => {
    expect(
      run('Police said Hector Valdane was killed in the courtyard of the building by Marcus Trell.')
        .marked,
    ).toEqual(['Marcus Trell KILLED Hector Valdane asserted happened']);
    const r = run(
      'Hector Valdane was not killed in the courtyard of the building by Marcus Trell.',
    );
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Marcus Trell KILLED Hector Valdane']);
  });
});
