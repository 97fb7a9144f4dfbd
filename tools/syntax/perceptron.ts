import type { LinearModelData } from '../../src/extract/syntax/linear.js';
import type { Scorer } from '../../src/extract/syntax/scorer.js';

/** Weights of one feature: the classes it has touched, with running sums for averaging. */
interface Row {
  cls: number[];
  w: number[];
  total: number[];
  stamp: number[];
}

/**
 * The averaged perceptron used for training (Collins 2002), sparse per
 * feature, with lazy averaging: each weight keeps the sum of its past values
 * up to the step it last changed.
 */
export class Perceptron implements Scorer {
  private readonly rows = new Map<number, Row>();
  /** Training examples seen so far. */
  private time = 0;

  constructor(readonly classes: number) {}

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.classes);
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f] as number);
      if (!r) continue;
      for (let j = 0; j < r.cls.length; j++) {
        const c = r.cls[j] as number;
        out[c] = (out[c] as number) + (r.w[j] as number);
      }
    }
  }

  /** Counts one training example (whether or not it leads to an update). */
  tick(): void {
    this.time++;
  }

  /** Moves weight from class `bad` to class `good` on every feature. */
  update(feats: Uint32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    for (let f = 0; f < n; f++) {
      const k = feats[f] as number;
      let r = this.rows.get(k);
      if (!r) {
        r = { cls: [], w: [], total: [], stamp: [] };
        this.rows.set(k, r);
      }
      this.add(r, good, 1);
      this.add(r, bad, -1);
    }
  }

  private add(r: Row, c: number, v: number): void {
    let j = r.cls.indexOf(c);
    if (j < 0) {
      j = r.cls.length;
      r.cls.push(c);
      r.w.push(0);
      r.total.push(0);
      r.stamp.push(this.time);
    }
    r.total[j] = (r.total[j] as number) + (this.time - (r.stamp[j] as number)) * (r.w[j] as number);
    r.stamp[j] = this.time;
    r.w[j] = (r.w[j] as number) + v;
  }

  get features(): number {
    return this.rows.size;
  }

  /**
   * The averaged weights, quantised to 16 bits with one scale. Weights whose
   * size is below `minWeight` are dropped, and rows left empty with them.
   */
  export(minWeight = 0): LinearModelData {
    const t = Math.max(1, this.time);
    const keys: number[] = [];
    const rows: { cls: number[]; w: number[] }[] = [];
    let max = 0;
    const sorted = [...this.rows.keys()].sort((a, b) => a - b);
    for (const k of sorted) {
      const r = this.rows.get(k) as Row;
      const cls: number[] = [];
      const w: number[] = [];
      for (let j = 0; j < r.cls.length; j++) {
        const avg =
          ((r.total[j] as number) + (t - (r.stamp[j] as number)) * (r.w[j] as number)) / t;
        if (Math.abs(avg) <= minWeight || avg === 0) continue;
        cls.push(r.cls[j] as number);
        w.push(avg);
        max = Math.max(max, Math.abs(avg));
      }
      if (!cls.length) continue;
      keys.push(k);
      rows.push({ cls, w });
    }
    const scale = max > 0 ? 32767 / max : 1;
    const counts = new Uint8Array(keys.length);
    const entries = rows.reduce((s, r) => s + r.cls.length, 0);
    const cls = new Uint8Array(entries);
    const w = new Int16Array(entries);
    let e = 0;
    rows.forEach((r, i) => {
      let kept = 0;
      for (let j = 0; j < r.cls.length; j++) {
        const q = Math.round((r.w[j] as number) * scale);
        if (q === 0) continue;
        cls[e] = r.cls[j] as number;
        w[e++] = q;
        kept++;
      }
      counts[i] = kept;
    });
    return {
      classes: this.classes,
      keys: Uint32Array.from(keys),
      counts,
      cls: cls.slice(0, e),
      w: w.slice(0, e),
      scale,
    };
  }
}

/** A two-class perceptron's table as one score: class 1 (class 0 holds its negation). */
export function oneClass(t: LinearModelData): LinearModelData {
  const keys: number[] = [];
  const counts: number[] = [];
  const w: number[] = [];
  let at = 0;
  t.keys.forEach((k, i) => {
    const c = t.counts[i] as number;
    for (let j = at; j < at + c; j++)
      if (t.cls[j] === 1) {
        keys.push(k);
        counts.push(1);
        w.push(t.w[j] as number);
      }
    at += c;
  });
  return {
    classes: 1,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    cls: new Uint8Array(w.length),
    w: Int16Array.from(w),
    scale: t.scale,
  };
}

/**
 * Trains a two-class perceptron as a ranker over candidates (the punctuation
 * ranker's and the re-attacher's heads): each candidate scores class 1 over
 * class 0, and when another candidate leads the gold one both are updated.
 */
export class CandidateRanker {
  readonly p = new Perceptron(2);
  seen = 0;
  wrong = 0;
  private readonly candFeats: Uint32Array[] = [];
  private readonly candCounts: number[] = [];
  private readonly out = new Float32Array(2);

  /**
   * One training step over `count` candidates; `featsOf(c)` writes candidate
   * c's keys into `feats` and returns how many. Returns false when no
   * candidate is the gold one (nothing learnt).
   */
  step(
    count: number,
    isGold: (c: number) => boolean,
    featsOf: (c: number) => number,
    feats: Uint32Array,
  ): boolean {
    let gi = -1;
    let best = -1;
    let top = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < count; c++) {
      if (isGold(c)) gi = c;
      const n = featsOf(c);
      this.candFeats[c] = feats.slice(0, n);
      this.candCounts[c] = n;
      this.p.score(this.candFeats[c] as Uint32Array, n, this.out);
      const v = (this.out[1] as number) - (this.out[0] as number);
      if (v > top) {
        top = v;
        best = c;
      }
    }
    if (gi < 0) return false;
    this.p.tick();
    this.seen++;
    if (best !== gi) {
      this.wrong++;
      this.p.update(this.candFeats[gi] as Uint32Array, this.candCounts[gi] as number, 1, 0);
      this.p.update(this.candFeats[best] as Uint32Array, this.candCounts[best] as number, 0, 1);
    }
    return true;
  }
}
