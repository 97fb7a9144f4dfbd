import { LEFT, MOVES, type ParseState, RIGHT, SHIFT } from './parser-state.js';

/**
 * Labelled transitions: one perceptron scores the move and the label of the
 * arc it makes together (shift, right-L and left-L for each label L), so an
 * attachment is chosen with the relation it creates, the usual arc-hybrid
 * setup. A model's move table has `labelledClasses(labels)` classes when it
 * was trained so (train.ts --labelled-moves on), and 3 otherwise.
 *
 * Class 0 is shift, 1 + L a right arc labelled L (s0 under s1), 1 + labels + L
 * a left arc labelled L (s0 under the front of the buffer). The labels may be
 * groups of labels (`labelGroups`): the most frequent labels alone, the root's
 * alone, and the rest as one group that the label model then splits; the
 * functions below take the number of groups and the root's group then.
 */

/**
 * Label groups: the root's label is group 0, the `alone` most frequent other
 * labels (by `labelFreq`) groups 1 to `alone`, and all others group `alone` + 1.
 */
export function labelGroups(
  labelFreq: readonly number[],
  rootLabel: number,
  alone: number,
): Int32Array {
  const order = labelFreq
    .map((f, l) => [f, l] as const)
    .filter(([, l]) => l !== rootLabel)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const groups = new Int32Array(labelFreq.length).fill(alone + 1);
  groups[rootLabel] = 0;
  order.slice(0, alone).forEach(([, l], i) => {
    groups[l] = i + 1;
  });
  return groups;
}

/** The number of classes of labelled moves over this many labels or groups. */
export function labelledClasses(labels: number): number {
  return 1 + 2 * labels;
}

/** True when a move table of this many classes scores labelled moves. */
export function isLabelled(classes: number): boolean {
  return classes > MOVES;
}

/** The move (SHIFT, RIGHT, LEFT) of a labelled class. */
export function moveOfClass(c: number, labels: number): number {
  if (c === 0) return SHIFT;
  return c <= labels ? RIGHT : LEFT;
}

/** The label of a labelled class (-1 for shift). */
export function labelOfClass(c: number, labels: number): number {
  return c === 0 ? -1 : (c - 1) % labels;
}

/** The class of a move with a label. */
export function classOf(move: number, label: number, labels: number): number {
  if (move === SHIFT) return 0;
  return move === RIGHT ? 1 + label : 1 + labels + label;
}

/**
 * Whether a labelled class may be taken now: its move is valid, and its label
 * is the root's exactly when the arc goes to the root (the buffer's end).
 */
export function validClass(st: ParseState, c: number, labels: number, rootLabel: number): boolean {
  const move = moveOfClass(c, labels);
  if (!st.valid(move)) return false;
  if (move === SHIFT) return true;
  const toRoot = move === LEFT && st.b >= st.n;
  return (labelOfClass(c, labels) === rootLabel) === toRoot;
}

/** The best-scoring class that may be taken now (-1 if none). */
export function bestClass(
  st: ParseState,
  scores: Float32Array,
  labels: number,
  rootLabel: number,
): number {
  let best = -1;
  let top = Number.NEGATIVE_INFINITY;
  if (st.valid(SHIFT)) {
    best = 0;
    top = scores[0] as number;
  }
  for (let move = RIGHT; move <= LEFT; move++) {
    if (!st.valid(move)) continue;
    const toRoot = move === LEFT && st.b >= st.n;
    const base = move === RIGHT ? 1 : 1 + labels;
    if (toRoot) {
      if (best < 0) best = base + rootLabel;
      continue;
    }
    for (let l = 0; l < labels; l++) {
      if (l === rootLabel) continue;
      const s = scores[base + l] as number;
      if (best < 0 || s > top) {
        top = s;
        best = base + l;
      }
    }
  }
  return best;
}
