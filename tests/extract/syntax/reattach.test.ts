import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadSyntaxModel,
  MODEL_PATH,
  SyntaxAnalyser,
  syntaxModelFrom,
} from '../../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../../src/extract/syntax/model-file.js';
import { AttachScratch } from '../../../src/extract/syntax/punct.js';
import {
  eachWord,
  REATTACH_FEATURES,
  type ReattachSentence,
  reattachTags,
} from '../../../src/extract/syntax/reattach.js';
import type { Scorer } from '../../../src/extract/syntax/scorer.js';
import { udTokenize } from '../../../src/extract/syntax/ud-tokenize.js';

const file = readSyntaxModel(readFileSync(MODEL_PATH));
/** The shipped model without a re-attachment table. */
const bareModel = syntaxModelFrom(
  writeSyntaxModel(
    { ...file.header, reattach: undefined },
    { ...file.tables, reattach: undefined },
  ),
);
const bare = new SyntaxAnalyser(bareModel);
const tags = reattachTags(bareModel.upos);

function parse(an: SyntaxAnalyser, text: string) {
  const words = udTokenize(text, 0).map((t) => t.text);
  return { words, a: an.analyse(words) };
}

/** Scores each candidate lower than the one before: every word's first candidate (the nearest on its left) wins. */
function falling(): Scorer {
  let calls = 0;
  return {
    classes: 1,
    score(_feats, _n, out) {
      out[0] = -++calls;
    },
  };
}

const flat: Scorer = {
  classes: 1,
  score(_feats, _n, out) {
    out[0] = 0;
  },
};

/** Whether every word reaches the root by its heads. */
function isTree(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    let t = i;
    let steps = 0;
    while (t >= 0 && steps++ <= n) t = heads[t] as number;
    if (t >= 0) return false;
  }
  return true;
}

/** Pairs of arcs that cross (the root's arc aside). */
function crossings(heads: ArrayLike<number>): number {
  let count = 0;
  const n = heads.length;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      const ha = heads[a] as number;
      const hb = heads[b] as number;
      if (ha < 0 || hb < 0 || a === b) continue;
      const [l1, r1] = ha < a ? [ha, a] : [a, ha];
      const [l2, r2] = hb < b ? [hb, b] : [b, hb];
      if (l1 < l2 && l2 < r1 && r1 < r2) count++;
    }
  return count;
}

