import { validClass } from '../../src/extract/syntax/labelled-moves.js';
import { LEFT, type ParseState, RIGHT, SHIFT } from '../../src/extract/syntax/parser.js';

/**
 * The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): how many gold arcs
 * each move makes unreachable from the current configuration. `gold[d]` is the
 * gold head of word d, with n for the root. On a projective tree the moves of
 * cost 0 are exactly the right ones; on a non-projective tree some arcs are
 * unreachable from the start, and the cheapest moves still lose the fewest.
 * Invalid moves get Infinity.
 */
export function moveCosts(st: ParseState, gold: Int32Array, out: Float64Array): void {
  const n = st.n;
  const b = st.b;
  const s0 = st.s(0);
  const s1 = st.s(1);
  out[SHIFT] = Number.POSITIVE_INFINITY;
  out[RIGHT] = Number.POSITIVE_INFINITY;
  out[LEFT] = Number.POSITIVE_INFINITY;
  if (st.valid(SHIFT)) {
    let c = 0;
    for (let i = 0; i < st.sp; i++) {
      const s = st.stack[i] as number;
      if (gold[s] === b) c++;
      if (gold[b] === s && s !== s0) c++;
    }
    out[SHIFT] = c;
  }
  if (s0 < 0) return;
  let deps = 0;
  for (let d = b; d < n; d++) if (gold[d] === s0) deps++;
  const h = gold[s0] as number;
  if (st.valid(RIGHT)) out[RIGHT] = deps + (h >= b ? 1 : 0);
  if (st.valid(LEFT)) out[LEFT] = deps + (h !== b && (h === s1 || h > b) ? 1 : 0);
}

const moveCost = new Float64Array(3);

/**
 * The dynamic oracle for labelled moves (labelled-moves.ts): a move's cost as
 * in moveCosts, plus one when its arc is a gold arc given another label than
 * the gold one. On a projective tree the classes of cost 0 are exactly those
 * that rebuild the gold tree with its labels. Classes that may not be taken
 * get Infinity.
 */
export function labelledCosts(
  st: ParseState,
  gold: Int32Array,
  goldLabel: Int32Array,
  labels: number,
  rootLabel: number,
  out: Float64Array,
): void {
  moveCosts(st, gold, moveCost);
  out[0] = moveCost[SHIFT] as number;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const g = s0 < 0 ? -1 : (gold[s0] as number);
  const gl = s0 < 0 ? -1 : (goldLabel[s0] as number);
  for (let l = 0; l < labels; l++) {
    const r = 1 + l;
    const left = 1 + labels + l;
    out[r] = validClass(st, r, labels, rootLabel)
      ? (moveCost[RIGHT] as number) + (g === s1 && gl !== l ? 1 : 0)
      : Number.POSITIVE_INFINITY;
    out[left] = validClass(st, left, labels, rootLabel)
      ? (moveCost[LEFT] as number) + (g === st.b && gl !== l ? 1 : 0)
      : Number.POSITIVE_INFINITY;
  }
}

/** True when no two arcs of the tree cross (heads as in moveCosts). */
export function projective(gold: Int32Array, n: number): boolean {
  for (let d = 0; d < n; d++) {
    const h = gold[d] as number;
    const lo = Math.min(d, h);
    const hi = Math.max(d, h);
    for (let e = lo + 1; e < hi; e++) {
      const g = gold[e] as number;
      if (g < lo || g > hi) return false;
    }
  }
  return true;
}
