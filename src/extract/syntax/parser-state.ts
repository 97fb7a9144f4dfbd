/**
 * The configuration of the arc-hybrid transition system (parser.ts) and its
 * moves. Words are 0..n-1; n is the root, at the end of the buffer.
 */

export const SHIFT = 0;
/** s0 becomes a dependent of s1. */
export const RIGHT = 1;
/** s0 becomes a dependent of n0 (the front of the buffer). */
export const LEFT = 2;
export const MOVES = 3;

/** The configuration of the transition system, with arrays reused across sentences. */
export class ParseState {
  n = 0;
  sp = 0;
  b = 0;
  stack: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents. */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  /** Numbers of left and right dependents. */
  nl: Int32Array;
  nr: Int32Array;
  /** The labels of the left and right dependents, as one order-free hash each. */
  ls: Int32Array;
  rs: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(0);
    this.heads = this.stack;
    this.labels = this.stack;
    this.lc1 = this.stack;
    this.lc2 = this.stack;
    this.rc1 = this.stack;
    this.rc2 = this.stack;
    this.nl = this.stack;
    this.nr = this.stack;
    this.ls = this.stack;
    this.rs = this.stack;
    this.grow(capacity);
  }

  private grow(size: number): void {
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.lc1 = new Int32Array(size);
    this.lc2 = new Int32Array(size);
    this.rc1 = new Int32Array(size);
    this.rc2 = new Int32Array(size);
    this.nl = new Int32Array(size);
    this.nr = new Int32Array(size);
    this.ls = new Int32Array(size);
    this.rs = new Int32Array(size);
  }

  reset(n: number): void {
    if (this.stack.length < n + 1) this.grow(2 * (n + 1));
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (const a of [this.heads, this.labels, this.lc1, this.lc2, this.rc1, this.rc2])
      a.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
    this.ls.fill(0, 0, n + 1);
    this.rs.fill(0, 0, n + 1);
  }

  done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  s(i: number): number {
    return this.sp > i ? (this.stack[this.sp - 1 - i] as number) : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.sp >= 2;
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }

  /** Applies a move; for an arc, `label` is the arc's label id. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp] as number;
    this.attach(d, move === LEFT ? this.b : (this.stack[this.sp - 1] as number), label);
  }

  /**
   * Sets this configuration to a finished tree (heads -1 or n for the root),
   * as parsing it would leave it: every arc and its label, the stack and
   * buffer empty.
   */
  setTree(n: number, heads: ArrayLike<number>, labels: ArrayLike<number>): void {
    this.reset(n);
    for (let d = 0; d < n; d++) {
      const h = heads[d] as number;
      this.attach(d, h < 0 ? n : h, labels[d] as number);
    }
    this.b = n;
  }

  /** Makes `d` a dependent of `h` with `label`. */
  private attach(d: number, h: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const lh = Math.imul(label + 1, 0x9e3779b1);
    if (d < h) {
      this.ls[h] = ((this.ls[h] as number) + lh) | 0;
      this.nl[h] = (this.nl[h] as number) + 1;
      const c1 = this.lc1[h] as number;
      if (c1 === -1 || d < c1) {
        this.lc2[h] = c1;
        this.lc1[h] = d;
      } else if (this.lc2[h] === -1 || d < (this.lc2[h] as number)) this.lc2[h] = d;
    } else {
      this.rs[h] = ((this.rs[h] as number) + lh) | 0;
      this.nr[h] = (this.nr[h] as number) + 1;
      const c1 = this.rc1[h] as number;
      if (c1 === -1 || d > c1) {
        this.rc2[h] = c1;
        this.rc1[h] = d;
      } else if (this.rc2[h] === -1 || d > (this.rc2[h] as number)) this.rc2[h] = d;
    }
  }
}
