#!/usr/bin/env node
// Why each gold relation of a CoNLL04 split is missed, counted by relation
// type and reason, in-process (like errors.mjs): an endpoint the extractor does
// not find or types otherwise, a relation drawn with another type, one a
// filter dropped (doubtful name, dateline), a pair too far apart for the pair
// model, one the model scores under its lead or a tree gate refuses, or one
// nothing reads. Use it on train with models that never saw train:
//   node bench/conll04/misses.mjs train --models-from dev --models /tmp/dev-models [--show reason,...] [--type Kill]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, root } from '../args.mjs';
import { modelDirFromArgs } from './models.mjs';
import { readSplit } from './split.mjs';

const models = modelDirFromArgs(process.argv, () =>
  mkdtempSync(join(tmpdir(), 'graphwire-conll04-models-')),
);
if (models) process.env.GRAPHWIRE_MODEL_DIR = models;
const split = process.argv[2] ?? 'train';
const show = new Set(arg('--show', '').split(',').filter(Boolean));
const onlyType = arg('--type', '');
const { analyse } = await import(join(root, 'dist/extract/extract.js'));
const { loadLexicon } = await import(join(root, 'dist/extract/lexicon.js'));
const rm = await import(join(root, 'dist/extract/relation-model.js'));
const { bestLabel, loadModel } = await import(join(root, 'dist/extract/perceptron.js'));
const { compileCues, markStance, dropDoubtfulPairs, dropDatelinePairs } = await import(
  join(root, 'dist/extract/relations/index.js')
);
const { conllEntities, CONLL_TYPES, CONLL_RELATIONS } = await import(
  join(root, 'dist/eval/index.js')
);
const { normalizeName } = await import(join(root, 'dist/resolve/normalize.js'));

const { sentences, docs } = readSplit(split);
const MODEL_TYPE = {
  Kill: 'KILLED',
  Work_For: 'WORKS_FOR',
  Live_In: 'LIVES_IN',
  Located_In: 'LOCATED_IN',
  OrgBased_In: 'BASED_IN',
};
const cues = compileCues(loadLexicon());
const pairModel = loadModel('relation-model.json');
const counts = new Map();
const lines = [];
const names = (c) =>
  new Set([c.name, ...(c.aliases ?? []), ...c.mentions.map((m) => m.text)].map(normalizeName));

docs.forEach((d, i) => {
  const s = sentences[i];
  const gold = conllEntities(s);
  const { sents, clusters, found: ruled } = analyse(d.text);
  const modelled = markStance(sents, cues, rm.modelRelations(sents, clusters, ruled, cues));
  const all = [...ruled, ...modelled];
  const doubted = dropDoubtfulPairs(clusters, all);
  const final = dropDatelinePairs(sents, clusters, doubted);
  const endpoint = (g) => {
    const want = CONLL_TYPES[g.type];
    const n = normalizeName(g.text);
    const hit = clusters.findIndex((c) => c.type === want && names(c).has(n));
    if (hit >= 0) return { id: hit };
    // "Tupelo , Miss": extract() names the town node "Tupelo, Miss." too, as the scorer sees it.
    const town = g.text.includes(',') ? normalizeName(g.text.split(',')[0]) : '';
    const place = clusters.findIndex((c) => c.type === want && town && names(c).has(town));
    if (place >= 0) return { id: place };
    const other = clusters.find((c) => names(c).has(n));
    if (other) return { why: `${g.type} typed ${other.type}` };
    const part = clusters.find((c) => [...names(c)].some((t) => t.includes(n) || n.includes(t)));
    return { why: part ? `${g.type} span differs` : `${g.type} missed` };
  };
  for (const g of s.relations) {
    if (onlyType && g.type !== onlyType) continue;
    const want = CONLL_RELATIONS[g.type]?.types ?? [];
    const h = endpoint(gold[g.head]);
    const t = endpoint(gold[g.tail]);
    const between = (r) => r.source === h.id && r.target === t.id;
    let why;
    if (h.why || t.why) why = `entity: ${h.why ?? t.why}`;
    else if (final.some((r) => between(r) && want.includes(r.type))) continue;
    else if (all.some((r) => between(r) && want.includes(r.type)))
      why = doubted.some((r) => between(r) && want.includes(r.type))
        ? 'filter: dateline'
        : 'filter: doubtful name';
    else if (final.some((r) => between(r) || (r.source === t.id && r.target === h.id)))
      why = `other relation: ${final
        .filter((r) => between(r) || (r.source === t.id && r.target === h.id))
        .map((r) => `${r.source === h.id ? '' : 'reversed '}${r.type} [${r.rule}]`)
        .join(', ')}`;
    else {
      const sc = sents.find(
        (x) =>
          x.mentions.some((m) => m.entity === h.id) && x.mentions.some((m) => m.entity === t.id),
      );
      const p =
        sc &&
        rm.candidatePairs(sc, clusters).find((p) => p.a.entity === h.id && p.b.entity === t.id);
      if (!sc) why = 'pair: not in one sentence';
      else if (!p) why = 'pair: too far apart or too many names between';
      else {
        const { label, margin } = bestLabel(pairModel, rm.pairFeatures(sc, p));
        const type = MODEL_TYPE[label];
        if (label === g.type && margin < rm.DEFAULTS.minMargin) why = 'model: under its lead';
        else if (label === g.type && !rm.treeAllows(sc, p, type, cues)) why = 'model: tree gate';
        else if (label === g.type) why = 'model: stance or other';
        else why = `nothing: model says ${label}`;
      }
    }
    const key = `${g.type.padEnd(11)} ${why}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (show.has(why.split(':')[0]) || show.has(why))
      lines.push(`${g.type}(${gold[g.head].text}, ${gold[g.tail].text}) ${why}  | ${d.text}`);
  }
});
const coarse = new Map();
for (const [k, n] of counts) {
  const c = k.split(':')[0];
  coarse.set(c, (coarse.get(c) ?? 0) + n);
}
console.log(`missed gold relations of CoNLL04 ${split}, by type and reason`);
for (const [k, n] of [...coarse].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(4)}  ${k}`);
console.log();
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(4)}  ${k}`);
for (const l of lines) console.log(l);
