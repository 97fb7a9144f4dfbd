import { hashString, key1, key2, key3 } from './hash.js';
import { argmax, type Scorer } from './scorer.js';

/**
 * A greedy arc-hybrid dependency parser (Kuhlmann et al. 2011; Goldberg and
 * Nivre 2013) over averaged perceptrons. One model picks the transition; a
 * second picks the label of each arc as it is made, so later decisions see
 * the labels of the children already attached (Zhang and Nivre 2011 features).
 *
 * Words are 0..n-1; n is the root, which sits at the end of the buffer, so
 * the last word left on the stack attaches to it and every tree has one root.
 */

export const SHIFT = 0;
/** s0 becomes a dependent of s1. */
export const RIGHT = 1;
/** s0 becomes a dependent of n0 (the front of the buffer). */
export const LEFT = 2;
export const MOVES = 3;

/** The parser's view of a sentence: a word atom and a tag atom per word, the root last. */
export interface ParserAtoms {
  n: number;
  word: Uint32Array;
  tag: Int32Array;
}

const NONE_WORD = hashString('<none>');
const ROOT_WORD = hashString('<root>');
const UNKNOWN_WORD = hashString('<unk>');

/**
 * Atoms for words and their tag classes. Words outside `vocab` (the words the
 * training data has often enough) share one atom, so an unseen word still
 * fires learned features. `known` keeps the atoms of words seen before.
 */
export function parserAtoms(
  words: readonly string[],
  tags: ArrayLike<number>,
  vocab: ReadonlySet<string>,
  tagClasses: number,
  known?: Map<string, number>,
): ParserAtoms {
  const n = words.length;
  const word = new Uint32Array(n + 1);
  const tag = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    let atom = known?.get(w);
    if (atom === undefined) {
      const l = w.toLowerCase();
      atom = vocab.has(l) ? hashString(l) : UNKNOWN_WORD;
      if (known && known.size < 50_000) known.set(w, atom);
    }
    word[i] = atom;
    tag[i] = (tags[i] as number) + 1;
  }
  word[n] = ROOT_WORD;
  tag[n] = tagClasses + 1;
  return { n, word, tag };
}

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
    const h = move === LEFT ? this.b : (this.stack[this.sp - 1] as number);
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

/** Distance buckets: 1, 2, 3, 4, 5-7, 8-11, 12+. */
function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  return d <= 11 ? 6 : 7;
}

/** Largest number of features a transition decision fires. */
export const MOVE_FEATURES = 89;

/** Word atom of word i (-1: none). */
function wAt(a: ParserAtoms, i: number): number {
  return i < 0 ? NONE_WORD : (a.word[i] as number);
}

/** Tag atom of word i (-1 or past the root: none). */
function tAt(a: ParserAtoms, i: number): number {
  return i < 0 || i > a.n ? 0 : (a.tag[i] as number);
}

/** Label atom of word i, once it has a head (0 before). */
function lAt(st: ParseState, i: number): number {
  return i < 0 ? 0 : (st.labels[i] as number) + 1;
}

function child(arr: Int32Array, i: number): number {
  return i < 0 ? -1 : (arr[i] as number);
}

/**
 * Feature keys of the next transition decision; returns how many. Template
 * numbers are part of the keys, so a template removed leaves a gap: 2, 6, 12,
 * 33 and 59 (the second buffer word, the third stack word, the second
 * rightmost dependent's word, and two word pairs) were dropped because
 * parsing dev without them scored higher.
 */
