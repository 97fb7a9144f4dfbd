import { key1, key2, key3 } from './hash.js';
import { AttachScratch, arcSpans, type PunctSentence, sweep } from './punct.js';
import type { Scorer } from './scorer.js';

/**
 * Corrective re-attachment of words, run after parsing and after punctuation
 * is hung again (punct.ts). A word that heads nothing can take another head
 * without moving any other arc; so can a word with its whole subtree, when
 * the new head lies outside that subtree. The candidates are the words (not
 * marks) it can hang from without crossing an arc of the tree; a linear
 * ranker (the model file's `reattach` table, trained by
 * tools/syntax/reattach.ts on jackknifed trees of EWT train, so that it sees
 * the parser's mistakes on text it did not learn) scores each from the
 * word's tag, label and word, the candidate's tag, label, side, distance,
 * rank and word, the tags of the candidate's head and of the parser's head,
 * where the candidate stands to the parser's head, what lies between, whether
 * the parser chose it, and by how much the parser's move that made the arc
 * led the runner-up (Parser.margins). The parser's head stays unless
 * another candidate scores higher by more than a margin; a word that moves
 * is labelled again by the parser's label model. The shipped model has no
 * such table (it gained too little on dev for its cost; README, Syntax).
 */

/** Feature keys of one candidate head (an upper bound). */
export const REATTACH_FEATURES = 24;

/** Distance buckets: 1, 2, 3, 4-5, 6-9, 10+. */
function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 9 ? 5 : 6;
}

/** What the ranker reads of a sentence: the punctuation ranker's view and the parser's word atoms. */
export interface ReattachSentence extends PunctSentence {
  /** Per word: its word atom (parser.ts, parserAtoms: the lower-cased word, or one atom for rare words). */
  atoms: ArrayLike<number>;
  /** Per word: how far the parser's move that made its arc led the runner-up (parser.ts, Parser.margins). */
  margins?: ArrayLike<number> | undefined;
}

/** A margin's bucket: 0 below 4 weights, up by doubling to 7 from 256 on; 8 when the move was forced. */
function marginBucket(m: number): number {
  if (m === Number.POSITIVE_INFINITY) return 8;
  let b = 0;
  for (let t = 4; b < 7 && m >= t; t *= 2) b++;
  return b;
}

/** Universal tags (their small ids, the sorted UPOS names' indexes) a ranker treats specially. */
export interface ReattachTags {
  verb: number;
  noun: number;
  propn: number;
}

/** The special tags' ids among a model's UPOS names (per tag class, as SyntaxModel.upos lists them). */
export function reattachTags(upos: readonly string[]): ReattachTags {
  const names = [...new Set(upos)].sort();
  return {
    verb: names.indexOf('VERB'),
    noun: names.indexOf('NOUN'),
    propn: names.indexOf('PROPN'),
  };
}

/** Whether `h` lies in the subtree of `p` (following heads up from `h`). */
function inside(heads: ArrayLike<number>, n: number, p: number, h: number): boolean {
  let t = h;
  for (let steps = 0; t >= 0 && steps <= n; steps++) {
    if (t === p) return true;
    t = heads[t] as number;
  }
  return false;
}

/** Which of verbs (1), nouns or names (2) and punctuation (4) lie strictly between `a` and `b`. */
function between(s: PunctSentence, tags: ReattachTags, a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let bits = 0;
  for (let i = lo + 1; i < hi; i++) {
    const u = s.upos[i] as number;
    if (u === tags.verb) bits |= 1;
    else if (u === tags.noun || u === tags.propn) bits |= 2;
    else if (s.punct[i]) bits |= 4;
  }
  return bits;
}

/** Feature keys of hanging word `p` (now on `heads[p]`) from candidate `h`, written to `out`; returns how many. */
export function reattachFeatures(
  s: ReattachSentence,
  tags: ReattachTags,
  heads: ArrayLike<number>,
  n: number,
  p: number,
  h: number,
  rank: number,
  leaf: number,
  out: Uint32Array,
): number {
  const side = h < p ? 0 : 1;
  const d = bucket(h < p ? p - h : h - p);
  const r = Math.min(rank, 3);
  const sr = side * 8 + r;
  const du = s.upos[p] as number;
  const f = (du * 64 + (s.labels[p] as number)) * 2 + leaf;
  const w = s.atoms[p] as number;
  const hu = s.upos[h] as number;
  const hl = s.labels[h] as number;
  const hw = s.atoms[h] as number;
  const gh = heads[h] as number;
  const gu = gh < 0 ? 63 : (s.upos[gh] as number);
  const own = (s.parsed[p] as number) === h ? 1 : 0;
  const ph = s.parsed[p] as number;
  const pu = ph < 0 ? 63 : (s.upos[ph] as number);
  const root = gh < 0 ? 1 : 0;
  const btw = between(s, tags, p, h);
  const nl = p > 0 ? (s.upos[p - 1] as number) : 63;
  const nr = p + 1 < n ? (s.upos[p + 1] as number) : 63;
  let k = 0;
  out[k++] = key2(0, f, sr);
  out[k++] = key3(1, f, sr, hu);
  out[k++] = key3(2, f, sr, hl);
  out[k++] = key3(3, f, side * 8 + d, hu);
  out[k++] = key2(4, f, own);
  out[k++] = key3(5, f, own, sr);
  out[k++] = key3(6, f, root, side * 64 + hu);
  out[k++] = key3(7, f, btw, side * 64 + hu);
  out[k++] = key3(8, f, hu * 64 + gu, side);
  out[k++] = key3(9, f, nl * 64 + nr, side * 64 + hu);
  out[k++] = key3(10, f, hu * 64 + hl, side);
  out[k++] = key3(11, f, pu * 64 + hu, own * 2 + side);
  out[k++] = key3(12, w, sr, hu);
  out[k++] = key3(13, w, own, sr);
  out[k++] = key3(14, w, hu, side * 8 + d);
  out[k++] = key3(15, hw, f, side);
  out[k++] = key3(16, w, hw, side);
  out[k++] = key3(17, f, d * 8 + btw, own * 16 + sr);
  out[k++] = key1(18, own * 16 + sr);
  out[k++] = key3(19, w, pu * 64 + hu, own);
  // The candidate beside the parser's head: itself (0), its head (1), its dependent (2), else (3).
  const rel = own ? 0 : ph >= 0 && heads[ph] === h ? 1 : gh === ph ? 2 : 3;
  out[k++] = key3(20, f, rel * 64 + hu, pu);
  out[k++] = key3(21, w, rel * 64 + hu, pu * 2 + side);
  if (s.margins) {
    const mb = marginBucket(s.margins[p] as number);
    out[k++] = key3(22, f, mb, own * 16 + sr);
    out[k++] = key3(23, mb, rel * 64 + hu, own * 16 + sr);
  }
  return k;
}

