import { hashString, key1, key2, key3 } from './hash.js';
import type { LinearModelData } from './linear.js';
import type { Scorer } from './scorer.js';

/**
 * Punctuation re-attachment, run after parsing. In Universal Dependencies a
 * punctuation mark is a leaf, so its head can be chosen again without moving
 * any other arc. The candidates are the words it can hang from without
 * crossing an arc of the parsed tree; a linear ranker (a table of the model
 * file, trained by tools/syntax/punct.ts on EWT train) scores each from the
 * mark, its neighbours, the candidate's tag, label, side and distance,
 * whether the candidate heads a neighbour's phrase, and the parser's own
 * choice. The best-scoring candidate becomes the head; labels are kept.
 */

/** Feature keys of one candidate head (an upper bound). */
export const PUNCT_FEATURES = 24;

/** Distance buckets: 1, 2, 3, 4-5, 6-9, 10+. */
function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 9 ? 5 : 6;
}

/** What the ranker reads of a sentence besides its heads. */
export interface PunctSentence {
  words: readonly string[];
  /** Per word: its UPOS as a small id. */
  upos: ArrayLike<number>;
  /** Per word: its label id. */
  labels: ArrayLike<number>;
  /** Per word: whether it is punctuation (a candidate for re-attachment). */
  punct: ArrayLike<boolean | number>;
  /** Per word: the head the parser chose (-1 for the root), before any re-attachment. The arrays may be longer than `words`. */
  parsed: ArrayLike<number>;
}

/**
 * Scratch arrays of one sentence, grown as needed: arc spans, ancestors'
 * marks, child counts and candidates (the punctuation ranker and the
 * re-attacher share it).
 */
export class AttachScratch {
  lo = new Int32Array(64);
  hi = new Int32Array(64);
  anc = new Uint8Array(64);
  kids = new Int32Array(64);
  cands = new Int32Array(64);
  grow(n: number): void {
    if (this.lo.length >= n) return;
    let size = this.lo.length;
    while (size < n) size *= 2;
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.anc = new Uint8Array(size);
    this.kids = new Int32Array(size);
    this.cands = new Int32Array(size);
  }
}

/**
 * The words punctuation leaf `p` can hang from without crossing an arc of
 * `heads` (its own arc aside), nearest first on the left then nearest first
 * on the right, written to `out`; returns how many. The root's arc is not
 * counted as an arc (a mark may hang past it). Words marked in `skip`
 * (punctuation) are no candidates.
 */
export function punctCandidates(
  heads: ArrayLike<number>,
  n: number,
  p: number,
  lo: Int32Array,
  hi: Int32Array,
  out: Int32Array,
  skip?: ArrayLike<boolean | number>,
): number {
  arcSpans(heads, n, lo, hi);
  return sweep(n, p, lo, hi, out, skip);
}

/**
 * For each word, the leftmost and rightmost word it shares an arc with (itself
 * when none). A mark's own arc may be counted: its ends are the mark and a word
 * the sweep only reaches past the mark, so it never blocks a candidate.
 */
export function arcSpans(
  heads: ArrayLike<number>,
  n: number,
  lo: Int32Array,
  hi: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    lo[i] = i;
    hi[i] = i;
  }
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (h < 0) continue;
    if (h < (lo[i] as number)) lo[i] = h;
    if (h > (hi[i] as number)) hi[i] = h;
    if (i < (lo[h] as number)) lo[h] = i;
    if (i > (hi[h] as number)) hi[h] = i;
  }
}

/** The candidates of mark (or word) `p` given the words' arc spans (punctCandidates). */
export function sweep(
  n: number,
  p: number,
  lo: Int32Array,
  hi: Int32Array,
  out: Int32Array,
  skip?: ArrayLike<boolean | number>,
): number {
  let k = 0;
  // Left: h is valid while every word strictly between h and p keeps its arcs inside [h, p].
  let minLo = p;
  let maxHi = p;
  for (let h = p - 1; h >= 0; h--) {
    if (minLo >= h && maxHi <= p && !skip?.[h]) out[k++] = h;
    const l = lo[h] as number;
    const r = hi[h] as number;
    if (l < minLo) minLo = l;
    if (r > maxHi) maxHi = r;
    if (maxHi > p) break;
  }
  minLo = p;
  maxHi = p;
  for (let h = p + 1; h < n; h++) {
    if (minLo >= p && maxHi <= h && !skip?.[h]) out[k++] = h;
    const l = lo[h] as number;
    const r = hi[h] as number;
    if (l < minLo) minLo = l;
    if (r > maxHi) maxHi = r;
    if (minLo < p) break;
  }
  return k;
}

