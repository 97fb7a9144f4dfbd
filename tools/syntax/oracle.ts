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
