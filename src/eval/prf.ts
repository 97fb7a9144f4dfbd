import type { Prf } from './types.js';

/** Precision, recall and F1 from counts; an empty side scores 1 when the other is empty too. */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const r = gold === 0 ? 1 : tp / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, tp, predicted, gold };
}

/** Micro-average of several scores: counts are summed, then the ratios taken. */
export function sumPrf(parts: readonly Prf[]): Prf {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const x of parts) {
    tp += x.tp;
    predicted += x.predicted;
    gold += x.gold;
  }
  return prf(tp, predicted, gold);
}
