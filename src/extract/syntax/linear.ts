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
 * A model's built hash table in memory that threads share: the table (slots)
 * and, for a sparse model, its rows. `id` names the model data it was built
 * from (sizes and a checksum of every key and weight).
 */
export interface SharedLinearTable {
  id: string;
  slots: SharedArrayBuffer;
  rows: SharedArrayBuffer;
}

/** Most tables a thread keeps on offer (a training run builds many models; a product thread three). */
const MAX_OFFERED = 6;
/** Tables built in this thread, newest last, for worker threads to adopt. */
const offered = new Map<string, SharedLinearTable>();
/** Tables another thread built, which models of the same data use instead of building their own. */
const adopted = new Map<string, SharedLinearTable>();

/**
 * The tables of the models this thread has built, to hand to worker threads
 * (in workerData: a SharedArrayBuffer is shared, not copied).
 */
export function sharedLinearTables(): SharedLinearTable[] {
  return [...offered.values()];
}

/**
 * Makes models built later in this thread from the same data use these
 * tables (read-only) instead of building their own: one copy of the parser's
 * tables for all worker threads, and no build time in each.
 */
export function adoptLinearTables(tables: readonly SharedLinearTable[]): void {
  for (const t of tables) adopted.set(t.id, t);
}

/** Sizes and a checksum of every key, count, class and weight of a model's data. */
function dataId(data: LinearModelData): string {
  // One loop per array type: a loop shared by the four types is polymorphic
  // and was about half of a model's load time (every process and worker loads one).
  const { keys, counts, cls, w } = data;
  let h = 0x811c9dc5;
  for (let i = 0; i < keys.length; i++) h = Math.imul(h ^ (keys[i] as number), 16777619);
  for (let i = 0; i < counts.length; i++) h = Math.imul(h ^ (counts[i] as number), 16777619);
  for (let i = 0; i < cls.length; i++) h = Math.imul(h ^ (cls[i] as number), 16777619);
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ (w[i] as number), 16777619);
  return `${data.classes}:${data.keys.length}:${data.cls.length}:${data.scale}:${h >>> 0}`;
}

/**
 * The run-time form of a model: an open-addressing hash table keyed by
 * feature. Lookups are what tagging and parsing spend their time on, and they
 * are bound by memory, so the table is kept small: scores add the quantised
 * 16-bit weights as they are (one scale per model does not change which class
 * wins). For the parser's three moves a slot is 8 bytes, a 16-bit fingerprint
 * of the key and the three weights; for larger models a slot holds the key and
 * where its row of (class, weight) pairs starts.
 */