export function moveFeatures(st: ParseState, a: ParserAtoms, out: Uint32Array): number {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const n0 = st.b;
  const n1 = n0 + 1 <= st.n ? n0 + 1 : -1;
  const n2 = n0 + 2 <= st.n ? n0 + 2 : -1;
  const s0L = child(st.lc1, s0);
  const s0L2 = child(st.lc2, s0);
  const s0R = child(st.rc1, s0);
  const s0R2 = child(st.rc2, s0);
  const n0L = child(st.lc1, n0);
  const n0L2 = child(st.lc2, n0);
  const s1R = child(st.rc1, s1);
  const ws0 = wAt(a, s0);
  const wn0 = wAt(a, n0);
  const ws1 = wAt(a, s1);
  const wn1 = wAt(a, n1);
  const wn2 = wAt(a, n2);
  const ts0 = tAt(a, s0);
  const tn0 = tAt(a, n0);
  const ts1 = tAt(a, s1);
  const tn1 = tAt(a, n1);
  const tn2 = tAt(a, n2);
  const ts2 = tAt(a, s2);
  const ts0L = tAt(a, s0L);
  const ts0R = tAt(a, s0R);
  const tn0L = tAt(a, n0L);
  const ls0L = lAt(st, s0L);
  const ls0R = lAt(st, s0R);
  const ln0L = lAt(st, n0L);
  const d = s0 < 0 ? 0 : bucket(n0 - s0);
  const nls0 = s0 < 0 ? 0 : (st.nl[s0] as number);
  const nrs0 = s0 < 0 ? 0 : (st.nr[s0] as number);
  const nln0 = st.nl[n0] as number;
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, wn0);
  out[k++] = key1(3, wn2);
  out[k++] = key1(4, ws0);
  out[k++] = key1(5, ws1);
  out[k++] = key1(7, wAt(a, n0L));
  out[k++] = key1(8, wAt(a, n0L2));
  out[k++] = key1(9, wAt(a, s0L));
  out[k++] = key1(10, wAt(a, s0L2));
  out[k++] = key1(11, wAt(a, s0R));
  out[k++] = key1(13, tn0);
  out[k++] = key1(14, tn1);
  out[k++] = key1(15, tn2);
  out[k++] = key1(16, ts0);
  out[k++] = key1(17, ts1);
  out[k++] = key1(18, ts2);
  out[k++] = key1(19, tn0L);
  out[k++] = key1(20, tAt(a, n0L2));
  out[k++] = key1(21, ts0L);
  out[k++] = key1(22, tAt(a, s0L2));
  out[k++] = key1(23, ts0R);
  out[k++] = key1(24, tAt(a, s0R2));
  out[k++] = key2(25, wn0, tn0);
  out[k++] = key2(26, wn1, tn1);
  out[k++] = key2(27, wn2, tn2);
  out[k++] = key2(28, ws0, ts0);
  out[k++] = key2(29, ws1, ts1);
  out[k++] = key2(30, ws0, wn0);
  out[k++] = key3(31, wn0, tn0, ws0);
  out[k++] = key3(32, wn0, tn0, ts0);
  out[k++] = key3(34, ws0, ts0, tn0);
  out[k++] = key3(35, ws0, wn0, ts0 * 256 + tn0);
  out[k++] = key2(36, ts0, tn0);
  out[k++] = key2(37, tn0, tn1);
  out[k++] = key3(38, tn0, tn1, tn2);
  out[k++] = key3(39, ts0, tn0, tn1);
  out[k++] = key3(40, ts0, ts1, tn0);
  out[k++] = key3(41, ts0, ts0R, tn0);
  out[k++] = key3(42, ts0, tn0, tn0L);
  out[k++] = key3(43, ts0, ts0L, tAt(a, s0L2));
  out[k++] = key3(44, ts0, ts0R, tAt(a, s0R2));
  out[k++] = key3(45, tn0, tn0L, tAt(a, n0L2));
  out[k++] = key3(46, ts0, ts1, ts2);
  out[k++] = key3(47, ts0, ts0L, tn0);
  out[k++] = key2(48, ws0, nrs0);
  out[k++] = key2(49, ws0, nls0);
  out[k++] = key2(50, wn0, nln0);
  out[k++] = key2(51, ts0, nrs0);
  out[k++] = key2(52, ts0, nls0);
  out[k++] = key2(53, tn0, nln0);
  out[k++] = key2(54, ws0, d);
  out[k++] = key2(55, wn0, d);
  out[k++] = key2(56, ts0, d);
  out[k++] = key2(57, tn0, d);
  out[k++] = key3(58, ts0, tn0, d);
  out[k++] = key2(60, ts0, ls0L);
  out[k++] = key2(61, ts0, ls0R);
  out[k++] = key2(62, tn0, ln0L);
  out[k++] = key3(63, ts0, ls0L, lAt(st, s0L2));
  out[k++] = key3(64, ts0, ls0R, lAt(st, s0R2));
  out[k++] = key3(65, tn0, ln0L, lAt(st, n0L2));
  out[k++] = key2(66, ws0, ls0R);
  out[k++] = key2(67, ws0, ls0L);
  out[k++] = key2(68, wn0, ln0L);
  out[k++] = key2(69, ws1, ws0);
  out[k++] = key2(70, ts1, ws0);
  out[k++] = key2(71, ws1, ts0);
  out[k++] = key3(72, ts1, ts0, tAt(a, s1R));
  out[k++] = key2(73, ts1, lAt(st, s1R));
  out[k++] = key3(74, st.sp > 2 ? 3 : st.sp, tn0, ts0);
  out[k++] = key3(75, ws0, tn0, tn1);
  // Label sets of the dependents so far (Zhang and Nivre 2011), and the s1-s0 pair RIGHT decides on.
  const lss0 = s0 < 0 ? 0 : (st.ls[s0] as number);
  const rss0 = s0 < 0 ? 0 : (st.rs[s0] as number);
  const lsn0 = st.ls[n0] as number;
  const d10 = s1 < 0 ? 0 : bucket(s0 - s1);
  out[k++] = key2(76, ws0, lss0);
  out[k++] = key2(77, ts0, lss0);
  out[k++] = key2(78, ws0, rss0);
  out[k++] = key2(79, ts0, rss0);
  out[k++] = key2(80, wn0, lsn0);
  out[k++] = key2(81, tn0, lsn0);
  out[k++] = key3(82, ts1, ts0, d10);
  out[k++] = key3(83, ws1, ts1, ts0);
  out[k++] = key3(84, ts1, ws0, ts0);
  out[k++] = key3(85, ws1, ws0, d10);
  out[k++] = key3(86, ts1, tn0, d);
  out[k++] = key3(87, ts1, ts0, rss0);
  // What a coordinated or prepositional s0 attaches by: its first dependent's word ("and", "of").
  const ws0L = wAt(a, s0L);
  out[k++] = key3(88, ts1, ws0L, ts0);
  out[k++] = key3(89, ws1, ws0L, ts0);
  out[k++] = key3(90, ts0, ws0L, tn0);
  out[k++] = key3(91, ws0, ws0L, wn0);
  out[k++] = key3(92, ts0, tn0, wAt(a, n0L));
  out[k++] = key3(93, ts1, ws0, ws0L);
  return k;
}

