#!/usr/bin/env node
// In-process error list for a CoNLL04 split: runs extract() on each sentence
// (no store, no cross-document merging, so figures can differ slightly from
// run.mjs) and prints the scores, then missed and spurious entities and
// relations, and the precision of each rule. --off a,b leaves out tree rules or
// token-window passes by name, to see what each one earns.
// --models-from dev (or --train-only) scores with models that never saw the split
// (models.mjs); --models DIR keeps them there for the next run. Honest train:
//   node bench/conll04/errors.mjs train --models-from dev --models /tmp/dev-models
// --kinds counts the entity errors by kind: a gold name found with another type,
// found too long or too short, missed entirely, and names found where gold has
// none (overlapping a gold name, or not at all).
// `fold K [--folds 5] [--seed 1]` lists the errors of cross-validation fold K of train+dev; point
// GRAPHWIRE_MODEL_DIR at that fold's models (run.mjs cv --models DIR keeps them in
// DIR/5-folds-seed-1/fold-K), so no model saw the sentences it scores.
// Usage: node bench/conll04/errors.mjs [train|dev|fold K] [--errors N] [--only ent|rel] [--off rule,...]
//        [--models-from dev|train] [--models DIR] [--kinds]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, root } from '../args.mjs';
import { readFold } from './cv.mjs';
import { modelDirFromArgs } from './models.mjs';
import { readSplit } from './split.mjs';

const models = modelDirFromArgs(process.argv, () =>
  mkdtempSync(join(tmpdir(), 'graphwire-conll04-models-')),
);
if (models) process.env.GRAPHWIRE_MODEL_DIR = models;

const split = process.argv[2] ?? 'dev';
const limit = Number(arg('--errors', 40));
const only = arg('--only', '');
const { extract } = await import(join(root, 'dist/extract/index.js'));
const { TREE_RULES, WINDOW_PASSES } = await import(join(root, 'dist/extract/relations/index.js'));
const off = new Set(arg('--off', '').split(',').filter(Boolean));
const relations = {
  rules: TREE_RULES.filter((r) => !off.has(r.name)),
  window: new Set([...WINDOW_PASSES].filter((p) => !off.has(p))),
};
const { scoreConll04, conllEntities, CONLL_TYPES, CONLL_RELATIONS } = await import(
  join(root, 'dist/eval/index.js')
);
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));
const { sentences, docs } =
  split === 'fold'
    ? readFold(Number(process.argv[3]), Number(arg('--folds', 5)), Number(arg('--seed', 1)))
    : readSplit(split);

