import { hashString, key1, key2, key3 } from './hash.js';
import { argmax, type Scorer } from './scorer.js';

/**
 * A greedy left-to-right part-of-speech tagger over an averaged perceptron
 * (Collins 2002; the design of Honnibal's "good POS tagger in 200 lines").
 * Each class is a UPOS and Penn tag pair ("PROPN NNP"); frequent words that
 * the training data tags one way take that tag without scoring.
 */

/** Hashes of what the tagger's features read about each token, computed once a sentence. */
export interface TokenAtoms {
  n: number;
  word: Uint32Array;
  lower: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  pre1: Uint32Array;
  pre3: Uint32Array;
  shape: Uint32Array;
}

const START = hashString('<s>');
const END = hashString('</s>');

/** "Baghdad" -> "Xxx", "1987" -> "dd", "U.S." -> "X.X.": character classes, runs cut at two. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w[i] as string;
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c.toLowerCase() !== c.toUpperCase()) k = c === c.toLowerCase() ? 'x' : 'X';
    else k = c;
    if (k === last) run++;
    else run = 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

/** The eight atoms of one word, in the order of TokenAtoms' arrays. */
function wordAtoms(w: string, out: Uint32Array): void {
  const l = w.toLowerCase();
  out[0] = hashString(w);
  out[1] = hashString(l);
  out[2] = hashString(l.slice(-2));
  out[3] = hashString(l.slice(-3));
  out[4] = hashString(l.slice(-4));
  out[5] = hashString(w.slice(0, 1));
  out[6] = hashString(l.slice(0, 3));
  out[7] = hashString(wordShape(w));
}

/**
 * Atoms of the words seen so far: news repeats its words, so each distinct
 * word is hashed once. Emptied when it holds `limit` words, to bound memory.
 */
export class AtomCache {
  private readonly words = new Map<string, Uint32Array>();

  constructor(private readonly limit = 50_000) {}

  get(w: string): Uint32Array {
    let atoms = this.words.get(w);
    if (atoms) return atoms;
    if (this.words.size >= this.limit) this.words.clear();
    atoms = new Uint32Array(8);
    wordAtoms(w, atoms);
    this.words.set(w, atoms);
    return atoms;
  }
}

export function tokenAtoms(words: readonly string[], cache?: AtomCache): TokenAtoms {
  const n = words.length;
  const a: TokenAtoms = {
    n,
    word: new Uint32Array(n),
    lower: new Uint32Array(n),
    suf2: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf4: new Uint32Array(n),
    pre1: new Uint32Array(n),
    pre3: new Uint32Array(n),
    shape: new Uint32Array(n),
  };
  const scratch = new Uint32Array(8);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    let x: Uint32Array = scratch;
    if (cache) x = cache.get(w);
    else wordAtoms(w, x);
    a.word[i] = x[0] as number;
    a.lower[i] = x[1] as number;
    a.suf2[i] = x[2] as number;
    a.suf3[i] = x[3] as number;
    a.suf4[i] = x[4] as number;
    a.pre1[i] = x[5] as number;
    a.pre3[i] = x[6] as number;
    a.shape[i] = x[7] as number;
  }
  return a;
}

/** Largest number of features one tagging decision fires. */
export const TAG_FEATURES = 28;

/**
 * Writes the feature keys of token `i` into `out` and returns their number.
 * `p1` and `p2` are the classes given to the two tokens before it (-1 before the start).
 */
export function tagFeatures(
  a: TokenAtoms,
  i: number,
  p1: number,
  p2: number,
  out: Uint32Array,
): number {
  const n = a.n;
  const w = a.lower[i] as number;
  const wm1 = i > 0 ? (a.lower[i - 1] as number) : START;
  const wm2 = i > 1 ? (a.lower[i - 2] as number) : START;
  const wp1 = i + 1 < n ? (a.lower[i + 1] as number) : END;
  const wp2 = i + 2 < n ? (a.lower[i + 2] as number) : END;
  const t1 = p1 + 1;
  const t2 = p2 + 1;
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, w);
  out[k++] = key1(2, a.word[i] as number);
  out[k++] = key1(3, a.suf2[i] as number);
  out[k++] = key1(4, a.suf3[i] as number);
  out[k++] = key1(5, a.suf4[i] as number);
  out[k++] = key1(6, a.pre1[i] as number);
  out[k++] = key1(7, a.pre3[i] as number);
  out[k++] = key1(8, a.shape[i] as number);
  out[k++] = key1(9, t1);
  out[k++] = key2(10, t1, t2);
  out[k++] = key2(11, t1, w);
  out[k++] = key1(12, wm1);
  out[k++] = key1(13, wm2);
  out[k++] = key1(14, wp1);
  out[k++] = key1(15, wp2);
  out[k++] = key2(16, wm1, w);
  out[k++] = key2(17, w, wp1);
  out[k++] = key1(18, i > 0 ? (a.suf3[i - 1] as number) : START);
  out[k++] = key1(19, i + 1 < n ? (a.suf3[i + 1] as number) : END);
  out[k++] = key1(20, i + 1 < n ? (a.shape[i + 1] as number) : END);
  out[k++] = key2(21, i === 0 ? 1 : 0, a.shape[i] as number);
  out[k++] = key2(22, t1, a.suf3[i] as number);
  out[k++] = key2(23, t1, wp1);
  out[k++] = key3(24, t1, a.shape[i] as number, i + 1 < n ? (a.shape[i + 1] as number) : END);
  out[k++] = key2(25, wp1, wp2);
  out[k++] = key2(26, wm1, a.suf3[i] as number);
  out[k++] = key2(27, i > 0 ? (a.shape[i - 1] as number) : START, a.shape[i] as number);
  return k;
}

export interface TagModel {
  scorer: Scorer;
  /** Words (as written) that the training data tags one way, and their class. */
  dict: Map<string, number>;
}

/** Greedy tagging of one sentence: class ids, one per word. */
export function tagWords(
  model: TagModel,
  words: readonly string[],
  atoms = tokenAtoms(words),
): Int32Array {
  const n = words.length;
  const out = new Int32Array(n);
  const feats = new Uint32Array(TAG_FEATURES);
  const scores = new Float32Array(model.scorer.classes);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < n; i++) {
    let c = model.dict.get(words[i] as string);
    if (c === undefined) {
      const k = tagFeatures(atoms, i, p1, p2, feats);
      model.scorer.score(feats, k, scores);
      c = argmax(scores, model.scorer.classes);
    }
    out[i] = c;
    p2 = p1;
    p1 = c;
  }
  return out;
}
