import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/extract/syntax/model.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { tagWords } from '../../../src/extract/syntax/tagger.js';
import { udTokenize } from '../../../src/extract/syntax/ud-tokenize.js';

const SENTENCES = [
  'Dara Venn shot Tomas Ruiz outside the bank in Lisbon on Tuesday.',
  'The company said its third-quarter profit rose 12 pct to 4.5 mln dlrs.',
  'Rebels who attacked the convoy were arrested by police, officials said.',
  "Iran's foreign minister didn't comment on the talks.",
];

describe('the part-of-speech tagger', () => {
  it('tags the same with the shipped model as with a scorer it cannot cache scores of', () => {
    const { tagger } = loadSyntaxModel();
    // A plain scorer over the same weights: tagWords sums every feature for it.
    const plain: Scorer = {
      classes: tagger.scorer.classes,
      score: (feats, n, out) => tagger.scorer.score(feats, n, out),
    };
    for (const text of SENTENCES) {
      const words = udTokenize(text, 0).map((t) => t.text);
      // Twice: the second pass reads scores cached by the first.
      for (let round = 0; round < 2; round++)
        expect(Array.from(tagWords(tagger, words))).toEqual(
          Array.from(tagWords({ ...tagger, scorer: plain }, words)),
        );
    }
  });
});
