import { describe, expect, it } from 'vitest';
import { gerundDeed } from '../../../../src/extract/relations/rules/gerund-deed.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(gerundDeed, text);

describe('gerund-deed: "X pleaded guilty to killing Y"', () => {
  it('gives the deed of a gerund after a deed noun to the subject of its verb, and names itself', () => {
    const r = run('Dara Venn pleaded guilty to killing Marcus Trell.');
    expect(r.relations).toEqual(['Dara Venn KILLED Marcus Trell']);
    expect(r.rules).toEqual(['gerund-deed']);
    expect(run('Dara Venn faces charges of killing Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
    expect(
      run('The Harbor Front claimed responsibility for attacking the Apex Mining Corp. offices.')
        .relations,
    ).toEqual(['Harbor Front ATTACKED Apex Mining Corp.']);
  });

  it('gives it to the object a deed noun predicates ("found X guilty of killing Y")', () => {
    expect(
      run('A jury in Dallas found Dara Venn guilty of murdering Marcus Trell.').relations,
    ).toEqual(['Dara Venn KILLED Marcus Trell']);
  });

  it('gives it to the name the gerund hangs on ("convicted X of killing Y")', () => {
    expect(run('A jury convicted Dara Venn of killing Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
  });

  it('draws nothing from a gerund under any other noun', () => {
    expect(run('Dara Venn rejected the idea of killing Marcus Trell.').relations).toEqual([]);
    expect(run('Dara Venn condemned the practice of killing prisoners.').relations).toEqual([]);
  });

  it('keeps a denial, an accusation and the speaker', () => {
    expect(run('A jury found Dara Venn not guilty of murdering Marcus Trell.').marked).toEqual([
      'Dara Venn KILLED Marcus Trell negated happened',
    ]);
    expect(run('Dara Venn denied responsibility for killing Marcus Trell.').marked).toEqual([
      'Dara Venn KILLED Marcus Trell negated happened',
    ]);
    expect(run('Lena Ortiz accused Dara Venn of killing Marcus Trell.').marked).toEqual([
      'Dara Venn KILLED Marcus Trell asserted alleged',
    ]);
    expect(run('Lena Ortiz said Dara Venn pleaded guilty to killing Marcus Trell.').marked).toEqual(
      ['Dara Venn KILLED Marcus Trell asserted happened by Lena Ortiz'],
    );
  });

  it("reads the deed inside a relative clause as that clause subject's", () => {
    expect(
      run('Dara Venn, who pleaded guilty to killing Marcus Trell, was sentenced on Monday.')
        .relations,
    ).toEqual(['Dara Venn KILLED Marcus Trell']);
  });
});