export class LinearModel {
  readonly classes: number;
  private readonly dense: boolean;
  private readonly mask: number;
  /** Dense slots: fingerprint, then one weight per class. */
  private readonly fp: Uint16Array;
  private readonly wd: Int16Array;
  /** Sparse slots: key (0 marks an empty slot), then start * 256 + count. */
  private readonly sk: Int32Array;
  private readonly sr: Uint32Array;
  /** Sparse rows: class and weight pairs. */
  private readonly rows: Int16Array;
  private readonly stride: number;
  /** Integer sums of a sparse model's classes, copied out once scored. */
  private readonly acc: Int32Array;
  /**
   * What the first pass of a scoring read, kept so that the pass is not
   * optimised away. The first pass loads every key's home slot with no branch
   * between the loads, so the CPU fetches them from memory all at once; the
   * second pass, which branches on what it reads, then finds them in cache.
   * The tables are far larger than the cache, and this is worth about a
   * quarter of tagging and parsing time.
   */
  touched = 0;
  /** Rows found by a sparse scoring's second pass, summed in the third. */
  private refs = new Int32Array(64);

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    this.acc = new Int32Array(data.classes);
    const n = data.keys.length;
    this.dense = data.classes <= DENSE_CLASSES;
    let size = 2;
    while (size < n * 1.5) size <<= 1;
    this.mask = size - 1;
    this.stride = this.dense ? 1 + data.classes : 2;
    // The table is built in shared memory, so worker threads can use it as it is.
    const id = dataId(data);
    const have = adopted.get(id);
    const buffer = have?.slots ?? new SharedArrayBuffer(size * this.stride * (this.dense ? 2 : 4));
    const rowBuffer = have?.rows ?? new SharedArrayBuffer(this.dense ? 0 : 4 * data.cls.length);
    this.fp = new Uint16Array(this.dense ? buffer : new ArrayBuffer(0));
    this.wd = new Int16Array(this.dense ? buffer : new ArrayBuffer(0));
    this.sk = new Int32Array(this.dense ? new ArrayBuffer(0) : buffer);
    this.sr = new Uint32Array(this.dense ? new ArrayBuffer(0) : buffer);
    this.rows = new Int16Array(rowBuffer);
    if (have) return;
    offered.delete(id);
    offered.set(id, { id, slots: buffer, rows: rowBuffer });
    if (offered.size > MAX_OFFERED) offered.delete(offered.keys().next().value as string);
    // The table in locals: the build runs once a model, before its loop is optimised.
    const { keys, counts, cls, w } = data;
    const { fp, wd, sk, sr, rows, mask, stride } = this;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const count = counts[i] as number;
      if (this.dense) {
        const f = fingerprint(key);
        let s = key & mask;
        while (fp[s * stride] !== 0) s = (s + 1) & mask;
        const base = s * stride;
        fp[base] = f;
        for (let j = 0; j < count; j++)
          wd[base + 1 + (cls[at + j] as number)] = w[at + j] as number;
      } else {
        const k = slotKey(key);
        let s = k & mask;
        while (sk[s * 2] !== 0) s = (s + 1) & mask;
        sk[s * 2] = k;
        sr[s * 2 + 1] = at * 256 + count;
        for (let j = 0; j < count; j++) {
          rows[2 * (at + j)] = cls[at + j] as number;
          rows[2 * (at + j) + 1] = w[at + j] as number;
        }
      }
      at += count;
    }
  }

  /** Sets `out[0..classes)` to the scores (in the model's integer units) of the first `n` keys of `feats`. */
  score(feats: Uint32Array, n: number, out: Float32Array): void {
    if (this.dense) this.scoreDense(feats, n, out);
    else this.scoreSparse(feats, n, out);
  }

  private scoreDense(feats: Uint32Array, n: number, out: Float32Array): void {
    const { fp, wd, stride, mask } = this;
    const c = this.classes;
    if (c === 3) {
      // The parser's three moves: sums kept in integer locals, written once.
      let a = 0;
      let b = 0;
      let d = 0;
      this.touched = touchDense(fp, feats, n, mask, 4);
      for (let f = 0; f < n; f++) {
        const key = feats[f] as number;
        const want = fingerprint(key);
        let s = key & mask;
        let got = fp[s * 4] as number;
        while (got !== want && got !== 0) {
          s = (s + 1) & mask;
          got = fp[s * 4] as number;
        }
        if (got === 0) continue;
        const base = s * 4;
        a += wd[base + 1] as number;
        b += wd[base + 2] as number;
        d += wd[base + 3] as number;
      }
      out[0] = a;
      out[1] = b;
      out[2] = d;
      return;
    }
    this.touched = touchDense(fp, feats, n, mask, stride);
    out.fill(0, 0, c);
    for (let f = 0; f < n; f++) {
      const key = feats[f] as number;
      const want = fingerprint(key);
      let s = key & mask;
      let got = fp[s * stride] as number;
      while (got !== want && got !== 0) {
        s = (s + 1) & mask;
        got = fp[s * stride] as number;
      }
      if (got === 0) continue;
      const base = s * stride + 1;
      for (let j = 0; j < c; j++) out[j] = (out[j] as number) + (wd[base + j] as number);
    }
  }

  private scoreSparse(feats: Uint32Array, n: number, out: Float32Array): void {
    const { sk, sr, rows, mask, acc } = this;
    const refs = this.refs.length >= n ? this.refs : (this.refs = new Int32Array(2 * n));
    let touch = 0;
    for (let f = 0; f < n; f++) touch ^= sk[(slotKey(feats[f] as number) & mask) * 2] as number;
    // Second pass: find each key's row and load its start, as the first pass loaded slots.
    let found = 0;
    for (let f = 0; f < n; f++) {
      const key = slotKey(feats[f] as number);
      let s = key & mask;
      let k = sk[s * 2] as number;
      while (k !== key && k !== 0) {
        s = (s + 1) & mask;
        k = sk[s * 2] as number;
      }
      if (k === 0) continue;
      const ref = sr[s * 2 + 1] as number;
      refs[found++] = ref;
      touch ^= rows[2 * (ref >>> 8)] as number;
    }
    this.touched = touch;
    acc.fill(0);
    for (let f = 0; f < found; f++) {
      const ref = refs[f] as number;
      const start = 2 * (ref >>> 8);
      const end = start + 2 * (ref & 255);
      for (let j = start; j < end; j += 2) {
        const cl = rows[j] as number;
        acc[cl] = (acc[cl] as number) + (rows[j + 1] as number);
      }
    }
    for (let j = 0; j < acc.length; j++) out[j] = acc[j] as number;
  }
}

/** Loads the home slot of each key, for LinearModel.touched. */
function touchDense(
  fp: Uint16Array,
  feats: Uint32Array,
  n: number,
  mask: number,
  stride: number,
): number {
  let touch = 0;
  for (let f = 0; f < n; f++) touch ^= fp[((feats[f] as number) & mask) * stride] as number;
  return touch;
}

/** The key as a sparse slot stores it: a signed 32-bit integer, never 0 (0 marks an empty slot). */
function slotKey(key: number): number {
  return key | 0 || 1;
}

/** 16 bits of the key other than those that pick the slot, never 0 (0 marks an empty slot). */
function fingerprint(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16 || 1;
}
