import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/extract/sentences.js';

// Throughput figures divide by this count: it is the number of runs of non-space characters.
describe('countWords', () => {
  it('counts words as runs between any white space, Unicode spaces and line ends included', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  Iran\u00a0said,\tthe\u2028U.S. \ufeffnavy  ')).toBe(5);
  });

  it('agrees with the regular expression \\S+ on random text', () => {
    const unit = fc.constantFrom(
      ' ',
      'a',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '\u2028',
      '\u0085',
      '\u200b',
      'é',
      '\ud83d',
      '.',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(text.match(/\S+/g)?.length ?? 0);
      }),
    );
  });
});
