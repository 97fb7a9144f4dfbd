#!/usr/bin/env node
// How the extractor types the gold names of the CoNLL04 cross-validation
// folds, and which pass decides a wrong type. Each fold is read three times
// by the models that never saw it (kept by `run.mjs cv --models DIR`): the
// rules alone (no entity tagger, no type model), the rules and the tagger,
// and everything. A gold name found with its exact text is counted under its
// gold type and the type given; a wrong type is laid to the pass that made
// it: the rules (none after them mended it), the tagger (the rules had it
// right), or the type model (right before it). Each confusion also counts
// the gold relations it costs (a relation needs both ends typed as the gold
// has them). Test is never read.
//   node bench/conll04/typing.mjs cv --models DIR [--folds 5] [--seed 1[,2]] [--show Organization>Person]
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, root } from '../args.mjs';
import { foldModels, readFold, runFold } from './cv.mjs';

const mode = process.argv[2];
const folds = Number(arg('--folds', 5));

if (mode === 'fold') {
  // One fold under the models of GRAPHWIRE_MODEL_DIR: each gold name's type, or why it has none.
  const seed = Number(arg('--seed', 1));
  const { analyse } = await import(join(root, 'dist/extract/extract.js'));
  const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
  const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));
  const names = (c) =>
    new Set([c.name, ...(c.aliases ?? []), ...c.mentions.map((m) => m.text)].map(normalizeName));
  const { sentences, docs } = readFold(Number(process.argv[3]), folds, seed);
  const out = [];
  docs.forEach((d, i) => {
    const gold = conllEntities(sentences[i]);
    const { clusters } = analyse(d.text);
    const types = gold.map((g) => {
      const n = normalizeName(g.text);
      const hit = clusters.filter((c) => names(c).has(n));
      if (!hit.length) return 'unfound';
      const want = CONLL_TYPES[g.type];
      return hit.some((c) => c.type === want) ? want : hit[0].type;
    });
    out.push({ id: d.id, text: d.text, types });
  });
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

if (mode !== 'cv') {
  console.error('usage: node bench/conll04/typing.mjs cv --models DIR [--folds 5] [--seed 1,2]');
  process.exit(1);
}
const base = arg('--models', '');
if (!base) {
  console.error('typing.mjs cv needs --models DIR (run.mjs cv --models DIR trains them there)');
  process.exit(1);
}
const { conllEntities, CONLL_TYPES } = await import(join(root, 'dist/eval/index.js'));
const show = arg('--show', '');
const tmp = mkdtempSync(join(tmpdir(), 'graphwire-typing-'));
// A type model with no weights never overrules the rules nor drops a name.
const blank = { labels: ['None', 'Person', 'Organization', 'Location'], weights: {} };

/** The fold's models with the type model blanked out, in a folder of their own. */
function withoutTypeModel(models) {
  const dir = mkdtempSync(join(tmp, 'models-'));
  for (const f of readdirSync(models))
    if (f !== 'type-model.json') symlinkSync(join(models, f), join(dir, f));
  writeFileSync(join(dir, 'type-model.json'), JSON.stringify(blank));
  return dir;
}

const readFoldTypes = (k, seed, env) =>
  runFold(fileURLToPath(import.meta.url), k, folds, seed, [], env);

const TYPES = ['Person', 'Organization', 'Location'];
const confusion = new Map();
const blame = new Map();
const mended = new Map();
const costs = new Map();
const shown = [];
const add = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const seeds = String(arg('--seed', '1')).split(',').map(Number);
try {
  for (const seed of seeds)
    for (let k = 0; k < folds; k++) {
      const models = foldModels(base, folds, seed, k);
      const noTypes = withoutTypeModel(models);
      const full = readFoldTypes(k, seed, { GRAPHWIRE_MODEL_DIR: models });
      const tagged = readFoldTypes(k, seed, { GRAPHWIRE_MODEL_DIR: noTypes });
      const rules = readFoldTypes(k, seed, {
        GRAPHWIRE_MODEL_DIR: noTypes,
        GRAPHWIRE_ENTITY_TAGGER: 'off',
      });
      const { sentences } = readFold(k, folds, seed);
      full.forEach((doc, i) => {
        const gold = conllEntities(sentences[i]);
        gold.forEach((g, j) => {
          const want = CONLL_TYPES[g.type];
          if (!want) return;
          const got = doc.types[j];
          add(confusion, `${want}>${got}`);
          const [r, t] = [rules[i].types[j], tagged[i].types[j]];
          if (r !== want && t === want) add(mended, `tagger ${want}`);
          if (t !== want && got === want) add(mended, `type model ${want}`);
          if (got === want || got === 'unfound') return;
          const by = t === want ? 'type model' : r === want ? 'tagger' : 'rules';
          add(blame, `${want}>${got} ${by}`);
          const lost = sentences[i].relations.filter((x) => x.head === j || x.tail === j).length;
          add(costs, `${want}>${got}`, lost);
          if (show === `${want}>${got}`) shown.push(`${by.padEnd(10)} ${g.text} | ${doc.text}`);
        });
      });
      rmSync(noTypes, { recursive: true, force: true });
    }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const n = (m, k) => m.get(k) ?? 0;
console.log(
  `Gold names of CoNLL04 train+dev, ${folds}-fold cross-validation (seed ${seeds.join(', ')}), each fold by its own models (${base})`,
);
console.log('gold \\ given     Person  Organization  Location  unfound   right');
for (const want of TYPES) {
  const row = [...TYPES, 'unfound'].map((got) => n(confusion, `${want}>${got}`));
  const all = row.reduce((a, b) => a + b, 0);
  console.log(
    `${want.padEnd(14)} ${row.map((v, i) => String(v).padStart(i === 1 ? 12 : 8)).join('')}  ${(n(confusion, `${want}>${want}`) / all).toFixed(3)}`,
  );
}
console.log('\nwrong types by the pass that made them, and the gold relations they cost:');
for (const want of TYPES)
  for (const got of TYPES) {
    if (want === got || !n(confusion, `${want}>${got}`)) continue;
    const by = ['rules', 'tagger', 'type model'].map(
      (p) => `${p} ${n(blame, `${want}>${got} ${p}`)}`,
    );
    console.log(
      `  ${`${want} as ${got}`.padEnd(28)} ${String(n(confusion, `${want}>${got}`)).padStart(4)}  (${by.join(', ')}); relations lost ${n(costs, `${want}>${got}`)}`,
    );
  }
console.log('\nwrong types mended by a pass (right after it, wrong before):');
for (const [k, v] of [...mended].sort()) console.log(`  ${k.padEnd(28)} ${v}`);
for (const l of shown) console.log(l);
