import { describe, expect, it } from 'vitest';
import { ClusterTable, clusterKey } from '../../../src/extract/syntax/clusters.js';
import { modelFromParts, SyntaxAnalyser } from '../../../src/extract/syntax/model.js';
import {
  readSyntaxModel,
  type SyntaxHeader,
  writeSyntaxModel,
} from '../../../src/extract/syntax/model-file.js';
import {
  MOVE_FEATURES,
  moveFeatures,
  ParseState,
  parserAtoms,
} from '../../../src/extract/syntax/parser.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { tagTemplates } from '../../../src/extract/syntax/tagger.js';
import { wordClusters } from '../../../tools/syntax/clusters.js';

// A small text of our own: animals and tools take the same places.
const text = [
  'the cat sat on the mat',
  'the dog sat on the rug',
  'a cat ran to the house',
  'a dog ran to the barn',
  'the hammer broke the glass',
  'the spade broke the pot',
  'a hammer hit a nail',
  'a spade hit a stone',
  'my cat ate the fish',
  'my dog ate the bone',
  'the farmer used the spade',
  'the builder used the hammer',
].map((l) => l.split(' '));

describe('word clusters from unlabelled text', () => {
  it('are the same for the same text and seed, whatever the order of the call', () => {
    const a = wordClusters(text, { min: 2, contexts: 20, coarse: 3, fine: 2, perFine: 1 });
    const b = wordClusters(text, { min: 2, contexts: 20, coarse: 3, fine: 2, perFine: 1 });
    expect(b).toEqual(a);
    expect(a.map((r) => r[0])).toEqual([...a.map((r) => r[0])].sort());
  });

  it('cluster only words seen often enough, and put words used alike together', () => {
    const rows = wordClusters(text, { min: 2, contexts: 20, coarse: 3, fine: 2, perFine: 1 });
    const of = new Map(rows.map((r) => [r[0], r]));
    expect(of.has('farmer')).toBe(false);
    expect(of.get('cat')?.[1]).toBe(of.get('dog')?.[1]);
    expect(of.get('sat')?.[1]).not.toBe(of.get('cat')?.[1]);
    // Fine clusters sit inside their coarse one.
    for (const [, c, f] of rows) expect(Math.floor(f / 2)).toBe(c);
  });

  it('look words up lower-cased, every digit a 0', () => {
    expect(clusterKey('Baghdad')).toBe('baghdad');
    expect(clusterKey('1987')).toBe(clusterKey('2016'));
    const t = new ClusterTable([
      ['0000', 1, 5],
      ['cat', 2, 7],
    ]);
    const out = new Uint32Array(4);
    t.atoms('1999', out, 0);
    t.atoms('Zebra', out, 2);
    expect(out[0]).not.toBe(0);
    expect([out[2], out[3]]).toEqual([0, 0]);
  });
});

describe('a model with a cluster table', () => {
  const table = {
    classes: 3,
    keys: Uint32Array.of(7),
    counts: Uint8Array.of(1),
    cls: Uint8Array.of(0),
    w: Int16Array.of(3),
    scale: 1,
  };
  const header: SyntaxHeader = {
    format: 'graphwire-syntax',
    version: 2,
    tags: ['NOUN NN', 'VERB VBD', 'PROPN NNP'],
    labels: ['dep', 'root'],
    vocab: [],
    tagDict: [],
    about: {},
  };
  const withClusters = readSyntaxModel(
    writeSyntaxModel(
      {
        ...header,
        clusters: [
          ['cat', 0, 1],
          ['dog', 0, 1],
        ],
      },
      { tagger: table, moves: table, labels: table },
    ),
  ).header;

  it('reads it from the file, and a file without one has no such field', () => {
    expect(withClusters.clusters).toHaveLength(2);
    const plain = readSyntaxModel(
      writeSyntaxModel(header, { tagger: table, moves: table, labels: table }),
    );
    expect('clusters' in plain.header).toBe(false);
  });

  it('tags and parses with more features; one without reads the plain templates', () => {
    const plainTag = tagTemplates({ amb: false, lex: false }).n;
    const seen = { tag: 0, move: 0 };
    // Counts the features each decision hands it; prefers the first class.
    const counting = (what: 'tag' | 'move' | 'label', classes: number): Scorer => ({
      classes,
      score(_f, n, out) {
        out.fill(0, 0, classes);
        out[0] = 1;
        if (what !== 'label') seen[what] = Math.max(seen[what], n);
      },
    });
    const parse = (h: SyntaxHeader) => {
      seen.tag = 0;
      seen.move = 0;
      const m = modelFromParts(h, {
        tagger: counting('tag', 3),
        moves: counting('move', 3),
        labels: counting('label', 2),
      });
      new SyntaxAnalyser(m).analyse(['the', 'cat', 'slept']);
      return { ...seen };
    };
    const plain = parse(header);
    const clustered = parse(withClusters);
    expect(plain.tag).toBe(plainTag);
    expect(clustered.tag).toBeGreaterThan(plain.tag);
    expect(clustered.move).toBeGreaterThan(plain.move);
    expect(clustered.move).toBeLessThanOrEqual(MOVE_FEATURES);
    // clustersFor: the tagger alone, or the parser alone, reads them.
    expect(parse({ ...withClusters, clustersFor: 'tagger' })).toEqual({
      tag: clustered.tag,
      move: plain.move,
    });
    expect(parse({ ...withClusters, clustersFor: 'parser' })).toEqual({
      tag: plain.tag,
      move: clustered.move,
    });
  });

  it('reads only the cluster templates a model names', () => {
    const plain = tagTemplates({ amb: false, lex: false }).n;
    expect(tagTemplates({ amb: false, lex: false, clu: true, cluRows: [47, 56] }).n).toBe(
      plain + 2,
    );
    expect(tagTemplates({ amb: false, lex: false, clu: true }).n).toBeGreaterThan(plain + 2);
    expect(() => tagTemplates({ amb: false, lex: false, clu: true, cluRows: [47, 99] })).toThrow(
      /unknown cluster templates/,
    );
  });

  it('gives the parser the same keys without clusters as before, and cluster keys after them', () => {
    const words = ['the', 'cat', 'slept'];
    const tags = [0, 0, 1];
    const keys = (clusters?: ClusterTable) => {
      const st = new ParseState();
      st.reset(3);
      st.apply(0, -1);
      const out = new Uint32Array(MOVE_FEATURES);
      const a = parserAtoms(words, tags, new Set(), 3, undefined, undefined, clusters);
      return Array.from(out.subarray(0, moveFeatures(st, a, out)));
    };
    const plain = keys();
    const cat = keys(new ClusterTable([['cat', 0, 1]]));
    const dog = keys(new ClusterTable([['dog', 0, 1]]));
    expect(cat.slice(0, plain.length)).toEqual(plain);
    expect(cat.length).toBeGreaterThan(plain.length);
    expect(cat).not.toEqual(dog);
  });
});