describe('word re-attachment', () => {
  // "She gave the boy a book ." (0..6), "gave" the root.
  const heads = Int32Array.from([1, -1, 3, 1, 5, 1, 1]);
  const sentence: ReattachSentence = {
    words: ['She', 'gave', 'the', 'boy', 'a', 'book', '.'],
    upos: [0, 0, 0, 0, 0, 0, 0],
    labels: [0, 0, 0, 0, 0, 0, 0],
    punct: [0, 0, 0, 0, 0, 0, 1],
    parsed: heads,
    atoms: [0, 0, 0, 0, 0, 0, 0],
  };
  function candidates(leavesOnly: boolean): Map<number, number[]> {
    const seen = new Map<number, number[]>();
    const feats = new Uint32Array(REATTACH_FEATURES);
    eachWord(sentence, tags, heads.slice(), leavesOnly, new AttachScratch(), feats, (p, c, k) => {
      seen.set(p, [...c.subarray(0, k)]);
      return -1;
    });
    return seen;
  }

  it('a leaf may hang from the words it reaches without crossing an arc', () => {
    const seen = candidates(true);
    // "the" (2): "gave" or "boy"; not "She" (gave's arcs to its right would cross) nor "a".
    expect(seen.get(2)).toEqual([1, 3]);
    // "a" (4): "boy" and "gave" (the arcs between stay inside), nearest first, then "book".
    expect(seen.get(4)).toEqual([3, 1, 5]);
    // Words with dependents, the root and punctuation are not visited.
    expect(seen.has(3)).toBe(false);
    expect(seen.has(1)).toBe(false);
    expect(seen.has(6)).toBe(false);
  });

  it('a word with dependents moves with its subtree, never under a word of it', () => {
    const seen = candidates(false);
    // "boy" (3): "gave", "a" or "book"; "the" (2) is its own dependent.
    expect(seen.get(3)).toEqual([1, 4, 5]);
    expect(seen.get(3)).not.toContain(2);
  });

  it("the parser records each arc's margin only when asked, and the same tree either way", () => {
    const text = 'The committee approved the plan on Tuesday after a long debate.';
    const words = udTokenize(text, 0).map((t) => t.text);
    const plain = new SyntaxAnalyser(bareModel);
    expect(plain.parser.recordMargins).toBe(false);
    const b = plain.analyse(words);
    const recording = new SyntaxAnalyser(bareModel);
    recording.parser.recordMargins = true;
    const r = recording.analyse(words);
    expect([...r.heads]).toEqual([...b.heads]);
    expect([...r.labels]).toEqual([...b.labels]);
    const margins = [...recording.parser.margins.subarray(0, words.length)];
    // Every margin is a lead (never below zero); some arcs were chosen among moves, some forced.
    for (const m of margins) expect(m).toBeGreaterThanOrEqual(0);
    expect(margins.some((m) => Number.isFinite(m))).toBe(true);
    expect(margins.some((m) => m === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('the shipped model parses as before without the table', () => {
    const text = 'The soldiers who stormed the village on Monday were arrested by the police.';
    const shipped = new SyntaxAnalyser(loadSyntaxModel());
    const s = parse(shipped, text);
    const b = parse(bare, text);
    if (!file.tables.reattach) {
      expect([...s.a.heads]).toEqual([...b.a.heads]);
      expect([...s.a.labels]).toEqual([...b.a.labels]);
    }
    expect([...s.a.tags]).toEqual([...b.a.tags]);
  });

  it('a table that prefers no candidate leaves the parser its heads and labels', () => {
    const tied = new SyntaxAnalyser({
      ...bareModel,
      reattach: { scorer: flat, leavesOnly: false, margin: 0 },
    });
    for (const text of [
      'We sent the parcel on Monday, I think it should arrive soon.',
      'The talks in Geneva ended on Thursday with a short statement.',
    ]) {
      const t = parse(tied, text);
      const b = parse(bare, text);
      expect([...t.a.heads]).toEqual([...b.a.heads]);
      expect([...t.a.labels]).toEqual([...b.a.labels]);
    }
  });

  it.each([true, false])(
    'moving words (leaves only: %s) keeps a tree without new crossings, and relabels only what moved',
    (leavesOnly) => {
      const moving = new SyntaxAnalyser({
        ...bareModel,
        reattach: { scorer: falling(), leavesOnly, margin: 0 },
      });
      for (const text of [
        'The talks in Geneva ended on Thursday with a short statement from both sides.',
        'She said the new bridge over the river would open next spring.',
        'Rebels attacked the convoy near the border town of Qusair on Friday.',
      ]) {
        const m = parse(moving, text);
        const b = parse(bare, text);
        expect(isTree(m.a.heads)).toBe(true);
        expect(crossings(m.a.heads)).toBeLessThanOrEqual(crossings(b.a.heads));
        let moved = 0;
        m.words.forEach((_, i) => {
          if (m.a.heads[i] === b.a.heads[i]) {
            expect(m.a.labels[i]).toBe(b.a.labels[i]);
          } else {
            moved++;
            // Punctuation and the root keep their heads.
            expect(bareModel.upos[m.a.tags[i] as number]).not.toBe('PUNCT');
            expect(b.a.heads[i]).not.toBe(-1);
          }
        });
        expect(moved).toBeGreaterThan(0);
        expect([...m.a.tags]).toEqual([...b.a.tags]);
      }
    },
  );
});
