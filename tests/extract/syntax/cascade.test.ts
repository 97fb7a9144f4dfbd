import { describe, expect, it } from 'vitest';
import { labelledClasses } from '../../../src/extract/syntax/labelled-moves.js';
import { LinearModel } from '../../../src/extract/syntax/linear.js';
import { modelFromParts } from '../../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import { MOVES, Parser, type ParseState } from '../../../src/extract/syntax/parser.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { labelledCosts, moveCosts } from '../../../tools/syntax/oracle.js';
import { heads, LABELS, labels, NSUBJ, n, ROOT } from '../../helpers/small-tree.js';

const atoms = () => ({ n, word: new Uint32Array(n + 1), tag: new Int32Array(n + 1) });

/**
 * Scorers that read the parser's state: a move table and labelled moves that
 * follow the gold tree (or, `wrong`, avoid it), and a labeller that names the
 * gold label of the word being attached.
 */
function scorers(get: () => ParseState) {
  const goldMoves = (gap: number): Scorer => ({
    classes: MOVES,
    score(_feats, _n, out) {
      const costs = new Float64Array(MOVES);
      moveCosts(get(), heads, costs);
      // Zero-cost moves score high, each `gap` apart, so the best leads by `gap` at least.
      for (let m = 0; m < MOVES; m++) out[m] = costs[m] === 0 ? 10 + gap * m : 0;
    },
  });
  const labelled = (wrong: boolean): Scorer => ({
    classes: labelledClasses(LABELS),
    score(_feats, _n, out) {
      const costs = new Float64Array(this.classes);
      labelledCosts(get(), heads, labels, LABELS, ROOT, costs);
      for (let c = 0; c < this.classes; c++) out[c] = (costs[c] === 0) !== wrong ? 1 + c : 0;
    },
  });
  const labeller: Scorer = {
    classes: LABELS,
    score(_feats, _n, out) {
      out.fill(0, 0, LABELS);
      out[labels[get().s(0)] as number] = 1;
    },
  };
  return { goldMoves, labelled, labeller };
}

describe('confidence cascade', () => {
  it('where the move table is unsure, the labelled moves decide the move and its label', () => {
    let parser: Parser | undefined;
    const s = scorers(() => (parser as Parser).state);
    // A move table that scores every move alike: each scored decision is under any margin.
    const flat: Scorer = { classes: MOVES, score: (_f, _n, out) => out.fill(0, 0, MOVES) };
    const silent: Scorer = { classes: LABELS, score: (_f, _n, out) => out.fill(0, 0, LABELS) };
    parser = new Parser({
      moves: flat,
      labels: silent,
      rootLabel: ROOT,
      cascade: { scorer: s.labelled(false), margin: 1 },
    });
    const st = parser.parse(atoms());
    expect(Array.from(st.heads.subarray(0, n))).toEqual(Array.from(heads));
    // Every scored arc takes the label of the cascade's class. The labeller
    // (scores all 0, so its first label other than the root's, NSUBJ) names
    // only the arc no decision was scored for: the final "." under "chased",
    // the one move left once the buffer holds only the root.
    const expected = Array.from(labels);
    expected[8] = NSUBJ;
    expect(Array.from(st.labels.subarray(0, n))).toEqual(expected);
    expect(parser.consulted).toBeGreaterThan(0);
    expect(parser.consulted).toBe(parser.decided);
  });

  it('where the move table leads by the margin or more, the cascade is not read', () => {
    let parser: Parser | undefined;
    const s = scorers(() => (parser as Parser).state);
    // The cascade would wreck the tree if it were read.
    parser = new Parser({
      moves: s.goldMoves(1),
      labels: s.labeller,
      rootLabel: ROOT,
      cascade: { scorer: s.labelled(true), margin: 1 },
    });
    const st = parser.parse(atoms());
    expect(Array.from(st.heads.subarray(0, n))).toEqual(Array.from(heads));
    expect(Array.from(st.labels.subarray(0, n))).toEqual(Array.from(labels));
    expect(parser.decided).toBeGreaterThan(0);
    expect(parser.consulted).toBe(0);
  });

  it('a model file carries the cascade table and its margin, read in the move table units', () => {
    const table = (classes: number, scale: number) => ({
      classes,
      keys: Uint32Array.from([7, 9]),
      counts: Uint8Array.from([1, 1]),
      cls: Uint8Array.from([0, classes - 1]),
      w: Int16Array.from([5, -3]),
      scale,
    });
    const labelNames = ['root', 'nsubj', 'obj'];
    const header = {
      format: 'graphwire-syntax' as const,
      version: 2 as const,
      tags: ['NOUN NN'],
      labels: labelNames,
      vocab: [],
      tagDict: [],
      cascadeMargin: 2,
      about: {},
    };
    const bytes = writeSyntaxModel(header, {
      tagger: table(1, 10),
      moves: table(3, 100),
      labels: table(3, 10),
      cascade: table(labelledClasses(3), 50),
    });
    const { header: h, tables } = readSyntaxModel(bytes);
    expect(h.cascadeMargin).toBe(2);
    expect(tables.cascade?.classes).toBe(7);
    const m = modelFromParts(h, {
      tagger: new LinearModel(tables.tagger),
      moves: new LinearModel(tables.moves),
      labels: new LinearModel(tables.labels),
      cascade: tables.cascade && new LinearModel(tables.cascade),
      movesScale: tables.moves.scale,
    });
    expect(m.parser.cascade?.margin).toBe(200);
    // Without a margin in the header, the table is not read.
    const plain = modelFromParts(
      { ...h, cascadeMargin: undefined },
      {
        tagger: new LinearModel(tables.tagger),
        moves: new LinearModel(tables.moves),
        labels: new LinearModel(tables.labels),
        cascade: tables.cascade && new LinearModel(tables.cascade),
      },
    );
    expect(plain.parser.cascade).toBeUndefined();
  });
});
