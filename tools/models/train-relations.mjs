#!/usr/bin/env node
// Trains the relation pair classifier (data/relation-model.json) on the
// CoNLL04 train split: every candidate pair of names the extractor finds in a
// sentence is labelled with the gold relation between the gold spans of the
// same text, or None. Averaged perceptron over context features only
// (src/extract/relation-model.ts). Run after `npm run build`:
//   node tools/models/train-relations.mjs [epochs] [splits] [seeds] [--out file]   (shipped: 20 train,dev 3)
// Not run at install or test time; the product only reads the weights.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllDocs, root, trainerArgs, trainSeeds } from './perceptron-train.mjs';

const { out, epochs, splits, seeds } = trainerArgs(process.argv, {
  file: 'relation-model.json',
  epochs: 20,
});
const { analyse } = await import(join(root, 'dist/extract/extract.js'));
const { candidatePairs, pairFeatures } = await import(join(root, 'dist/extract/relation-model.js'));
const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));

const LABELS = ['None', 'Kill', 'Work_For', 'Live_In', 'Located_In', 'OrgBased_In'];
const examples = [];
for (const d of conllDocs(splits)) {
  const spans = conllEntities(d.gold).map((g) => ({
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
      const rel = d.gold.relations.find((r) => ga.includes(r.head) && gb.includes(r.tail));
      const y = rel ? LABELS.indexOf(rel.type) : 0;
      examples.push({ f: pairFeatures(sc, p), y: Math.max(y, 0) });
    }
}
const model = trainSeeds(examples, LABELS, epochs, seeds);
writeFileSync(out, `${JSON.stringify(model)}\n`);
const pos = examples.filter((e) => e.y > 0).length;
console.log(
  `${examples.length} pairs (${pos} related), ${Object.keys(model.weights).length} features`,
);
