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

/** A model ready to score: weights in a Map (a plain object this large is slow to index). */
export interface CompiledModel {
  labels: string[];
  weights: Map<string, Float64Array>;
}

export function compileModel(model: LinearModel): CompiledModel {
  const weights = new Map<string, Float64Array>();
  for (const [f, w] of Object.entries(model.weights)) weights.set(f, Float64Array.from(w));
  return { labels: model.labels, weights };
}

/** Scores of every label for a bag of features. */
export function scoreLabels(model: CompiledModel, features: readonly string[]): Float64Array {
  const out = new Float64Array(model.labels.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (w[i] as number);
  }
  return out;
}

/** The best label and how far it leads the runner-up. */
export function bestLabel(
  model: CompiledModel,
  features: readonly string[],
): { label: string; margin: number } {
  const s = scoreLabels(model, features);
  let best = 0;
  for (let i = 1; i < s.length; i++) if ((s[i] as number) > (s[best] as number)) best = i;
  let second = Number.NEGATIVE_INFINITY;
  s.forEach((v, i) => {
    if (i !== best && v > second) second = v;
  });
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
