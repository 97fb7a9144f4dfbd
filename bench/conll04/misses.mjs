#!/usr/bin/env node
// Why each gold relation of a CoNLL04 split is missed, counted by relation
// type and reason, in-process (like errors.mjs): an endpoint the extractor does
// not find or types otherwise, a relation drawn with another type, one a
// filter dropped (doubtful name, dateline), a pair too far apart for the pair
// model, one the model scores under its lead or a tree gate refuses, or one
// nothing reads. Use it on train with models that never saw train:
//   node bench/conll04/misses.mjs train --models-from dev --models /tmp/dev-models [--show reason,...] [--type Kill]
// cv: the misses of each cross-validation fold of train+dev scored by that fold's models
// (kept by `run.mjs cv --models DIR`), summed: never test, and every sentence unseen by its models.
//   node bench/conll04/misses.mjs cv --models DIR [--folds 5] [--seed 1] [--paths]
// --paths groups the misses no filter or other relation explains by the tree path between the
// two names (labels, and the word at its top), most common first, with an example of each.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, root } from '../args.mjs';
import { foldModels, readFold, runFold } from './cv.mjs';
import { modelDirFromArgs } from './models.mjs';
import { readSplit } from './split.mjs';

const split = process.argv[2] ?? 'train';
const folds = Number(arg('--folds', 5));
const seed = Number(arg('--seed', 1));
const show = new Set(arg('--show', '').split(',').filter(Boolean));
const onlyType = arg('--type', '');
// A cv run spawns one process per fold (each reads its own fold's models) and sums their misses.
if (split === 'cv') {
  const base = arg('--models', '');
  if (!base) {
    console.error('misses.mjs cv needs --models DIR (run.mjs cv --models DIR trains them there)');
    process.exit(1);
  }
  const records = [];
  for (let k = 0; k < folds; k++) {
    const models = foldModels(base, folds, seed, k);
    const args = ['--json', ...process.argv.slice(3)];
    records.push(
      ...runFold(fileURLToPath(import.meta.url), k, folds, seed, args, {
        GRAPHWIRE_MODEL_DIR: models,
      }),
    );
  }
  report(records, `CoNLL04 train+dev, ${folds}-fold cross-validation (seed ${seed})`);
  process.exit(0);
}
if (split !== 'fold') {
  const models = modelDirFromArgs(process.argv, () =>
    mkdtempSync(join(tmpdir(), 'graphwire-conll04-models-')),
  );
  if (models) process.env.GRAPHWIRE_MODEL_DIR = models;
}
const { analyse } = await import(join(root, 'dist/extract/extract.js'));
const { loadLexicon } = await import(join(root, 'dist/extract/lexicon.js'));
const rm = await import(join(root, 'dist/extract/relation-model.js'));
const { bestLabel, loadModel } = await import(join(root, 'dist/extract/perceptron.js'));
const {
  compileCues,
  markStance,
  dropAddresseePairs,
  dropDoubtfulPairs,
  dropDatelinePairs,
  dropFalseEmployers,
  dropFirmPartners,
  dropModifierPlaces,
  scopeRoles,
  dropHeadlinePossessives,
  addTownStates,
} = await import(join(root, 'dist/extract/relations/index.js'));
const { conllEntities, CONLL_TYPES, CONLL_RELATIONS } = await import(
  join(root, 'dist/eval/index.js')
);
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));
const { treePath } = await import(join(root, 'dist/extract/relations/tree-path.js'));

const { sentences, docs } =
  split === 'fold' ? readFold(Number(process.argv[3]), folds, seed) : readSplit(split);
const records = [];

const MODEL_TYPE = {
  Kill: 'KILLED',
  Work_For: 'WORKS_FOR',
  Live_In: 'LIVES_IN',
  Located_In: 'LOCATED_IN',
  OrgBased_In: 'BASED_IN',
};
const cues = compileCues(loadLexicon());
const pairModel = loadModel('relation-model.json');
// The texts the scorer accepts for a node: its mentions' written forms too ("Lubbock, Texas",
// "the Minox company"), as extract() gives them to the graph as aliases.
const names = (c) =>
  new Set(
    [
      c.name,
      ...(c.aliases ?? []),
      ...c.mentions.flatMap((m) => [
        m.text,
        m.name,
        ...(m.forms ?? []),
        ...(c.type === 'Organization' && m.groupForm ? [m.groupForm] : []),
      ]),
    ].map(normalizeName),
  );

