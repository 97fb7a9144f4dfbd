import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadSyntaxModel,
  MODEL_PATH,
  SyntaxAnalyser,
  syntaxModelFrom,
} from '../../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import { punctCandidates } from '../../../src/extract/syntax/punct.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { udTokenize } from '../../../src/extract/syntax/ud-tokenize.js';

const file = readSyntaxModel(readFileSync(MODEL_PATH));
const shipped = new SyntaxAnalyser(loadSyntaxModel());
/** The shipped tagger and parser without the punctuation table. */
const bare = new SyntaxAnalyser(
  syntaxModelFrom(writeSyntaxModel(file.header, { ...file.tables, punct: undefined })),
);

function parse(an: SyntaxAnalyser, text: string) {
  const words = udTokenize(text, 0).map((t) => t.text);
  return { words, a: an.analyse(words) };
}

describe('punctuation re-attachment', () => {
  it('candidates are the words a mark can hang from without crossing an arc', () => {
    // "He said , he left ." with the comma's own arc left out: "said" (1) on its
    // left; "he" (3) and "left" (4) on its right. "He" (0) would cross said -> left,
    // and "." (5) would cross said -> left too.
    const heads = Int32Array.from([1, -1, 1, 4, 1, 1]);
    const out = new Int32Array(6);
    const lo = new Int32Array(6);
    const hi = new Int32Array(6);
    const n = punctCandidates(heads, 6, 2, lo, hi, out);
    expect([...out.subarray(0, n)]).toEqual([1, 3, 4]);
    // Punctuation is never a candidate head.
    const marks = [0, 0, 1, 1, 0, 1];
    const m = punctCandidates(heads, 6, 2, lo, hi, out, marks);
    expect([...out.subarray(0, m)]).toEqual([1, 4]);
  });

  it('the shipped model carries a punctuation table', () => {
    expect(file.tables.punct).toBeDefined();
    expect(shipped.model.punct).toBeDefined();
  });

  it.each([
    // A comma splice: the comma belongs to the clause that follows it.
    ['We sent the parcel on Monday, I think it should arrive soon.', 'think'],
    // A fronted condition: the comma closes it and hangs from its verb.
    ['If the council would rather pay the fee in cash, we can wait.', 'pay'],
    ['Thanks for reading our first newsletter, now tell your friends about it.', 'tell'],
  ])('%s: the comma hangs from "%s", as UD puts it, and no other arc moves', (text, head) => {
    const s = parse(shipped, text);
    const b = parse(bare, text);
    const p = s.words.indexOf(',');
    expect(s.words[s.a.heads[p] as number]).toBe(head);
    s.words.forEach((_, i) => {
      if (i !== p) expect(s.a.heads[i]).toBe(b.a.heads[i]);
    });
    expect([...s.a.labels]).toEqual([...b.a.labels]);
    expect([...s.a.tags]).toEqual([...b.a.tags]);
  });

  it('a table that prefers no candidate leaves the parser its heads', () => {
    const flat: Scorer = {
      classes: 1,
      score(_feats, _n, out) {
        out[0] = 0;
      },
    };
    const tied = new SyntaxAnalyser({ ...loadSyntaxModel(), punct: flat });
    for (const text of [
      'We sent the parcel on Monday, I think it should arrive soon.',
      'The talks, which began in Geneva last week, ended on Thursday; nobody was surprised.',
    ]) {
      const t = parse(tied, text);
      const b = parse(bare, text);
      expect([...t.a.heads]).toEqual([...b.a.heads]);
    }
  });
});
