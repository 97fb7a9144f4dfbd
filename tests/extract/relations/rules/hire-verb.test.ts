import { describe, expect, it } from 'vitest';
import { hireVerb } from '../../../../src/extract/relations/rules/hire-verb.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(hireVerb, text);

describe('hire-verb: "Acme hired X"', () => {
  it('makes the one a group hires work for it, and names itself', () => {
    const r = run('Apex Mining Corp. hired Dara Venn last year.');
    expect(r.relations).toEqual(['Dara Venn WORKS_FOR Apex Mining Corp.']);
    expect(r.rules).toEqual(['hire-verb']);
    expect(run('Apex Mining Corp. has recruited Dara Venn and Lena Ortiz.').relations).toEqual([
      'Dara Venn WORKS_FOR Apex Mining Corp.',
      'Lena Ortiz WORKS_FOR Apex Mining Corp.',
    ]);
  });

  it('reads the relative clause, and nothing when a person hires', () => {
    expect(
      run('Apex Mining Corp., which hired Dara Venn in 1990, said profits rose.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Apex Mining Corp.']);
    expect(run('Dara Venn hired Lena Ortiz.').relations).toEqual([]);
  });

  it('keeps the negation and the speaker', () => {
    expect(run('Apex Mining Corp. did not hire Dara Venn.').negated).toEqual([
      'Dara Venn WORKS_FOR Apex Mining Corp.',
    ]);
    expect(
      run('Lena Ortiz said Apex Mining Corp. hired Dara Venn as chief economist.').marked,
    ).toEqual(['Dara Venn WORKS_FOR Apex Mining Corp. asserted happened by Lena Ortiz']);
  });
});
