#!/usr/bin/env node
// What dating evidence and placing Locations cost, and how many places they place:
// graphwire's extract() on the same Reuters documents with the date and place passes
// off (the baseline) and on, in alternating rounds of one process, so the ratio is
// fair on a noisy machine. Then, over the documents, the share of Location entities
// that get coordinates, and of those a gazetteer knows (countries, US states, towns).
// Usage: npm run build && node bench/extract-speed/when-where.mjs [--files N|all] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, root, shared } from '../args.mjs';

const filesArg = arg('--files', '3');
const rounds = Number(arg('--rounds', '3'));
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const { extract, countWords } = await import(join(root, 'dist/extract/index.js'));

const dir = join(shared, 'corpora/reuters21578');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.sgm'))
  .sort();
const files = (filesArg === 'all' ? all : all.slice(0, Number(filesArg))).map((f) => join(dir, f));
const docs = [];
for await (const item of readDocuments(files)) if (item.kind === 'doc') docs.push(item.doc);
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
console.log(`${docs.length} documents, ${words} words from ${files.length} Reuters files`);

const off = { dates: false, places: false };
for (const d of docs.slice(0, 50)) {
  extract(d, off);
  extract(d);
}
// Wall time and this process's CPU time: on a shared machine the CPU time is
// the fairer measure (other processes' load does not count in it).
const secs = { off: 0, on: 0 };
const cpu = { off: 0, on: 0 };
const order = [
  ['off', off],
  ['on', {}],
];
for (let r = 0; r < rounds; r++) {
  for (const [label, opts] of r % 2 ? [...order].reverse() : order) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of docs) extract(d, opts);
    const c = process.cpuUsage(c0);
    secs[label] += (performance.now() - t0) / 1000;
    cpu[label] += (c.user + c.system) / 1e6;
  }
}
const wps = (s) =>
  Math.round((words * rounds) / s)
    .toString()
    .padStart(9);
console.log('                                    wall words/s   CPU words/s');
console.log(`extract without dates and places   ${wps(secs.off)}     ${wps(cpu.off)}`);
console.log(`extract with dates and places      ${wps(secs.on)}     ${wps(cpu.on)}`);
const ratio = (a, b) => (a / b).toFixed(3).padStart(9);
console.log(
  `ratio with / without:              ${ratio(secs.off, secs.on)}     ${ratio(cpu.off, cpu.on)}`,
);

// Coverage: which Location entities get coordinates.
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .trim();
const known = new Set(
  readFileSync(join(root, 'data/places.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]),
);
let locations = 0;
let placed = 0;
let inGazetteer = 0;
let inGazetteerPlaced = 0;
let dated = 0;
let evidence = 0;
for (const d of docs) {
  const x = extract(d);
  for (const e of x.entities) {
    if (e.type !== 'Location') continue;
    locations++;
    if (e.geo) placed++;
    if (known.has(fold(e.name))) {
      inGazetteer++;
      if (e.geo) inGazetteerPlaced++;
    }
  }
  for (const r of x.relations) {
    evidence++;
    if (r.evidence.dateSource === 'text') dated++;
  }
}
const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(
  `Location entities with coordinates: ${placed} of ${locations} (${pct(placed, locations)})`,
);
console.log(
  `  of those a gazetteer names:       ${inGazetteerPlaced} of ${inGazetteer} (${pct(inGazetteerPlaced, inGazetteer)})`,
);
console.log(
  `evidence dated by its sentence:     ${dated} of ${evidence} (${pct(dated, evidence)})`,
);
