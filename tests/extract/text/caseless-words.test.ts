import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { caselessCommon, unitAfterName } from '../../../src/extract/text/caseless-words.js';
import { loadCaseModel, truecase } from '../../../src/extract/text/truecase.js';

const lex = loadLexicon();
const cased = (text: string) => truecase(text, { lex, model: loadCaseModel() });

describe('common words of all-capitals wire copy', () => {
  it('lowers a plural of a dictionary word and a listed weapon noun', () => {
    const out = cased(
      'THE ATTACKERS FIRED MACHINEGUNS AT TWO CHECKPOINTS NEAR OXAPAMBA, ENDING THE HOSTILITIES.',
    );
    expect(out).toContain('The attackers fired machineguns at two checkpoints');
    expect(out).toContain('the hostilities');
    expect(out).toContain('Oxapamba');
  });

  it('lowers nouns of trades ending in -ician', () => {
    expect(cased('TWO THEORETICIANS AND A STATISTICIAN MET IN QUELPORTO TODAY.')).toContain(
      'Two theoreticians and a statistician met in Quelporto',
    );
  });

  it('keeps a name whose stem is too short to be a plural', () => {
    expect(caselessCommon('aires', lex)).toBe(false);
    expect(caselessCommon('attackers', lex)).toBe(true);
    expect(caselessCommon('machinegun', lex)).toBe(true);
  });
});

describe("a unit's word after a name", () => {
  it('closes the name before it ("VARELDO BATTALION")', () => {
    const out = cased('REBELS AMBUSHED VARELDO BATTALION TROOPS NEAR THE RIVER YESTERDAY.');
    expect(out).toContain('Vareldo Battalion troops');
  });

  it('does not follow a demonym, a dictionary word or a lower-case word', () => {
    const out = cased('THE SALVADORAN BRIGADE AND THE INFANTRY BRIGADE CROSSED THE BORDER TODAY.');
    expect(out).toContain('Salvadoran brigade');
    expect(out).toContain('infantry brigade');
    expect(unitAfterName('Vareldo', 'battalion', lex)).toBe(true);
    expect(unitAfterName('Vareldo', 'troops', lex)).toBe(false);
    expect(unitAfterName('the', 'battalion', lex)).toBe(false);
  });
});