docs.forEach((d, i) => {
  const s = sentences[i];
  const gold = conllEntities(s);
  const { sents, clusters, found: ruled } = analyse(d.text);
  const modelled = markStance(sents, cues, rm.modelRelations(sents, clusters, ruled, cues));
  const all = [...ruled, ...modelled];
  const doubted = dropAddresseePairs(sents, dropDoubtfulPairs(clusters, all), clusters);
  const partners = dropFalseEmployers(
    sents,
    clusters,
    dropFirmPartners(sents, clusters, doubted, cues),
  );
  // The passes extract() runs after the filters (analyseRelations), town-state last: without them a
  // state carried from its town ("X, 83, of Trapper Creek, Alaska") counted as missed.
  const placed = dropDatelinePairs(
    sents,
    clusters,
    scopeRoles(sents, clusters, dropModifierPlaces(sents, clusters, partners, cues), cues),
  );
  const final = addTownStates(sents, dropHeadlinePossessives(sents, clusters, placed));
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
    let path = '';
    if (h.why || t.why) why = `entity: ${h.why ?? t.why}`;
    else if (final.some((r) => between(r) && want.includes(r.type))) continue;
    else if (all.some((r) => between(r) && want.includes(r.type)))
      why = !doubted.some((r) => between(r) && want.includes(r.type))
        ? 'filter: doubtful name'
        : !partners.some((r) => between(r) && want.includes(r.type))
          ? 'filter: firm partner or false employer'
          : 'filter: dateline, role scope or modifier place';
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
      if (sc) path = pathShape(sc, h.id, t.id);
      if (!sc) why = 'pair: not in one sentence';
      else if (!p) why = 'pair: too far apart or too many names between';
      else {
        const { label, margin } = bestLabel(pairModel, rm.pairFeatures(sc, p));
        const type = MODEL_TYPE[label];
        const lead = rm.DEFAULTS.minMarginFor[type] ?? rm.DEFAULTS.minMargin;
        if (label === g.type && margin < lead) why = 'model: under its lead';
        else if (label === g.type && !rm.treeAllows(sc, p, type, cues)) why = 'model: tree gate';
        else if (label === g.type) why = 'model: stance or other';
        else why = `nothing: model says ${label}`;
      }
    }
    records.push({
      type: g.type,
      why,
      path,
      line: `${g.type}(${gold[g.head].text}, ${gold[g.tail].text}) ${why}  | ${d.text}`,
    });
  }
});
if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(records));
else report(records, `CoNLL04 ${split}`);

/**
 * The tree path between the first mentions of two entities in a sentence:
 * its labels (^ up from the source, v down to the target) and the word at
 * its top in lower case ("nsubj^ work obl:v").
 */
function pathShape(sc, h, t) {
  const a = sc.mentions.find((m) => m.entity === h);
  const b = sc.mentions.find((m) => m.entity === t);
  const path = treePath(sc, a, b);
  if (!path) return 'nopath';
  const toks = sc.syntax.tokens;
  const { nodes, top } = path;
  const n = nodes.length - 1;
  const labels = nodes.map((k, i) =>
    i < top ? `${toks[k].deprel}^` : i > top ? `${toks[k].deprel}v` : '',
  );
  const word = top > 0 && top < n ? `[${toks[nodes[top]].text.toLowerCase()}]` : '';
  return [...labels.slice(0, top), word, ...labels.slice(top + 1)].filter(Boolean).join(' ');
}

function report(records, title) {
  const counts = new Map();
  const coarse = new Map();
  const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of records) {
    add(counts, `${r.type.padEnd(11)} ${r.why}`);
    add(coarse, r.why.split(':')[0]);
  }
  console.log(`missed gold relations of ${title}, by type and reason: ${records.length}`);
  for (const [k, n] of [...coarse].sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(4)}  ${k}`);
  console.log();
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(4)}  ${k}`);
  if (process.argv.includes('--paths')) {
    // Misses the extractor had both names for and drew nothing between, by path shape.
    const open = records.filter((r) => r.path && /^(model|nothing)/.test(r.why));
    const shapes = new Map();
    for (const r of open) {
      const k = `${r.type.padEnd(11)} ${r.path}`;
      if (!shapes.has(k)) shapes.set(k, []);
      shapes.get(k).push(r.line);
    }
    console.log(`\n${open.length} misses with both names found and nothing drawn, by tree path:`);
    for (const [k, ls] of [...shapes]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, Number(arg('--top', 40))))
      console.log(`${String(ls.length).padStart(4)}  ${k}\n        e.g. ${ls[0]}`);
  }
  for (const r of records)
    if (show.has(r.why.split(':')[0]) || show.has(r.why)) console.log(r.line);
}