/**
 * Marks in `anc` (bit 1: left neighbour, bit 2: right neighbour) the words
 * that head a neighbour of `p`; with `clear`, unmarks them.
 */
function markAncestors(
  heads: ArrayLike<number>,
  n: number,
  p: number,
  anc: Uint8Array,
  clear = false,
): void {
  for (const [start, bit] of [
    [p - 1, 1],
    [p + 1, 2],
  ] as const) {
    let t = start;
    let steps = 0;
    while (t >= 0 && t < n && steps++ <= n) {
      anc[t] = clear ? 0 : (anc[t] as number) | bit;
      t = heads[t] as number;
    }
  }
}

/** The index of the word that pairs with bracket or quote `p`, or -1. */
function partner(words: readonly string[], n: number, p: number): number {
  const w = words[p] as string;
  const close = w === '(' ? ')' : w === '[' ? ']' : w === '{' ? '}' : '';
  if (close) {
    for (let i = p + 1; i < n; i++) if (words[i] === close) return i;
    return -1;
  }
  const open = w === ')' ? '(' : w === ']' ? '[' : w === '}' ? '{' : '';
  if (open) {
    for (let i = p - 1; i >= 0; i--) if (words[i] === open) return i;
    return -1;
  }
  if (w === '"' || w === '``' || w === "''" || w === '“' || w === '”') {
    // Straight quotes alternate: an odd one opens, an even one closes.
    let before = 0;
    for (let i = 0; i < p; i++) if (isQuote(words[i] as string)) before++;
    if (before % 2 === 0) {
      for (let i = p + 1; i < n; i++) if (isQuote(words[i] as string)) return i;
    } else for (let i = p - 1; i >= 0; i--) if (isQuote(words[i] as string)) return i;
  }
  return -1;
}

function isQuote(w: string): boolean {
  return w === '"' || w === '``' || w === "''" || w === '“' || w === '”';
}

/**
 * Feature keys of hanging punctuation `p` from candidate `h` (rank: its place
 * among the candidates of its side, nearest 0), written to `out`; returns how many.
 */
export function punctFeatures(
  s: PunctSentence,
  heads: ArrayLike<number>,
  n: number,
  p: number,
  h: number,
  rank: number,
  ctx: {
    form: number;
    anc: Uint8Array;
    pair: number;
    nl: number;
    nr: number;
    ll: number;
    lr: number;
  },
  out: Uint32Array,
): number {
  const side = h < p ? 0 : 1;
  const d = bucket(h < p ? p - h : h - p);
  const r = Math.min(rank, 3);
  const hu = s.upos[h] as number;
  const hl = s.labels[h] as number;
  const root = (heads[h] as number) < 0 ? 1 : 0;
  const own = (s.parsed[p] as number) === h ? 1 : 0;
  const anc = ctx.anc[h] as number;
  const last = p === n - 1 ? 1 : 0;
  const pair = ctx.pair < 0 ? 2 : h > p === ctx.pair > p && h < ctx.pair === p < ctx.pair ? 1 : 0;
  const f = ctx.form;
  const sr = side * 8 + r;
  let k = 0;
  out[k++] = key2(0, f, sr);
  out[k++] = key3(1, f, sr, hu);
  out[k++] = key3(2, f, sr, hl);
  out[k++] = key3(3, f, side * 8 + d, hu);
  out[k++] = key2(4, f, own);
  out[k++] = key3(5, f, own, sr);
  out[k++] = key3(6, f, root, side * 2 + last);
  out[k++] = key3(7, f, anc, sr);
  out[k++] = key3(8, f, anc * 64 + hu, side);
  out[k++] = key3(9, f, pair * 16 + sr, anc);
  out[k++] = key3(10, f, ctx.nl * 64 + ctx.nr, side * 64 + hu);
  out[k++] = key3(11, f, ctx.ll * 64 + ctx.lr, side * 64 + hl);
  out[k++] = key3(12, f, hu * 64 + hl, side);
  out[k++] = key3(13, ctx.nr, hu * 64 + hl, sr);
  out[k++] = key3(14, ctx.nl, hu * 64 + hl, sr);
  out[k++] = key3(15, f, root * 4 + own * 2 + last, sr);
  out[k++] = key3(16, f, ctx.lr, sr * 64 + hl);
  out[k++] = key3(17, f, ctx.ll, sr * 64 + hl);
  out[k++] = key2(18, sr, anc * 64 + hl);
  out[k++] = key1(19, own * 16 + sr);
  out[k++] = key3(20, f, d * 4 + anc, own * 16 + sr);
  return k;
}

