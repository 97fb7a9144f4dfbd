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