/** Largest number of features a labelling decision fires. */
export const LABEL_FEATURES = 27;

/** Feature keys for the label of the arc head -> dep that a move is about to make. */
export function labelFeatures(
  st: ParseState,
  a: ParserAtoms,
  dep: number,
  head: number,
  out: Uint32Array,
): number {
  const dir = dep < head ? 0 : 1;
  const wd = wAt(a, dep);
  const td = tAt(a, dep);
  const wh = wAt(a, head);
  const th = tAt(a, head);
  const dL = st.lc1[dep] as number;
  const dR = st.rc1[dep] as number;
  const hL = st.lc1[head] as number;
  const hR = st.rc1[head] as number;
  const dist = bucket(Math.abs(head - dep));
  let k = 0;
  out[k++] = key1(200 + dir, 0);
  out[k++] = key1(202 + dir, wd);
  out[k++] = key1(204 + dir, td);
  out[k++] = key1(206 + dir, wh);
  out[k++] = key1(208 + dir, th);
  out[k++] = key2(210 + dir, wd, th);
  out[k++] = key2(212 + dir, td, wh);
  out[k++] = key2(214 + dir, td, th);
  out[k++] = key2(216 + dir, wd, wh);
  out[k++] = key3(218 + dir, td, th, dist);
  out[k++] = key2(220 + dir, td, lAt(st, dL));
  out[k++] = key2(222 + dir, td, lAt(st, dR));
  out[k++] = key3(224 + dir, td, lAt(st, dL), lAt(st, dR));
  out[k++] = key2(226 + dir, th, lAt(st, hL));
  out[k++] = key2(228 + dir, th, lAt(st, hR));
  out[k++] = key3(230 + dir, th, lAt(st, hL), lAt(st, st.lc2[head] as number));
  out[k++] = key2(232 + dir, wAt(a, dL), td);
  out[k++] = key2(234 + dir, wAt(a, dL), th);
  out[k++] = key3(236 + dir, td, tAt(a, dep - 1), tAt(a, dep + 1));
  out[k++] = key3(238 + dir, td, th, tAt(a, head - 1));
  out[k++] = key3(240 + dir, td, st.nl[dep] as number, st.nr[dep] as number);
  out[k++] = key3(242 + dir, wd, td, th);
  out[k++] = key2(244 + dir, wAt(a, hL), td);
  out[k++] = key3(246 + dir, th, lAt(st, hL), td);
  out[k++] = key2(248 + dir, lAt(st, dL), wAt(a, dL));
  out[k++] = key3(250 + dir, wh, th, td);
  out[k++] = key3(252 + dir, td, th, wAt(a, dR));
  return k;
}

