#!/usr/bin/env node
// Person, organisation and place F1 on Universal NER's English EWT
// annotations (../shared/benchmarks/uner-english-ewt): web text nothing was
// tuned on, read as one document per EWT document. A mention counts when its
// span and type match a gold one exactly (PER = Person, ORG = Organization,
// LOC = Location). Usage: node bench/uner/run.mjs [dev|test] [--held-out] [--errors N]
// --held-out scores only the slice the entity tagger never trained on (every
// fifth document, tools/ner/data.ts); GRAPHWIRE_ENTITY_TAGGER=off runs the rules alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, shared } from '../args.mjs';

const split = process.argv[2] ?? 'dev';
if (!['dev', 'test'].includes(split)) {
  console.error('usage: node bench/uner/run.mjs [dev|test] [--errors N]');
  process.exit(1);
}
const errArg = process.argv.indexOf('--errors');
const showErrors = errArg > 0 ? Number(process.argv[errArg + 1]) : 0;
const { extract } = await import(join(root, 'dist/extract/extract.js'));
const { readUner, unerHeldOut } = await import(join(root, 'dist/eval/uner.js'));
const TYPES = ['Person', 'Organization', 'Location'];

const heldOnly = process.argv.includes('--held-out');
const path = join(shared, `benchmarks/uner-english-ewt/en_ewt-ud-${split}.iob2`);
const docs = readUner(readFileSync(path, 'utf8'), path).filter(
  (_, i) => !heldOnly || unerHeldOut(i),
);
const counts = {};
for (const t of TYPES) counts[t] = { tp: 0, fp: 0, fn: 0 };
const errors = [];
const t0 = performance.now();
for (const d of docs) {
  const x = extract({ id: d.id, text: d.text, hash: d.id }, { dates: false, places: false });
  const found = new Map();
  for (const e of x.entities)
    for (const m of e.mentions)
      if (counts[e.type]) found.set(`${m.start}:${m.end}`, { type: e.type, text: m.text });
  const gold = new Map(d.gold.map((g) => [`${g.start}:${g.end}`, g]));
  for (const [k, g] of gold) {
    if (found.get(k)?.type === g.type) counts[g.type].tp++;
    else {
      counts[g.type].fn++;
      errors.push(
        `miss ${g.type} ${d.text.slice(g.start, g.end)} (found ${found.get(k)?.type ?? '-'})`,
      );
    }
  }
  for (const [k, f] of found)
    if (gold.get(k)?.type !== f.type) {
      counts[f.type].fp++;
      if (!gold.has(k)) errors.push(`extra ${f.type} ${f.text}`);
    }
}
const seconds = (performance.now() - t0) / 1000;
const f3 = (x) => x.toFixed(3);
const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${f3(p)}  R ${f3(r)}  F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}  (gold ${tp + fn})`;
};
const tagger =
  process.env.GRAPHWIRE_ENTITY_TAGGER === 'off' ? 'rules alone' : 'rules + entity tagger';
console.log(
  `UNER EWT ${split}${heldOnly ? ' (held-out slice)' : ''}, ${tagger}: ${docs.length} documents, ${seconds.toFixed(1)} s`,
);
const all = { tp: 0, fp: 0, fn: 0 };
for (const [t, c] of Object.entries(counts)) {
  console.log(`${t.padEnd(13)} ${prf(c)}`);
  for (const k of ['tp', 'fp', 'fn']) all[k] += c[k];
}
console.log(`${'all'.padEnd(13)} ${prf(all)}`);
for (const e of errors.slice(0, showErrors)) console.log(e);
