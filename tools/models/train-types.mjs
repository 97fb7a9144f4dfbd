#!/usr/bin/env node
// Trains the name-typing model (data/type-model.json) on the CoNLL04 train
// splits: each name the rules find is labelled with the gold type of the span
// with the same text (Peop, Org, Loc), or None. An averaged perceptron over
// context features only (src/extract/type-model.ts). Run after `npm run build`:
//   node tools/models/train-types.mjs [epochs] [splits] [seeds] [--out file]   (shipped: 16 train,dev 3)
// Not run at install or test time; the product only reads the weights.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
// --out writes the weights elsewhere than data/ (a train-only model for measuring dev,
// read back through GRAPHWIRE_MODEL_DIR); the positional arguments come first.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'data/type-model.json');
const epochs = Number(process.argv[2] ?? 16);
// Splits to learn from: train while tuning against dev; train,dev for the shipped weights.
const splits = (process.argv[3] ?? 'train,dev').split(',');
// Shuffles averaged into the shipped model (perceptron-train.mjs trainSeeds).
const seeds = Number(process.argv[4] ?? process.env.SEEDS ?? 1);
const { readMentions } = await import(join(root, 'dist/extract/extract.js'));
const { loadLexicon } = await import(join(root, 'dist/extract/lexicon.js'));
const { typeFeatures } = await import(join(root, 'dist/extract/type-model.js'));
const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/normalize.js'));
const { trainSeeds } = await import(join(root, 'tools/models/perceptron-train.mjs'));

const lex = loadLexicon();
const LABELS = ['None', 'Person', 'Organization', 'Location'];
const dir = join(shared, 'benchmarks/conll04');
const examples = [];
for (const split of splits) {
  const gold = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8'));
  const docs = readFileSync(join(dir, `conll04_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  docs.forEach((d, i) => {
    const spans = conllEntities(gold[i]).map((g) => ({ n: normalizeName(g.text), type: g.type }));
    for (const s of readMentions(d.text))
      for (const m of s.mentions) {
        if (m.fixed || m.facilityOf !== undefined) continue;
        const n = normalizeName(m.text);
        const g = spans.find((x) => x.n === n);
        const label = g && CONLL_TYPES[g.type] ? CONLL_TYPES[g.type] : 'None';
        examples.push({ f: typeFeatures(s.tokens, m, lex), y: LABELS.indexOf(label) });
      }
  });
}
const model = trainSeeds(examples, LABELS, epochs, seeds);
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`${examples.length} names, ${Object.keys(model.weights).length} features`);