/**
 * Visits each word of a sentence that may move (not punctuation, not the
 * root; with `leavesOnly`, only words that head nothing) from left to right
 * with its candidates; `choose` returns the new head (or -1 to keep the
 * current one), which later words see.
 */
export function eachWord(
  s: ReattachSentence,
  tags: ReattachTags,
  heads: Int32Array,
  leavesOnly: boolean,
  scratch: AttachScratch,
  feats: Uint32Array,
  choose: (p: number, cands: Int32Array, count: number, featsOf: (c: number) => number) => number,
): void {
  const n = s.words.length;
  scratch.grow(n);
  const { lo, hi, cands, kids } = scratch;
  kids.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (h >= 0) kids[h] = (kids[h] as number) + 1;
  }
  let count: number;
  let spans = false;
  for (let p = 0; p < n; p++) {
    if (s.punct[p] || (heads[p] as number) < 0) continue;
    const leaf = kids[p] === 0 ? 1 : 0;
    if (leavesOnly && !leaf) continue;
    // The spans are computed again only after a move.
    if (!spans) arcSpans(heads, n, lo, hi);
    spans = true;
    count = sweep(n, p, lo, hi, cands, s.punct);
    const current = heads[p] as number;
    let k = 0;
    let mine = false;
    for (let c = 0; c < count; c++) {
      const h = cands[c] as number;
      if (h === current) mine = true;
      if (leaf || !inside(heads, n, p, h)) cands[k++] = h;
    }
    count = k;
    // A word whose arc crosses another (no candidate is its own head) keeps it.
    if (count < 2 || !mine) continue;
    let leftCount = 0;
    for (let c = 0; c < count; c++) if ((cands[c] as number) < p) leftCount++;
    const featsOf = (c: number) =>
      reattachFeatures(
        s,
        tags,
        heads,
        n,
        p,
        cands[c] as number,
        c < leftCount ? c : c - leftCount,
        leaf,
        feats,
      );
    const h = choose(p, cands, count, featsOf);
    if (h >= 0 && h !== heads[p]) {
      const old = heads[p] as number;
      kids[old] = (kids[old] as number) - 1;
      kids[h] = (kids[h] as number) + 1;
      heads[p] = h;
      spans = false;
    }
  }
}

/** Re-attaches words with a trained table; `relabel` gives a moved word's label on its new head. */
export class Reattacher {
  private readonly scratch = new AttachScratch();
  private readonly feats = new Uint32Array(REATTACH_FEATURES);
  private readonly out = new Float32Array(1);

  /** `margin`: how far (in the table's units) a candidate must lead the parser's choice to replace it. */
  constructor(
    readonly scorer: Scorer,
    readonly tags: ReattachTags,
    readonly leavesOnly: boolean,
    readonly margin = 0,
  ) {}

  /** Rehangs the words of `heads` (changed in place); a moved word's label comes from `relabel`. */
  reattach(
    s: ReattachSentence,
    heads: Int32Array,
    labels: Int32Array,
    relabel: (dep: number, head: number) => number,
  ): number {
    const { scorer, feats, out, margin } = this;
    let moved = 0;
    eachWord(
      s,
      this.tags,
      heads,
      this.leavesOnly,
      this.scratch,
      feats,
      (p, cands, count, featsOf) => {
        let best = -1;
        let top = Number.NEGATIVE_INFINITY;
        let mine = Number.NEGATIVE_INFINITY;
        const current = heads[p] as number;
        for (let c = 0; c < count; c++) {
          scorer.score(feats, featsOf(c), out);
          const v = out[0] as number;
          if (cands[c] === current) mine = v;
          if (v > top) {
            top = v;
            best = cands[c] as number;
          }
        }
        if (!(top - mine > margin) || best === current) return -1;
        labels[p] = relabel(p, best);
        moved++;
        return best;
      },
    );
    return moved;
  }
}
