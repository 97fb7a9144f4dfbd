import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The cross-validation bench (bench/conll04/cv.mjs, score.mjs): its figures are
// only comparable between runs if the folds are the same every time and the
// folds' counts add up to one score over all sentences.
const bench = join(import.meta.dirname, '../../bench/conll04');
const { foldOf } = await import(join(bench, 'cv.mjs'));
const { sumScores } = await import(join(bench, 'score.mjs'));

const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);

describe('CoNLL04 cross-validation folds', () => {
  it('puts every sentence in one fold, the same one on every run, all folds near a fifth', () => {
    const folds = ids.map((id) => foldOf(id, 5, 1));
    expect(ids.map((id) => foldOf(id, 5, 1))).toEqual(folds);
    for (let k = 0; k < 5; k++) {
      const n = folds.filter((f) => f === k).length;
      expect(n).toBeGreaterThan(150);
      expect(n).toBeLessThan(250);
    }
    expect(folds.every((f) => Number.isInteger(f) && f >= 0 && f < 5)).toBe(true);
  });

  it('draws other folds under another seed', () => {
    const moved = ids.filter((id) => foldOf(id, 5, 1) !== foldOf(id, 5, 2)).length;
    expect(moved).toBeGreaterThan(500);
  });
});

describe('summing fold scores', () => {
  const prf = (tp: number, predicted: number, gold: number) => ({
    tp,
    predicted,
    gold,
    p: tp / predicted,
    r: tp / gold,
    f1: 0,
  });
  it('adds the counts of each figure and recomputes precision, recall and F1 from them', () => {
    const s = sumScores([
      {
        entities: prf(8, 10, 10),
        relations: prf(3, 4, 6),
        byRelation: { Kill: prf(1, 1, 2) },
        byRule: { 'x-of-y': prf(2, 3, 2) },
      },
      {
        entities: prf(2, 10, 10),
        relations: prf(1, 4, 2),
        byRelation: { Kill: prf(1, 3, 2), Live_In: prf(0, 1, 1) },
        byRule: { 'x-of-y': prf(1, 1, 1) },
      },
    ]);
    expect(s.entities).toMatchObject({ tp: 10, predicted: 20, gold: 20, p: 0.5, r: 0.5, f1: 0.5 });
    expect(s.relations).toMatchObject({ tp: 4, predicted: 8, gold: 8, f1: 0.5 });
    expect(s.byRelation.Kill).toMatchObject({ tp: 2, predicted: 4, gold: 4, p: 0.5 });
    expect(s.byRelation.Live_In).toMatchObject({ tp: 0, predicted: 1, gold: 1 });
    expect(s.byRule['x-of-y']).toMatchObject({ tp: 3, predicted: 4, p: 0.75 });
  });
});
