import { describe, expect, it } from 'vitest';
import { copulaFrom } from '../../../../src/extract/relations/rules/copula-from.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(copulaFrom, text);

describe('copula-from: "X is from Y"', () => {
  it('makes a place after "from" with a copula where a person lives, and names itself', () => {
    const r = run('Dara Venn is originally from Springfield.');
    expect(r.relations).toEqual(['Dara Venn LIVES_IN Springfield']);
    expect(r.rules).toEqual(['copula-from']);
    expect(run('Apex Mining Corp. is from Denver.').relations).toEqual([
      'Apex Mining Corp. BASED_IN Denver',
    ]);
  });

  it('reads the relative clause: the person it hangs on is from there', () => {
    expect(run('Dara Venn, who is from Springfield, said it would work.').relations).toEqual([
      'Dara Venn LIVES_IN Springfield',
    ]);
  });

  it('says nothing of "from" without a copula', () => {
    expect(run('Dara Venn flew in from Springfield.').relations).toEqual([]);
  });

  it('keeps the negation and the speaker', () => {
    expect(run('Dara Venn is not from Springfield.').negated).toEqual([
      'Dara Venn LIVES_IN Springfield',
    ]);
    expect(run('Lena Ortiz said Dara Venn is from Springfield.').marked).toEqual([
      'Dara Venn LIVES_IN Springfield asserted happened by Lena Ortiz',
    ]);
  });
});
