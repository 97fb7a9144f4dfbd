/**
 * Rules alone against rules with the entity tagger, per type, on the UNER
 * held-out slice and CoNLL04 dev: a mention counts when its character span
 * and type match a gold one. Settings of the combination (tagged-names.ts
 * DEFAULTS) can be tried without editing: `--set addMargin=4,retypeMargin=8`.
 *
 *   npx tsx tools/ner/compare.ts [--set k=v,...]...
 *
 * For a fair CoNLL04 dev figure, data/type-model.json must be trained on
 * train only (node tools/models/train-types.mjs 16 train 3 --out <file>) while comparing.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Conll04Sentence, scoreConll04 } from '../../src/eval/index.js';
import { extract } from '../../src/extract/extract.js';
import { DEFAULTS } from '../../src/extract/mentions/tagged-names.js';
import { buildGraph } from '../../src/graph/index.js';
import { type GoldDoc, goldSets } from './data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
const TYPES = ['Person', 'Organization', 'Location'];
const sets = goldSets(shared);

type Count = { tp: number; fp: number; fn: number };
function measure(docs: GoldDoc[]): Count[] {
  const c: Count[] = TYPES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const d of docs) {
    const x = extract({ id: d.id, text: d.text, hash: d.id }, { dates: false, places: false });
    const found = new Set<string>();
    for (const e of x.entities)
      for (const m of e.mentions) found.add(`${m.start}:${m.end}:${TYPES.indexOf(e.type)}`);
    const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const k of gold) (c[Number(k.split(':')[2])] as Count)[found.has(k) ? 'tp' : 'fn']++;
    for (const k of found) {
      const t = Number(k.split(':')[2]);
      if (t >= 0 && !gold.has(k)) (c[t] as Count).fp++;
    }
  }
  return c;
}

const f3 = (x: number) => x.toFixed(3);
function line(name: string, x: Count): string {
  const p = x.tp / (x.tp + x.fp || 1);
  const r = x.tp / (x.tp + x.fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `  ${name.padEnd(13)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}`;
}
function report(label: string, c: Count[]): void {
  console.log(label);
  TYPES.forEach((t, i) => {
    console.log(line(t, c[i] as Count));
  });
  const all = c.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(line('all', all));
}

/** CoNLL04 dev as bench/conll04/run.mjs scores it (text and aliases, normalised), in process. */
const conllDir = join(shared, 'benchmarks/conll04');
const devGold = JSON.parse(
  readFileSync(join(conllDir, 'conll04_dev.json'), 'utf8'),
) as Conll04Sentence[];
function official(docs: GoldDoc[]): string {
  const graph = buildGraph(
    docs.map((d) => extract({ id: d.id, text: d.text, hash: d.id })),
  ).export();
  const e = scoreConll04(
    graph,
    devGold,
    docs.map((d) => d.id),
  ).entities;
  return `  scored as bench/conll04 does: P ${f3(e.p)}  R ${f3(e.r)}  F1 ${f3(e.f1)}`;
}

const base = { ...DEFAULTS };
const runs: [string, Partial<typeof DEFAULTS>][] = [
  [
    'rules alone',
    Object.fromEntries(
      ['addMargin', 'retypeMargin', 'reshapeMargin', 'dropMargin'].map((k) => [
        k,
        Number.POSITIVE_INFINITY,
      ]),
    ),
  ],
  ['rules + tagger (DEFAULTS)', {}],
];
process.argv.forEach((a, i) => {
  if (a !== '--set') return;
  const o: Record<string, number> = {};
  for (const kv of (process.argv[i + 1] ?? '').split(',')) {
    const [k, v] = kv.split('=');
    if (k) o[k] = Number(v);
  }
  runs.push([`rules + tagger (${process.argv[i + 1]})`, o]);
});
for (const [label, o] of runs) {
  Object.assign(DEFAULTS, base, o);
  report(`${label}, UNER held-out slice:`, measure(sets['uner-held'] as GoldDoc[]));
  report(`${label}, CoNLL04 dev (exact spans):`, measure(sets['conll-dev'] as GoldDoc[]));
  console.log(official(sets['conll-dev'] as GoldDoc[]));
}
