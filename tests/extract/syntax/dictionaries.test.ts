import { describe, expect, it } from 'vitest';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import { LEFT, labelKey, MOVES, Parser, SHIFT } from '../../../src/extract/syntax/parser.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { AtomCache, ambiguityClasses, tokenAtoms } from '../../../src/extract/syntax/tagger.js';

/** A move scorer that shifts while it can, then attaches leftwards: a chain of left arcs. */
const leftChain: Scorer = {
  classes: MOVES,
  score(_feats, _n, out) {
    out[SHIFT] = 1;
    out[LEFT] = 2;
    out[1] = 0;
  },
};

/** A label scorer that counts its calls and always prefers label 1. */
function countingLabels() {
  const calls = { n: 0 };
  const scorer: Scorer = {
    classes: 3,
    score(_feats, _n, out) {
      calls.n++;
      out.fill(0, 0, 3);
      out[1] = 5;
    },
  };
  return { scorer, calls };
}

const atoms = (tags: number[]) => ({
  n: tags.length,
  word: new Uint32Array(tags.length + 1),
  tag: Int32Array.from([...tags.map((t) => t + 1), 99]),
});

describe('the label dictionary', () => {
  it('labels the arcs it knows without scoring them, and scores the others', () => {
    // Tag classes 7 and 8: a word of class 7 before a head of class 8 is always label 2.
    const labelDict = new Map([[labelKey(7, 8, true), 2]]);
    const plain = countingLabels();
    const withDict = countingLabels();
    const a = atoms([7, 8, 5]);
    const p1 = new Parser({ moves: leftChain, labels: plain.scorer, rootLabel: 0 }).parse(a);
    const heads1 = Array.from(p1.heads.subarray(0, 3));
    const labels1 = Array.from(p1.labels.subarray(0, 3));
    const p2 = new Parser({
      moves: leftChain,
      labels: withDict.scorer,
      rootLabel: 0,
      labelDict,
    }).parse(a);
    expect(Array.from(p2.heads.subarray(0, 3))).toEqual(heads1);
    // The first word hangs off the second: the dictionary's label, one scoring call fewer.
    expect(heads1[0]).toBe(1);
    expect(labels1[0]).toBe(1);
    expect(p2.labels[0]).toBe(2);
    expect(Array.from(p2.labels.subarray(1, 3))).toEqual(labels1.slice(1));
    expect(withDict.calls.n).toBe(plain.calls.n - 1);
  });
});

describe('the word atom cache', () => {
  it('gives the same atoms as hashing each word afresh, for repeated and new words', () => {
    const cache = new AtomCache({}, 3);
    const words = ['Iran', "'s", 'oil', 'Iran', 'exports', 'OIL', 'Iran'];
    expect(tokenAtoms(words, cache)).toEqual(tokenAtoms(words));
    expect(tokenAtoms(words, cache)).toEqual(tokenAtoms(words));
  });
});

describe('ambiguity classes', () => {
  // Tag ids: 0 noun, 1 verb, 2 determiner.
  const sentences = [
    { words: ['The', 'run', 'ended'], tags: [2, 0, 1] },
    { words: ['They', 'run', 'home'], tags: [0, 1, 0] },
    { words: ['The', 'walk', 'ended'], tags: [2, 0, 1] },
    { words: ['We', 'walk', 'home'], tags: [0, 1, 0] },
  ];

  it('give words with the same set of tags the same value', () => {
    const amb = ambiguityClasses(sentences);
    expect(amb.get('run')).toBe(amb.get('walk'));
    expect(amb.get('The')).not.toBe(amb.get('run'));
    expect(amb.get('ended')).not.toBe(amb.get('run'));
    expect(amb.get('home')).toBe(amb.get('They'));
  });

  it('leave out words seen fewer than `min` times and tags below `share` of a word', () => {
    const amb = ambiguityClasses(sentences, 2, 0.6);
    expect(amb.has('They')).toBe(false);
    // "run" is a noun once and a verb once: neither reaches 0.6, so its set is empty.
    expect(amb.get('run')).toBe(amb.get('walk'));
    expect(amb.get('The')).toBe(ambiguityClasses([{ words: ['a', 'a'], tags: [2, 2] }]).get('a'));
  });

  it('reach the tagger through the atom cache: as written, else lower-cased, else 0', () => {
    const amb = ambiguityClasses([...sentences, { words: ['Dawn', 'came'], tags: [0, 1] }]);
    const atoms = tokenAtoms(['Run', 'zebra', 'run', 'dawn', 'Dawn'], new AtomCache({ amb }));
    expect(Array.from(atoms.amb)).toEqual([amb.get('run'), 0, amb.get('run'), 0, amb.get('Dawn')]);
  });
});

describe('the model file', () => {
  const header = {
    format: 'graphwire-syntax' as const,
    version: 2 as const,
    tags: ['NOUN NN'],
    labels: ['root'],
    vocab: [],
    tagDict: [],
    labelDict: [[labelKey(0, 0, true), 0]] as [number, number][],
    about: {},
  };
  const table = {
    classes: 1,
    keys: Uint32Array.of(7),
    counts: Uint8Array.of(1),
    cls: Uint8Array.of(0),
    w: Int16Array.of(3),
    scale: 1,
  };
  const tables = { tagger: table, moves: table, labels: table };

  it('reads back what it wrote, dictionaries included', () => {
    const back = readSyntaxModel(writeSyntaxModel(header, tables));
    expect(back.header.labelDict).toEqual(header.labelDict);
    expect(Array.from(back.tables.moves.keys)).toEqual([7]);
  });

  it('refuses a file whose features were keyed the older way, saying how to rebuild it', () => {
    const old = writeSyntaxModel({ ...header, version: 1 as unknown as 2 }, tables);
    expect(() => readSyntaxModel(old)).toThrow(/version 2.*build-model/);
  });
});
