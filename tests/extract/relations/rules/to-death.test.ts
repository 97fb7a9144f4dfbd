import { describe, expect, it } from 'vitest';
import { toDeath } from '../../../../src/extract/relations/rules/to-death.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(toDeath, text);

describe('to-death: "X stabbed Y to death", "X fatally stabbed Y"', () => {
  it('makes a verb of violence with "to death" a killing, and names itself', () => {
    const r = run('Tom Reed stabbed Dara Venn to death.');
    expect(r.relations).toEqual(['Tom Reed KILLED Dara Venn']);
    expect(r.rules).toEqual(['to-death']);
  });

  it('reads "fatally" and the passive with its "by" phrase', () => {
    expect(run('Tom Reed fatally stabbed Dara Venn.').relations).toEqual([
      'Tom Reed KILLED Dara Venn',
    ]);
    expect(run('Dara Venn was beaten to death by Tom Reed.').relations).toEqual([
      'Tom Reed KILLED Dara Venn',
    ]);
  });

  it('kills no one with a verb that is no violence, or without a doer', () => {
    expect(run('Judge Tom Reed sentenced Dara Venn to death.').relations).toEqual([]);
    expect(run('Dara Venn was stabbed to death on Monday.').relations).toEqual([]);
    expect(run('Tom Reed stabbed Dara Venn in the arm.').relations).toEqual([]);
  });

  it('keeps the speaker and the negation', () => {
    expect(run('Tom Reed said Lena Ortiz fatally shot Dara Venn.').marked).toEqual([
      'Lena Ortiz KILLED Dara Venn asserted happened by Tom Reed',
    ]);
    expect(run('Tom Reed denied stabbing Dara Venn to death.').negated).toEqual([
      'Tom Reed KILLED Dara Venn',
    ]);
  });
});
