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
 * A model ready to score: each feature's row number in a Map, the rows in one
 * flat array. A Map to a small integer and one array of weights keep a
 * lookup to the hash table and one row, where a Map to a typed array per
 * feature cost two more memory reads (the array object and its store).
 */
export interface CompiledModel {
  labels: string[];
  /** feature -> row; row r holds the weights of the labels at w[r * labels.length ...]. */
  rows: Map<string, number>;
  w: Float64Array;
}

export function compileModel(model: LinearModel): CompiledModel {
  const n = model.labels.length;
  const entries = Object.entries(model.weights);
  const rows = new Map<string, number>();
  const w = new Float64Array(entries.length * n);
  entries.forEach(([f, ws], r) => {
    rows.set(f, r);
    for (let i = 0; i < n; i++) w[r * n + i] = ws[i] ?? 0;
  });
  return { labels: model.labels, rows, w };
}

/** Adds the rows of the features present into `out` (zeroed first), in the features' order. */
function sumInto(model: CompiledModel, features: readonly string[], out: Float64Array): void {
  const n = model.labels.length;
  const { rows, w } = model;
  out.fill(0);
  for (let f = 0; f < features.length; f++) {
    const r = rows.get(features[f] as string);
    if (r === undefined) continue;
    const base = r * n;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (w[base + i] as number);
  }
}

/** Scores of every label for a bag of features. */
export function scoreLabels(model: CompiledModel, features: readonly string[]): Float64Array {
  const out = new Float64Array(model.labels.length);
  sumInto(model, features, out);
  return out;
}

/** Scratch scores of bestLabel, reused between calls. */
let scratch = new Float64Array(8);

/** The best label and how far it leads the runner-up. */
export function bestLabel(
  model: CompiledModel,
  features: readonly string[],
): { label: string; margin: number } {
  const n = model.labels.length;
  if (scratch.length !== n) scratch = new Float64Array(n);
  const s = scratch;
  sumInto(model, features, s);
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
