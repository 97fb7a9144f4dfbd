// Averaged perceptron training for src/extract/perceptron.ts models, and what
// the CoNLL04 trainers beside it share: their arguments and the corpus reader.
// Deterministic: a seeded shuffle each epoch. Weights rounded, zeros pruned.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');

/**
 * A trainer's command line: `[epochs] [splits] [seeds] [--out file]`. --out
 * writes the weights elsewhere than data/ (a train-only model for measuring
 * dev, read back through GRAPHWIRE_MODEL_DIR); the positional arguments come
 * first. Splits to learn from: train while tuning against dev, train,dev for
 * the shipped weights. Seeds: shuffles averaged into the model (trainSeeds).
 */
export function trainerArgs(argv, defaults) {
  const outArg = argv.indexOf('--out');
  return {
    out: outArg > 0 ? resolve(argv[outArg + 1]) : join(root, 'data', defaults.file),
    epochs: Number(argv[2] ?? defaults.epochs),
    splits: (argv[3] ?? 'train,dev').split(','),
    seeds: Number(argv[4] ?? process.env.SEEDS ?? 1),
  };
}

/** The CoNLL04 documents of the splits, each with its gold annotation. */
export function conllDocs(splits) {
  const dir = join(shared, 'benchmarks/conll04');
  return splits.flatMap((split) => {
    const gold = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8'));
    return readFileSync(join(dir, `conll04_${split}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => ({ text: JSON.parse(l).text, gold: gold[i] }));
  });
}

export function train(examples, labels, epochs, seed = 1) {
  const w = new Map();
  const acc = new Map();
  let c = 1;
  let rnd = seed;
  const rand = () => {
    rnd = (rnd * 1103515245 + 12345) % 2147483648;
    return rnd / 2147483648;
  };
  const get = (m, f) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(labels.length)));
    return v;
  };
  const score = (fs) => {
    const s = new Float64Array(labels.length);
    for (const f of fs) {
      const v = w.get(f);
      if (v) for (let i = 0; i < s.length; i++) s[i] += v[i];
    }
    return s;
  };
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { f, y } = examples[k];
      const s = score(f);
      let p = 0;
      for (let i = 1; i < s.length; i++) if (s[i] > s[p]) p = i;
      if (p !== y) {
        for (const x of f) {
          get(w, x)[y] += 1;
          get(w, x)[p] -= 1;
          get(acc, x)[y] += c;
          get(acc, x)[p] -= c;
        }
      }
      c++;
    }
  }
  const weights = {};
  for (const [f, v] of w) {
    const a = acc.get(f);
    const avg = Array.from(v, (x, i) => Math.round((x - a[i] / c) * 1000) / 1000);
    if (avg.some((x) => x !== 0)) weights[f] = avg;
  }
  return { labels, weights };
}

// The mean of `seeds` perceptrons trained on different shuffles: one linear
// model, so no slower to score, and less sensitive to the order of examples
// than any single run (each retrain otherwise moves a few names either way).
export function trainSeeds(examples, labels, epochs, seeds = 1) {
  if (seeds <= 1) return train(examples, labels, epochs);
  const sum = {};
  for (let k = 1; k <= seeds; k++) {
    const m = train(examples, labels, epochs, k);
    for (const [f, v] of Object.entries(m.weights)) {
      const s = (sum[f] ??= new Array(labels.length).fill(0));
      v.forEach((x, i) => {
        s[i] += x;
      });
    }
  }
  const weights = {};
  for (const [f, s] of Object.entries(sum)) {
    const avg = s.map((x) => Math.round((x / seeds) * 1000) / 1000);
    if (avg.some((x) => x !== 0)) weights[f] = avg;
  }
  return { labels, weights };
}
