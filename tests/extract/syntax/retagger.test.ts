import { describe, expect, it } from 'vitest';
import { modelFromParts } from '../../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import { RETAG_FEATURES, retagFeatures } from '../../../src/extract/syntax/retagger.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { AtomCache, tagWords, tokenAtoms } from '../../../src/extract/syntax/tagger.js';

const table = {
  classes: 2,
  keys: Uint32Array.of(7),
  counts: Uint8Array.of(1),
  cls: Uint8Array.of(0),
  w: Int16Array.of(3),
  scale: 2,
};
const header = {
  format: 'graphwire-syntax' as const,
  version: 2 as const,
  tags: ['NOUN NN', 'VERB VBD'],
  labels: ['root'],
  vocab: [],
  tagDict: [['the', 0]] as [string, number][],
  about: {},
};

/** A first pass that says noun, ahead of verb by `margin` (quantised units). */
const firstPass = (margin: number): Scorer => ({
  classes: 2,
  score(_f, _n, out) {
    out[0] = margin;
    out[1] = 0;
  },
});
/** A second pass that always says verb. */
const verb: Scorer = {
  classes: 2,
  score(_f, _n, out) {
    out[0] = 0;
    out[1] = 1;
  },
};

describe('the second tagging pass', () => {
  it('retags only the words the first pass was unsure of, and never a dictionary word', () => {
    // retagMargin 3 weights at scale 2: first-pass margins under 6 are retagged.
    const h = { ...header, retagMargin: 3 };
    const parts = { moves: verb, labels: verb, retagger: verb, taggerScale: 2 };
    const unsure = modelFromParts(h, { ...parts, tagger: firstPass(5) });
    expect(Array.from(tagWords(unsure.tagger, ['rose', 'the', 'rose']))).toEqual([1, 0, 1]);
    const sure = modelFromParts(h, { ...parts, tagger: firstPass(7) });
    expect(Array.from(tagWords(sure.tagger, ['rose', 'the', 'rose']))).toEqual([0, 0, 0]);
    // Without a margin in the header the pass is not used.
    const off = modelFromParts(header, { ...parts, tagger: firstPass(5) });
    expect(off.tagger.retag).toBeUndefined();
    expect(Array.from(tagWords(off.tagger, ['rose']))).toEqual([0]);
  });

  it('travels in the model file with its margin, and older files have none', () => {
    const back = readSyntaxModel(
      writeSyntaxModel(
        { ...header, retagMargin: 16 },
        {
          tagger: table,
          moves: table,
          labels: table,
          retagger: { ...table, w: Int16Array.of(-5) },
        },
      ),
    );
    expect(back.header.retagMargin).toBe(16);
    expect(Array.from(back.tables.retagger?.w ?? [])).toEqual([-5]);
    const old = readSyntaxModel(
      writeSyntaxModel(header, { tagger: table, moves: table, labels: table }),
    );
    expect(old.tables.retagger).toBeUndefined();
    expect(old.header.retagMargin).toBeUndefined();
  });

  it("reads the first pass's tags on both sides of the word, and lexicon classes only when told", () => {
    const lex = new Map([
      ['rose', 11],
      ['Rose', 12],
    ]);
    const atoms = tokenAtoms(['profit', 'rose', '12'], new AtomCache({ lex }));
    const keys = (tags: number[], lexicon: boolean) => {
      const out = new Uint32Array(RETAG_FEATURES);
      const n = retagFeatures(atoms, tags, [1, 0, 0], 1, out, lexicon);
      return Array.from(out.subarray(0, n));
    };
    expect(keys([0, 0, 2], false)).not.toEqual(keys([0, 0, 3], false));
    expect(keys([0, 0, 2], true).length).toBeGreaterThan(keys([0, 0, 2], false).length);
    const other = tokenAtoms(['profit', 'Rose', '12'], new AtomCache({ lex }));
    const out = new Uint32Array(RETAG_FEATURES);
    const withOther = Array.from(
      out.subarray(0, retagFeatures(other, [0, 0, 2], [1, 0, 0], 1, out, true)),
    );
    expect(withOther).not.toEqual(keys([0, 0, 2], true));
  });
});
