import { describe, expect, it } from 'vitest';
import {
  classOf,
  labelGroups,
  labelledClasses,
  labelOfClass,
  moveOfClass,
} from '../../../src/extract/syntax/labelled-moves.js';
import { LEFT, Parser, ParseState, RIGHT, SHIFT } from '../../../src/extract/syntax/parser.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { labelledCosts, projective } from '../../../tools/syntax/oracle.js';
import { DET, heads, LABELS, labels, n, OBJ, ROOT } from '../../helpers/small-tree.js';

/** Classes of cost 0 in the configuration `st`, by the labelled oracle. */
function zeroCost(st: ParseState): number[] {
  const costs = new Float64Array(labelledClasses(LABELS));
  labelledCosts(st, heads, labels, LABELS, ROOT, costs);
  return [...costs.keys()].filter((c) => costs[c] === 0);
}

describe('labelled moves', () => {
  it('a class names one move and one label, and back', () => {
    for (const move of [RIGHT, LEFT])
      for (let l = 0; l < LABELS; l++) {
        const c = classOf(move, l, LABELS);
        expect([moveOfClass(c, LABELS), labelOfClass(c, LABELS)]).toEqual([move, l]);
      }
    expect(moveOfClass(classOf(SHIFT, -1, LABELS), LABELS)).toBe(SHIFT);
    expect(labelledClasses(LABELS)).toBe(15);
  });

  it("the oracle's zero-cost moves, whichever is taken, rebuild a projective gold tree with its labels", () => {
    expect(projective(heads, n)).toBe(true);
    // Take the first zero-cost class every time, then the last: both must end in the gold tree.
    for (const pick of [(cs: number[]) => cs[0], (cs: number[]) => cs[cs.length - 1]]) {
      const st = new ParseState();
      st.reset(n);
      while (!st.done()) {
        const cs = zeroCost(st);
        expect(cs.length).toBeGreaterThan(0);
        const c = pick(cs) as number;
        st.apply(moveOfClass(c, LABELS), labelOfClass(c, LABELS));
      }
      expect(Array.from(st.heads.subarray(0, n))).toEqual(Array.from(heads));
      expect(Array.from(st.labels.subarray(0, n))).toEqual(Array.from(labels));
    }
  });

  it('an arc of the gold tree under the wrong label costs one; the right label costs nothing', () => {
    const st = new ParseState();
    st.reset(n);
    st.apply(SHIFT, -1); // "The" on the stack, "dog" at the front of the buffer
    const costs = new Float64Array(labelledClasses(LABELS));
    labelledCosts(st, heads, labels, LABELS, ROOT, costs);
    expect(costs[classOf(LEFT, DET, LABELS)]).toBe(0);
    expect(costs[classOf(LEFT, OBJ, LABELS)]).toBe(1);
    // No right arc with one word on the stack, and no arc but to the root is labelled root.
    expect(costs[classOf(RIGHT, DET, LABELS)]).toBe(Number.POSITIVE_INFINITY);
    expect(costs[classOf(LEFT, ROOT, LABELS)]).toBe(Number.POSITIVE_INFINITY);
    // Shifting "dog" would leave "The" without its head.
    expect(costs[0]).toBe(1);
  });

  it('the parser takes the label of the move it chooses, and the root arc is labelled root', () => {
    // A scorer that prefers the oracle's zero-cost classes: the parse it leads to is the gold tree.
    let parser: Parser | undefined;
    const oracleScorer: Scorer = {
      classes: labelledClasses(LABELS),
      score(_feats, _n, out) {
        out.fill(0, 0, this.classes);
        const st = (parser as Parser).state;
        for (const c of zeroCost(st)) out[c] = 1 + c;
      },
    };
    const none: Scorer = { classes: LABELS, score: () => undefined };
    parser = new Parser({ moves: oracleScorer, labels: none, rootLabel: ROOT });
    const atoms = { n, word: new Uint32Array(n + 1), tag: new Int32Array(n + 1) };
    const st = parser.parse(atoms);
    expect(Array.from(st.heads.subarray(0, n))).toEqual(Array.from(heads));
    expect(Array.from(st.labels.subarray(0, n))).toEqual(Array.from(labels));
  });

  it('groups: the root alone, the most frequent labels alone, the rest together', () => {
    // Frequencies by label id: PUNCT and DET the most frequent after the root.
    const freq = [9, 3, 2, 8, 1, 1, 10];
    const groups = labelGroups(freq, ROOT, 2);
    expect(Array.from(groups)).toEqual([0, 3, 3, 2, 3, 3, 1]);
  });

  it('over groups, the oracle rebuilds the tree and the label model splits the shared group', () => {
    const groups = labelGroups([9, 3, 2, 8, 1, 1, 10], ROOT, 2);
    const G = 4;
    const goldGroups = labels.map((l) => groups[l] as number);
    let parser: Parser | undefined;
    const moves: Scorer = {
      classes: labelledClasses(G),
      score(_feats, _n, out) {
        const st = (parser as Parser).state;
        const costs = new Float64Array(this.classes);
        labelledCosts(st, heads, goldGroups, G, 0, costs);
        for (let c = 0; c < this.classes; c++) out[c] = costs[c] === 0 ? 1 + c : 0;
      },
    };
    // Prefers DET everywhere (outside the shared group), then the gold label of s0.
    const labelScorer: Scorer = {
      classes: LABELS,
      score(_feats, _n, out) {
        out.fill(0, 0, LABELS);
        out[DET] = 100;
        out[labels[(parser as Parser).state.s(0)] as number] = 50;
      },
    };
    parser = new Parser({ moves, labels: labelScorer, rootLabel: ROOT, labelGroups: groups });
    const st = parser.parse({ n, word: new Uint32Array(n + 1), tag: new Int32Array(n + 1) });
    expect(Array.from(st.heads.subarray(0, n))).toEqual(Array.from(heads));
    expect(Array.from(st.labels.subarray(0, n))).toEqual(Array.from(labels));
  });
});
