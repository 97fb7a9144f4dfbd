import { describe, expect, it } from 'vitest';
import { modelFromParts } from '../../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import {
  AtomCache,
  TAG_FEATURES,
  tagFeatures,
  tagTemplates,
  tagWords,
  tokenAtoms,
} from '../../../src/extract/syntax/tagger.js';
import { lexiconClasses, lexiconClassNames } from '../../../tools/syntax/lexicon.js';

describe('lexicon classes from compromise', () => {
  const names = lexiconClassNames();
  const values = lexiconClasses();

  it('say what a word may be, a noun-or-verb apart from a past tense', () => {
    expect(names.get('beat')).toMatch(/switch:Noun\|Verb/);
    expect(values.get('run')).toBe(values.get('jump'));
    expect(values.get('attacked')).not.toBe(values.get('beat'));
    expect(values.get('the')).not.toBe(values.get('at'));
  });

  it('give every form of a verb its tag, and a name only to the word written with a capital', () => {
    // compromise's lexicon holds "drew" as a first name only.
    expect(names.get('drew')).toBe('VBD');
    expect(names.get('Drew')).toMatch(/NAME/);
    expect(names.get('taken')).toBe('VBN');
    expect(names.get('killed')).toBe('VBD VBN');
    // A noun that may be a verb gets its forms too: "rose" is not a flower alone.
    expect(names.get('rose')).toBe('NN VBD');
    expect(names.get('beat')).toMatch(/^NN VBD /);
    expect(names.get('dawn')).toBe('NN');
    expect(names.get('Dawn')).toMatch(/NAME|Person/);
  });

  it('hold single words, with no value 0 (which stands for none)', () => {
    expect([...values.keys()].filter((w) => w.includes(' '))).toEqual([]);
    expect([...values.values()].filter((v) => v === 0)).toEqual([]);
    expect(values.size).toBeGreaterThan(10_000);
  });
});

describe('a tagger that reads lexicon classes', () => {
  const lex = new Map([
    ['beat', 11],
    ['Dawn', 12],
  ]);

  it('looks a word up as written, then lower-cased, else gives 0', () => {
    const atoms = tokenAtoms(['Beat', 'beat', 'Dawn', 'dawn', 'zebra'], new AtomCache({ lex }));
    expect(Array.from(atoms.lex)).toEqual([11, 11, 12, 0, 0]);
  });

  it('with lexCase, gives a word written with capitals no class of its lower-cased form, but first', () => {
    const cache = new AtomCache({ lex, lexCase: true });
    const atoms = tokenAtoms(['zebra', 'Beat', 'BEAT', 'beat', 'Dawn', 'dawn'], cache);
    expect(Array.from(atoms.lex)).toEqual([0, 0, 0, 11, 12, 0]);
    expect(Array.from(tokenAtoms(['Beat', 'Beat'], cache).lex)).toEqual([11, 0]);
  });

  it("with lexCase 'unseen', only when the treebank's vocabulary lacks the lower-cased word", () => {
    const cache = new AtomCache({ lex, lexCase: 'unseen', known: new Set(['beat']) });
    expect(Array.from(tokenAtoms(['zebra', 'Beat', 'Dawn', 'dawn'], cache).lex)).toEqual([
      0, 11, 12, 0,
    ]);
    const unknown = new AtomCache({ lex, lexCase: 'unseen', known: new Set() });
    expect(Array.from(tokenAtoms(['zebra', 'Beat', 'beat'], unknown).lex)).toEqual([0, 0, 11]);
  });

  it("with lexScope 'unseen', gives every word the treebank knows one atom instead of its class", () => {
    const known = new Set(['beat']);
    const atoms = tokenAtoms(
      ['beat', 'Beat', 'Dawn'],
      new AtomCache({ lex, lexScope: 'unseen', known }),
    );
    expect(atoms.lex[0]).toBe(atoms.lex[1]);
    expect(atoms.lex[0]).not.toBe(11);
    expect(atoms.lex[2]).toBe(12);
  });

  it('reads only the lexicon templates a model names, and refuses a number it does not know', () => {
    const all = tagTemplates({ amb: false, lex: true });
    const some = tagTemplates({ amb: false, lex: true, lexRows: [38, 40, 43] });
    expect(some.n).toBe(all.n - 6);
    expect(tagTemplates({ amb: false, lex: true, lexRows: [38, 40, 43] })).toBe(some);
    expect(() => tagTemplates({ amb: false, lex: true, lexRows: [38, 99] })).toThrow(
      /unknown lexicon templates 38,99/,
    );
  });

  it('scores different features for words its lexicon tells apart, and none for a model without one', () => {
    const keys = (classes: Map<string, number>, amb: boolean, withLex: boolean) => {
      const out = new Uint32Array(TAG_FEATURES);
      const atoms = tokenAtoms(['beat', 'it'], new AtomCache({ lex: classes }));
      const n = tagFeatures(atoms, 0, -1, -1, out, tagTemplates({ amb, lex: withLex }));
      return Array.from(out.subarray(0, n));
    };
    const a = keys(lex, false, true);
    const b = keys(new Map([['beat', 13]]), false, true);
    expect(a).not.toEqual(b);
    expect(a.length).toBeGreaterThan(keys(lex, false, false).length);
    // A model trained without lexicon classes reads the same keys whatever the lexicon holds.
    expect(keys(lex, false, false)).toEqual(keys(new Map(), false, false));
  });

  it('travels in the model file and reaches tagWords', () => {
    const table = {
      classes: 2,
      keys: Uint32Array.of(7),
      counts: Uint8Array.of(1),
      cls: Uint8Array.of(0),
      w: Int16Array.of(3),
      scale: 1,
    };
    const header = {
      format: 'graphwire-syntax' as const,
      version: 2 as const,
      tags: ['NOUN NN', 'VERB VBD'],
      labels: ['root'],
      vocab: [],
      tagDict: [],
      lexicon: [...lex] as [string, number][],
      about: {},
    };
    const back = readSyntaxModel(
      writeSyntaxModel(header, { tagger: table, moves: table, labels: table }),
    );
    expect(back.header.lexicon).toEqual(header.lexicon);
    // A scorer that says verb when it is handed more keys than a plain model has.
    const plainKeys = tagTemplates({ amb: false, lex: false }).n;
    const counting: Scorer = {
      classes: 2,
      score(_f, n, out) {
        out[0] = 1;
        out[1] = n > plainKeys ? 2 : 0;
      },
    };
    const some = readSyntaxModel(
      writeSyntaxModel(
        { ...header, lexiconTemplates: [38, 43], lexiconCase: true },
        { tagger: table, moves: table, labels: table },
      ),
    ).header;
    const sm = modelFromParts(some, { tagger: counting, moves: counting, labels: counting });
    expect(sm.tagger.lexRows).toEqual([38, 43]);
    expect(sm.tagger.lexCase).toBe(true);
    const m = modelFromParts(back.header, { tagger: counting, moves: counting, labels: counting });
    expect(Array.from(tagWords(m.tagger, ['beat']))).toEqual([1]);
    const plain = modelFromParts(
      { ...back.header, lexicon: undefined },
      {
        tagger: counting,
        moves: counting,
        labels: counting,
      },
    );
    expect(Array.from(tagWords(plain.tagger, ['beat']))).toEqual([0]);
  });
});
