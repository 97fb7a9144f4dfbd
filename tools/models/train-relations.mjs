#!/usr/bin/env node
// Trains the relation pair classifier (data/relation-model.json) on the
// CoNLL04 train split: every candidate pair of names the extractor finds in a
// sentence is labelled with the gold relation between the gold spans of the
// same text, or None. Averaged perceptron over context features only
// (src/extract/relation-model.ts). Run after `npm run build`:
//   node tools/models/train-relations.mjs [epochs] [splits] [seeds] [--out file]   (shipped: 20 train,dev 3)
// Not run at install or test time; the product only reads the weights.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
// --out writes the weights elsewhere than data/ (a train-only model for measuring dev,
// read back through GRAPHWIRE_MODEL_DIR); the positional arguments come first.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'data/relation-model.json');
const epochs = Number(process.argv[2] ?? 20);
// Splits to learn from: train while tuning against dev; train,dev for the shipped weights.
const splits = (process.argv[3] ?? 'train,dev').split(',');
// Shuffles averaged into the shipped model (perceptron-train.mjs trainSeeds).
const seeds = Number(process.argv[4] ?? process.env.SEEDS ?? 1);
const { analyse } = await import(join(root, 'dist/extract/extract.js'));
const { candidatePairs, pairFeatures } = await import(join(root, 'dist/extract/relation-model.js'));
const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/normalize.js'));
const { trainSeeds } = await import(join(root, 'tools/models/perceptron-train.mjs'));

const LABELS = ['None', 'Kill', 'Work_For', 'Live_In', 'Located_In', 'OrgBased_In'];
const dir = join(shared, 'benchmarks/conll04');
const examples = [];
for (const split of splits) {
  const gold = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8'));
  const docs = readFileSync(join(dir, `conll04_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  docs.forEach((d, i) => {
    const spans = conllEntities(gold[i]).map((g) => ({
      n: normalizeName(g.text),
      type: CONLL_TYPES[g.type],
    }));
    const { sents, clusters } = analyse(d.text);
    const goldOf = (m, type) => {
      const names = new Set([normalizeName(m.text), normalizeName(clusters[m.entity].name)]);
      return spans.flatMap((g, gi) => (g.type === type && names.has(g.n) ? [gi] : []));
    };
    for (const sc of sents)
      for (const p of candidatePairs(sc, clusters)) {
        const ga = goldOf(p.a, p.ta);
        const gb = goldOf(p.b, p.tb);
        const rel = gold[i].relations.find((r) => ga.includes(r.head) && gb.includes(r.tail));
        const y = rel ? LABELS.indexOf(rel.type) : 0;
        examples.push({ f: pairFeatures(sc, p), y: Math.max(y, 0) });
      }
  });
}
const model = trainSeeds(examples, LABELS, epochs, seeds);
writeFileSync(out, `${JSON.stringify(model)}\n`);
const pos = examples.filter((e) => e.y > 0).length;
console.log(
  `${examples.length} pairs (${pos} related), ${Object.keys(model.weights).length} features`,
);
