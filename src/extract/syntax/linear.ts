/**
 * A sparse linear model read from a model file: for each feature key, the
 * classes it has a weight for. Scoring adds up the rows of the keys a decision
 * fires. Weights are stored as 16-bit integers with one scale per model.
 */
export interface LinearModelData {
  classes: number;
  /** Feature keys, one per row. */
  keys: Uint32Array;
  /** Number of entries of each row; rows follow each other in `cls` and `w`. */
  counts: Uint8Array;
  /** Class of each entry. */
  cls: Uint8Array;
  /** Quantised weight of each entry: weight = w / scale. */
  w: Int16Array;
  scale: number;
}

/** Models with this many classes or fewer keep their weights inside the hash table. */
const DENSE_CLASSES = 4;

/**
 * The run-time form of a model: an open-addressing hash table keyed by
 * feature. Lookups are what parsing spends its time on, so each probe reads
 * one place in memory: for small models (the parser's three moves) the slot
 * holds the key and the weights; for larger ones the key and where its row of
 * (class, weight) pairs starts.
 */
export class LinearModel {
  readonly classes: number;
  private readonly stride: number;
  private readonly mask: number;
  /** Slot i: key at [i * stride], then the weights (dense) or start * 256 + count (sparse). */
  private readonly keys: Int32Array;
  private readonly vals: Float32Array;
  private readonly refs: Uint32Array;
  /** Sparse rows: class and weight pairs. */
  private readonly rows: Float32Array;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    const n = data.keys.length;
    const dense = data.classes <= DENSE_CLASSES;
    this.stride = dense ? 1 + data.classes : 2;
    let size = 2;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.keys = new Int32Array(buffer);
    this.vals = new Float32Array(buffer);
    this.refs = new Uint32Array(buffer);
    this.rows = new Float32Array(dense ? 0 : 2 * data.cls.length);
    const inv = 1 / data.scale;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const key = slotKey(data.keys[i] as number);
      let s = key & this.mask;
      while (this.keys[s * this.stride] !== 0) s = (s + 1) & this.mask;
      const base = s * this.stride;
      this.keys[base] = key;
      const count = data.counts[i] as number;
      if (dense) {
        for (let j = 0; j < count; j++)
          this.vals[base + 1 + (data.cls[at + j] as number)] = (data.w[at + j] as number) * inv;
      } else {
        this.refs[base + 1] = at * 256 + count;
        for (let j = 0; j < count; j++) {
          this.rows[2 * (at + j)] = data.cls[at + j] as number;
          this.rows[2 * (at + j) + 1] = (data.w[at + j] as number) * inv;
        }
      }
      at += count;
    }
  }

  /** Sets `out[0..classes)` to the scores of the first `n` keys of `feats`. */
  score(feats: Uint32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.classes);
    const { keys, vals, refs, rows, stride, mask } = this;
    const c = this.classes;
    const dense = stride > 2;
    for (let f = 0; f < n; f++) {
      const key = slotKey(feats[f] as number);
      let s = key & mask;
      let base = s * stride;
      let k = keys[base] as number;
      while (k !== key && k !== 0) {
        s = (s + 1) & mask;
        base = s * stride;
        k = keys[base] as number;
      }
      if (k === 0) continue;
      if (dense) {
        for (let j = 0; j < c; j++) out[j] = (out[j] as number) + (vals[base + 1 + j] as number);
      } else {
        const ref = refs[base + 1] as number;
        const start = 2 * Math.floor(ref / 256);
        const end = start + 2 * (ref & 255);
        for (let j = start; j < end; j += 2) {
          const cl = rows[j] as number;
          out[cl] = (out[cl] as number) + (rows[j + 1] as number);
        }
      }
    }
  }
}

/** The key as stored in a slot: a signed 32-bit integer, never 0 (0 marks an empty slot). */
function slotKey(key: number): number {
  return key | 0 || 1;
}
