/**
 * What a decision of the tagger or the parser needs from a model: the scores
 * of every class for a set of feature keys. The shipped LinearModel and the
 * training perceptron (tools/syntax) both provide it, so training and run time
 * share one feature code path.
 */
export interface Scorer {
  readonly classes: number;
  score(feats: Uint32Array, n: number, out: Float32Array): void;
}

/** Index of the highest score among the first `n` (first one wins ties). */
export function argmax(scores: Float32Array, n: number): number {
  let best = 0;
  let top = scores[0] as number;
  for (let i = 1; i < n; i++) {
    const s = scores[i] as number;
    if (s > top) {
      top = s;
      best = i;
    }
  }
  return best;
}