const graph = { nodes: [], edges: [] };
const kinds = new Map();
const kind = (k) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
const words = (t) => ` ${t} `;
const missE = [];
const spurE = [];
const missR = [];
const spurR = [];
docs.forEach((d, i) => {
  const x = extract({ id: d.id, text: d.text, hash: '' }, { relations });
  const key = (id) => `${d.id}/${id}`;
  for (const e of x.entities)
    graph.nodes.push({
      key: key(e.id),
      attributes: { name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions },
    });
  for (const r of x.relations)
    graph.edges.push({
      key: '',
      source: key(r.source),
      target: key(r.target),
      attributes: { type: r.type, evidence: [r.evidence] },
    });
  const s = sentences[i];
  const gold = conllEntities(s);
  const texts = (e) =>
    new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normalizeName));
  const match = (g) =>
    x.entities.find((e) => e.type === CONLL_TYPES[g.type] && texts(e).has(normalizeName(g.text)));
  // Error kinds: each gold name not found as such is explained by one entity at most.
  const explained = new Set();
  const texts0 = (e) => [...texts(e)];
  for (const g of gold) {
    const t = CONLL_TYPES[g.type];
    if (!t || match(g)) continue;
    const n = normalizeName(g.text);
    const by = (f) => x.entities.find((e) => !explained.has(e) && texts0(e).some(f));
    const same = by((s) => s === n);
    const longer = same ? undefined : by((s) => words(s).includes(words(n)));
    const shorter = same || longer ? undefined : by((s) => words(n).includes(words(s)));
    const e = same ?? longer ?? shorter;
    if (e) explained.add(e);
    const how = same ? 'type' : longer ? 'too long' : shorter ? 'too short' : 'missed';
    kind(`${how} ${t}${e && e.type !== t ? ` as ${e.type}` : ''}`);
  }
  for (const e of x.entities) {
    if (
      explained.has(e) ||
      gold.some((g) => CONLL_TYPES[g.type] === e.type && texts(e).has(normalizeName(g.text)))
    )
      continue;
    const over = gold.some((g) =>
      texts0(e).some(
        (s) =>
          words(s).includes(words(normalizeName(g.text))) ||
          words(normalizeName(g.text)).includes(words(s)),
      ),
    );
    kind(`spurious ${e.type}${over ? ' (inside or around a gold name)' : ''}`);
  }
  for (const g of gold)
    if (CONLL_TYPES[g.type] && !match(g)) {
      const near = x.entities.find((e) =>
        [...texts(e)].some(
          (t) => t.includes(normalizeName(g.text)) || normalizeName(g.text).includes(t),
        ),
      );
      missE.push(
        `${g.type} "${g.text}"${near ? `  [got ${near.type} "${near.mentions[0]?.text}"]` : ''}  | ${d.text}`,
      );
    }
  for (const e of x.entities) {
    const ok = gold.some(
      (g) => CONLL_TYPES[g.type] === e.type && texts(e).has(normalizeName(g.text)),
    );
    if (!ok) {
      const g = gold.find((g) => texts(e).has(normalizeName(g.text)));
      spurE.push(`${e.type} "${e.mentions[0]?.text}"${g ? `  [gold ${g.type}]` : ''}  | ${d.text}`);
    }
  }
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const hit = new Set();
  for (const r of x.relations) {
    const a = byId.get(r.source);
    const b = byId.get(r.target);
    const j = s.relations.findIndex(
      (g, gi) =>
        !hit.has(gi) &&
        CONLL_RELATIONS[g.type]?.types.includes(r.type) &&
        CONLL_TYPES[gold[g.head].type] === a.type &&
        texts(a).has(normalizeName(gold[g.head].text)) &&
        CONLL_TYPES[gold[g.tail].type] === b.type &&
        texts(b).has(normalizeName(gold[g.tail].text)),
    );
    if (j >= 0) hit.add(j);
    else spurR.push(`${r.type}(${a.name}, ${b.name}) [${r.evidence.rule}]  | ${d.text}`);
  }
  s.relations.forEach((g, gi) => {
    if (!hit.has(gi))
      missR.push(`${g.type}(${gold[g.head].text}, ${gold[g.tail].text})  | ${d.text}`);
  });
});
const sc = scoreConll04(
  graph,
  sentences,
  docs.map((d) => d.id),
);
const f = (x) => x.toFixed(3);
const line = (label, x) =>
  `${label.padEnd(12)} P ${f(x.p)}  R ${f(x.r)}  F1 ${f(x.f1)}   (${x.tp}/${x.predicted}/${x.gold})`;
console.log(line('entities', sc.entities));
console.log(line('relations', sc.relations));
for (const [t, x] of Object.entries(sc.byRelation)) console.log(line(`  ${t}`, x));
for (const [r, x] of Object.entries(sc.byRule))
  console.log(`  rule ${r.padEnd(26)} P ${f(x.p)}  (${x.tp}/${x.predicted})`);
const show = (title, list) => {
  if (!limit) return;
  console.log(`\n== ${title} (${list.length})`);
  for (const l of list.slice(0, limit)) console.log(l);
};
if (process.argv.includes('--kinds')) {
  console.log('\n== entity errors by kind');
  for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`${String(v).padStart(5)}  ${k}`);
}
if (only !== 'rel') {
  show('missed entities', missE);
  show('spurious entities', spurE);
}
if (only !== 'ent') {
  show('missed relations', missR);
  show('spurious relations', spurR);
}
