#!/usr/bin/env node
// Trains the name-typing model (data/type-model.json) on the CoNLL04 train
// splits: each name the rules find is labelled with the gold type of the span
// with the same text (Peop, Org, Loc), or None. An averaged perceptron over
// context features only (src/extract/type-model.ts). Run after `npm run build`:
//   node tools/models/train-types.mjs [epochs] [splits] [seeds] [--out file]   (shipped: 16 train,dev 3)
// Not run at install or test time; the product only reads the weights.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllDocs, root, trainerArgs, trainSeeds } from './perceptron-train.mjs';

const { out, epochs, splits, seeds } = trainerArgs(process.argv, {
  file: 'type-model.json',
  epochs: 16,
});
const { readMentions } = await import(join(root, 'dist/extract/extract.js'));
const { loadLexicon } = await import(join(root, 'dist/extract/lexicon.js'));
const { typeFeatures } = await import(join(root, 'dist/extract/type-model.js'));
const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));

const lex = loadLexicon();
const LABELS = ['None', 'Person', 'Organization', 'Location'];
const examples = [];
for (const d of conllDocs(splits)) {
  const spans = conllEntities(d.gold).map((g) => ({ n: normalizeName(g.text), type: g.type }));
  for (const s of readMentions(d.text))
    for (const m of s.mentions) {
      if (m.fixed || m.facilityOf !== undefined) continue;
      const n = normalizeName(m.text);
      const g = spans.find((x) => x.n === n);
      const label = g && CONLL_TYPES[g.type] ? CONLL_TYPES[g.type] : 'None';
      examples.push({ f: typeFeatures(s.tokens, m, lex), y: LABELS.indexOf(label) });
    }
}
const model = trainSeeds(examples, LABELS, epochs, seeds);
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`${examples.length} names, ${Object.keys(model.weights).length} features`);