export interface ParseModel {
  moves: Scorer;
  labels: Scorer;
  /** Label id of the arc to the root. */
  rootLabel: number;
  /** Labels known from the tag classes of an arc's words alone, by `labelKey`. */
  labelDict?: ReadonlyMap<number, number>;
}

/** The key of an arc in a label dictionary: dependent's and head's tag classes, and direction. */
export function labelKey(depTag: number, headTag: number, depFirst: boolean): number {
  return (depTag * 256 + headTag) * 2 + (depFirst ? 0 : 1);
}

/** Scratch buffers for parsing, reused across sentences. */
export class Parser {
  readonly state = new ParseState();
  private readonly feats = new Uint32Array(Math.max(MOVE_FEATURES, LABEL_FEATURES));
  private readonly moveScores = new Float32Array(MOVES);
  private readonly labelScores: Float32Array;

  constructor(private readonly model: ParseModel) {
    this.labelScores = new Float32Array(model.labels.classes);
  }

  /** Parses a sentence; heads and labels are left in `this.state` (head n is the root). */
  parse(a: ParserAtoms): ParseState {
    const st = this.state;
    st.reset(a.n);
    while (!st.done()) {
      let move = -1;
      let choices = 0;
      for (let m = 0; m < MOVES; m++)
        if (st.valid(m)) {
          choices++;
          move = m;
        }
      if (choices > 1) {
        const nf = moveFeatures(st, a, this.feats);
        this.model.moves.score(this.feats, nf, this.moveScores);
        const sc = this.moveScores;
        move = -1;
        for (let m = 0; m < MOVES; m++)
          if (st.valid(m) && (move < 0 || (sc[m] as number) > (sc[move] as number))) move = m;
      }
      let label = -1;
      if (move !== SHIFT) label = this.label(a, move);
      st.apply(move, label);
    }
    return st;
  }

  /** The label of the arc `move` makes. */
  label(a: ParserAtoms, move: number): number {
    const st = this.state;
    const dep = st.s(0);
    const head = move === LEFT ? st.b : st.s(1);
    if (head === a.n) return this.model.rootLabel;
    const known = this.model.labelDict?.get(
      labelKey((a.tag[dep] as number) - 1, (a.tag[head] as number) - 1, dep < head),
    );
    if (known !== undefined) return known;
    const nf = labelFeatures(st, a, dep, head, this.feats);
    this.model.labels.score(this.feats, nf, this.labelScores);
    this.labelScores[this.model.rootLabel] = Number.NEGATIVE_INFINITY;
    return argmax(this.labelScores, this.model.labels.classes);
  }
}
