import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Token } from './tokenize.js';

/**
 * A linear multi-class model (an averaged perceptron once trained): one
 * weight per feature and label. Features are strings; scoring is a sum of
 * the weights of the features present. Trained offline (tools/models/);
 * the product only scores, deterministically.
 */
export interface LinearModel {
  labels: string[];
  /** feature -> one weight per label, in `labels` order. */
  weights: Record<string, number[]>;
}

/**
 * A model ready to score. Its features live in an open-addressing table of
 * doubles, one slot per feature: two 32-bit hashes of the feature's text,
 * then its weights, so a lookup reads one slot (a Map reached the key's text
 * and the weights through two more memory reads, and needed each feature
 * string built and hashed by the engine; here the text is hashed as it is
 * read, a prefix and a feature apart, so `prefix + feature` is never built).
 * Two features that differ can only be confused when both 32-bit hashes
 * agree; where two of the model's own features do, the model keeps a Map
 * instead (`table` undefined).
 */
export interface CompiledModel {
  labels: string[];
  /** feature -> row; row r holds the weights of the labels at w[r * labels.length ...]. */
  rows: Map<string, number>;
  w: Float64Array;
  /** Slots of 2 + labels.length doubles: hash 1 (EMPTY where no feature), hash 2, weights. */
  table?: Float64Array;
  mask: number;
}

/** Slot start of an empty slot: no 32-bit hash has this value. */
const EMPTY = 2 ** 40;

// Two independent hashes of prefix + feature, read a character at a time.
let hashA = 0;
let hashB = 0;
function hashPair(prefix: string, feature: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  for (let i = 0; i < feature.length; i++) {
    const c = feature.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  hashA = a | 0;
  hashB = b | 0;
}
const slotOf = (a: number, mask: number) => Math.imul(a ^ (a >>> 16), 0x45d9f3b) & mask;

export function compileModel(model: LinearModel): CompiledModel {
  const n = model.labels.length;
  const entries = Object.entries(model.weights);
  const rows = new Map<string, number>();
  const w = new Float64Array(entries.length * n);
  entries.forEach(([f, ws], r) => {
    rows.set(f, r);
    for (let i = 0; i < n; i++) w[r * n + i] = ws[i] ?? 0;
  });
  let size = 2;
  while (size < entries.length * 2) size <<= 1;
  const stride = 2 + n;
  let table: Float64Array | undefined = new Float64Array(size * stride);
  for (let s = 0; s < size; s++) table[s * stride] = EMPTY;
  const mask = size - 1;
  for (const [f, r] of rows) {
    hashPair('', f);
    let s = slotOf(hashA, mask);
    while (table[s * stride] !== EMPTY) {
      if (table[s * stride] === hashA && table[s * stride + 1] === hashB) break;
      s = (s + 1) & mask;
    }
    if (table[s * stride] !== EMPTY) {
      table = undefined;
      break;
    }
    table[s * stride] = hashA;
    table[s * stride + 1] = hashB;
    for (let i = 0; i < n; i++) table[s * stride + 2 + i] = w[r * n + i] as number;
  }
  return { labels: model.labels, rows, w, table, mask };
}

/**
 * Adds the rows of the features present into `out` (zeroed first), in the
 * features' order; each feature is read as `prefix + feature`.
 */
function sumInto(
  model: CompiledModel,
  features: readonly string[],
  out: Float64Array,
  prefix: string,
): void {
  const n = model.labels.length;
  out.fill(0);
  const { table, mask } = model;
  if (!table) {
    for (let f = 0; f < features.length; f++) {
      const r = model.rows.get(prefix + (features[f] as string));
      if (r === undefined) continue;
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (model.w[r * n + i] as number);
    }
    return;
  }
  const stride = 2 + n;
  for (let f = 0; f < features.length; f++) {
    hashPair(prefix, features[f] as string);
    let s = slotOf(hashA, mask) * stride;
    let k = table[s] as number;
    while (k !== EMPTY && !(k === hashA && table[s + 1] === hashB)) {
      s = s + stride === table.length ? 0 : s + stride;
      k = table[s] as number;
    }
    if (k === EMPTY) continue;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (table[s + 2 + i] as number);
  }
}

/** Scores of every label for a bag of features (each read as `prefix + feature`). */
export function scoreLabels(
  model: CompiledModel,
  features: readonly string[],
  prefix = '',
): Float64Array {
  const out = new Float64Array(model.labels.length);
  sumInto(model, features, out, prefix);
  return out;
}

/** Scratch scores of bestLabel, reused between calls. */
let scratch = new Float64Array(8);

/** The best label and how far it leads the runner-up (each feature read as `prefix + feature`). */
export function bestLabel(
  model: CompiledModel,
  features: readonly string[],
  prefix = '',
): { label: string; margin: number } {
  const n = model.labels.length;
  if (scratch.length !== n) scratch = new Float64Array(n);
  const s = scratch;
  sumInto(model, features, s, prefix);
  let best = 0;
  for (let i = 1; i < n; i++) if ((s[i] as number) > (s[best] as number)) best = i;
  let second = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (i !== best && (s[i] as number) > second) second = s[i] as number;
  return { label: model.labels[best] as string, margin: (s[best] as number) - second };
}

const loaded = new Map<string, CompiledModel>();

/**
 * Where benchmarks put models trained on fewer splits than the shipped ones
 * (a train-only model to measure CoNLL04 dev honestly): a folder holding
 * `type-model.json` and `relation-model.json`. Unset in the product.
 */
export const MODEL_DIR_ENV = 'GRAPHWIRE_MODEL_DIR';

/**
 * A model shipped in data/ (e.g. `type-model.json`), or in the folder
 * GRAPHWIRE_MODEL_DIR names, read and compiled once per process.
 */
export function loadModel(file: string): CompiledModel {
  let m = loaded.get(file);
  if (!m) {
    const dir = process.env[MODEL_DIR_ENV];
    const url = dir
      ? pathToFileURL(join(dir, file))
      : new URL(`../../data/${file}`, import.meta.url);
    m = compileModel(JSON.parse(readFileSync(url, 'utf8')) as LinearModel);
    loaded.set(file, m);
  }
  return m;
}

/** A token as a context feature: lower-case words as written, anything else by its shape. */
export function contextWord(t: Token | undefined): string {
  if (!t) return '<none>';
  if (!t.word) return t.text.length === 1 ? t.text : '<punct>';
  if (/^\d/.test(t.text)) return '<num>';
  if (t.cap) return '<cap>';
  return t.lower;
}
