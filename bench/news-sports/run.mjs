#!/usr/bin/env node
// Sports-and-wire proxy for issue 17: organisation, person and place mentions
// in 40 short stories written for this bench in the style of December-1996
// wire copy (the profile of the hidden news test set: all-capitals headlines
// with a sport's prefix, datelines "CITY 1996-12-06", soccer reports,
// standings tables, results lines, cricket scores, tennis, golf and skiing
// lists, NBA and NHL game lines, and general and business news). The names
// are invented. tune.txt (25 stories) is for tuning; held.txt (15) was
// written and annotated first and is held out (`--part held`, read once, at
// the end of a piece of work).
//
// Annotation (after CoNLL-2003): ORG for companies, agencies, banks,
// leagues' governing bodies ("NBA"), newspapers and news agencies, and clubs
// and teams, including a club named by its city ("Leeds", "Chicago" in
// "Chicago 108 Dallas 94", "Barcelona striker X"); LOC for places, datelines,
// countries in brackets after a player ("(Germany)"), stadiums and grounds,
// and a national side named by its country ("Pakistan beat New Zealand");
// PER for people without titles. Competitions, leagues' names and
// nationality words (MISC in CoNLL-2003) are left out ({X ...}) or not
// marked, as is "Kremlin".
//
// Usage: node bench/news-sports/run.mjs [--part tune|held|all] [--spaced] [--errors] [--root DIR]
import { join } from 'node:path';
import { arg, root as here } from '../args.mjs';
import { readStories, spaced } from './stories.mjs';

const argv = process.argv.slice(2);
const part = arg('--part', 'tune');
if (!['tune', 'held', 'all'].includes(part)) {
  console.error(
    'usage: node bench/news-sports/run.mjs [--part tune|held|all] [--errors] [--root DIR]',
  );
  process.exit(1);
}
const showErrors = argv.includes('--errors');
// --root DIR scores another build of the project (its dist/), such as main's.
const root = arg('--root', here);
const file = (name) => new URL(name, import.meta.url).pathname;
// --spaced: the stories with their tokens joined by spaces, as CoNLL-2003's files give them.
const asGiven = argv.includes('--spaced') ? spaced : (s) => s;
const stories = [
  ...(part !== 'held' ? readStories(file('tune.txt')) : []),
  ...(part !== 'tune' ? readStories(file('held.txt')) : []),
].map(asGiven);
const { extract } = await import(join(root, 'dist/extract/extract.js'));
// "... Meridian Foods Corp.": a period that ends both an abbreviation and the
// sentence may be read as part of the name or not; spans are compared without it.
const keyOf = (text, start, end) => `${start}:${text[end - 1] === '.' ? end - 1 : end}`;

const TYPES = ['Organization', 'Person', 'Location'];
const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const misses = [];
const extras = [];
for (const s of stories) {
  const { text } = s;
  const gold = new Map();
  const ignore = [];
  for (const g of s.spans)
    if (g.type === 'IGNORE') ignore.push(g);
    else gold.set(keyOf(text, g.start, g.end), g);
  const title = text.slice(0, text.indexOf('\n'));
  const x = extract({ id: s.id, text, title, hash: s.id });
  const found = new Map();
  for (const e of x.entities)
    for (const m of e.mentions)
      if (counts[e.type])
        found.set(keyOf(text, m.start, m.end), { start: m.start, end: m.end, type: e.type });
  const show = (a, b) => JSON.stringify(text.slice(a, b).replace(/\s+/g, ' '));
  for (const [k, g] of gold) {
    const f = found.get(k);
    if (f?.type === g.type) {
      counts[g.type].tp++;
      continue;
    }
    counts[g.type].fn++;
    const over = [...found.values()]
      .filter((o) => o.start < g.end && g.start < o.end)
      .map((o) => `${o.type} ${show(o.start, o.end)}`);
    misses.push(`${s.id} miss ${g.type} ${show(g.start, g.end)}  found: ${over.join('; ') || '-'}`);
  }
  for (const [k, f] of found) {
    if (gold.get(k)?.type === f.type) continue;
    if (ignore.some((g) => f.start < g.end && g.start < f.end)) continue;
    counts[f.type].fp++;
    extras.push(`${s.id} extra ${f.type} ${show(f.start, f.end)}`);
  }
}
const f3 = (v) => v.toFixed(3);
const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${f3(p)}  R ${f3(r)}  F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}  (gold ${tp + fn}, found ${tp + fp})`;
};
const names = { tune: 'tuning part', held: 'held-out part', all: 'all' };
console.log(
  `Sports-and-wire proxy, ${names[part]}${asGiven === spaced ? ', tokens spaced' : ''}: ${stories.length} stories`,
);
const sum = { tp: 0, fp: 0, fn: 0 };
for (const [t, c] of Object.entries(counts)) {
  console.log(`${t.padEnd(13)} ${prf(c)}`);
  for (const k of ['tp', 'fp', 'fn']) sum[k] += c[k];
}
console.log(`${'all'.padEnd(13)} ${prf(sum)}`);
const o = counts.Organization;
console.log(`Organization recall ${f3(o.tp / (o.tp + o.fn || 1))}`);
if (showErrors) for (const line of [...misses, ...extras]) console.log(line);