/** The context of mark `p` shared by all its candidates. */
function context(
  s: PunctSentence,
  heads: ArrayLike<number>,
  n: number,
  p: number,
  anc: Uint8Array,
) {
  markAncestors(heads, n, p, anc);
  return {
    form: hashString(s.words[p] as string),
    anc,
    pair: partner(s.words, n, p),
    nl: p > 0 ? (s.upos[p - 1] as number) : 63,
    nr: p + 1 < n ? (s.upos[p + 1] as number) : 63,
    ll: p > 0 ? (s.labels[p - 1] as number) : 63,
    lr: p + 1 < n ? (s.labels[p + 1] as number) : 63,
  };
}

/**
 * Visits each punctuation leaf of a sentence from left to right with its
 * candidates and their features; `choose` returns the new head (or -1 to keep
 * the current one), which later marks see.
 */
export function eachPunct(
  s: PunctSentence,
  heads: Int32Array,
  scratch: AttachScratch,
  feats: Uint32Array,
  choose: (p: number, cands: Int32Array, count: number, featsOf: (c: number) => number) => number,
): void {
  const n = s.words.length;
  scratch.grow(n);
  const { lo, hi, anc, cands, kids } = scratch;
  // Marks with dependents keep their heads; marks never become heads, so this holds throughout.
  kids.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (h >= 0) kids[h] = 1;
  }
  arcSpans(heads, n, lo, hi);
  anc.fill(0, 0, n);
  for (let p = 0; p < n; p++) {
    if (!s.punct[p]) continue;
    if (kids[p]) continue;
    const count = sweep(n, p, lo, hi, cands, s.punct);
    if (count < 2) continue;
    const ctx = context(s, heads, n, p, anc);
    let leftCount = 0;
    for (let c = 0; c < count; c++) if ((cands[c] as number) < p) leftCount++;
    const featsOf = (c: number) =>
      punctFeatures(
        s,
        heads,
        n,
        p,
        cands[c] as number,
        c < leftCount ? c : c - leftCount,
        ctx,
        feats,
      );
    const h = choose(p, cands, count, featsOf);
    markAncestors(heads, n, p, anc, true);
    if (h >= 0 && h !== heads[p]) {
      heads[p] = h;
      arcSpans(heads, n, lo, hi);
    }
  }
}

/**
 * The ranker's table: one weight per key in a small open-addressing table of
 * its own, so LinearModel's dense scoring keeps serving the parser's move
 * table alone.
 */
export class PunctTable implements Scorer {
  readonly classes = 1;
  private readonly keys: Int32Array;
  private readonly w: Float32Array;
  private readonly mask: number;

  constructor(data: LinearModelData) {
    if (data.classes !== 1) throw new Error('syntax model: the punct table has one class');
    let size = 2;
    while (size < data.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.w = new Float32Array(size);
    let at = 0;
    for (let i = 0; i < data.keys.length; i++) {
      const count = data.counts[i] as number;
      if (count) {
        // Key 0 marks an empty slot: a key of 0 is stored as 1 (and looked up so).
        const k = (data.keys[i] as number) | 0 || 1;
        let slot = k & this.mask;
        while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
        this.keys[slot] = k;
        this.w[slot] = data.w[at] as number;
      }
      at += count;
    }
  }

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    const { keys, w, mask } = this;
    let sum = 0;
    for (let f = 0; f < n; f++) {
      const k = (feats[f] as number) | 0 || 1;
      let slot = k & mask;
      for (;;) {
        const at = keys[slot] as number;
        if (at === k) {
          sum += w[slot] as number;
          break;
        }
        if (at === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    out[0] = sum;
  }
}

/** Re-attaches punctuation with a trained table. */
export class PunctAttacher {
  private readonly scratch = new AttachScratch();
  private readonly feats = new Uint32Array(PUNCT_FEATURES);
  private readonly out = new Float32Array(1);

  /** `margin`: how far (in the table's units) a candidate must lead the parser's choice to replace it. */
  constructor(
    readonly scorer: Scorer,
    readonly margin = 0,
  ) {}

  /** Rehangs the punctuation leaves of `heads` (changed in place). */
  reattach(s: PunctSentence, heads: Int32Array): void {
    const { scorer, feats, out, margin } = this;
    eachPunct(s, heads, this.scratch, feats, (p, cands, count, featsOf) => {
      let best = -1;
      let top = Number.NEGATIVE_INFINITY;
      let mine = Number.NEGATIVE_INFINITY;
      const parsed = s.parsed[p] as number;
      for (let c = 0; c < count; c++) {
        scorer.score(feats, featsOf(c), out);
        const v = out[0] as number;
        if (cands[c] === parsed) mine = v;
        if (v > top) {
          top = v;
          best = cands[c] as number;
        }
      }
      return top - mine > margin ? best : -1;
    });
  }
}
