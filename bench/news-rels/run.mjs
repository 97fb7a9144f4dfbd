#!/usr/bin/env node
// News relation proxy for issue 18: the relations a careful reader finds in
// the Reuters-21578 stories of bench/news-orgs (the same texts, the same
// parts: the first 25 to tune on, the next 15 held out, to be read once at
// the end of a piece of work, and 24 fresh stories, bench/news-orgs/parts.mjs;
// `--upper` reads them in capitals), scored by the project's own scorer
// (src/eval/score-graph.ts, what `graphwire eval` runs) in the vocabulary of
// ../shared/gold/README.md.
//
// gold.json holds no article text. Each end of a relation is the start
// offset of one of news-orgs' spans (its hash is checked there; `spans` adds
// offset, end, type and hash for a name news-orgs does not mark). The gold
// entities are news-orgs' spans: spans whose names normalise alike are one
// entity, and `same` joins the spans of one entity written differently
// ("JP Industries Inc", "JP INDUSTRIES"); the first is the name, the others
// aliases. A relation is [source, types, target, optional?]; an end may list
// several spans ([a, b]) when either entity is a right answer.
//
// Annotation guideline (ours, after the gold README):
// - LEADS: a named chairman, president, chief executive, governor or head of
//   a firm or body, current ("X, chairman and president of Y", "Y's chairman
//   X", "Federal Reserve Board Chairman X"). A former head, or a minister
//   and his country, is optional.
// - WORKS_FOR: a named spokesman, official, analyst, economist or director
//   of a firm or body ("a spokesman for Y, X"); a former post is optional.
// - LOCATED_IN: "Town, State" and "Town, Province" pairs, datelines
//   included ("PRINCETON, N.J."), and "Y's offshore island of X", "Y's X"
//   for places. A town and its country that the text only implies: optional.
// - BASED_IN: a firm or body and the place the text puts it in ("a St.
//   Paul, Minn., firm": "Rothschild Financial Corp, St. Paul, Minn."; "the
//   U.S. company"; "the Sao Paulo state bank"; "Bermuda registered";
//   "a Dallas-based subsidiary"; "the African country's main newspaper";
//   "a mine and smelter at Bathurst").
//   A firm and the dateline of its own release, which the story never says
//   is its home, is optional; so is a place the firm's name holds.
// - MEMBER_OF: a ministry or body of a country by possessive ("Japan's
//   Finance Ministry"). A subsidiary or unit of a firm ("a unit of",
//   "wholly owned subsidiary of", "63 pct-owned") is optional: the
//   vocabulary has no ownership type and a reader may or may not use it.
// - SUPPORTS, ACCUSED: optional in business copy ("sponsored by", "a suit
//   brought by"). Takeovers, stakes, agreements and ratings are no relation.
// - No relation reaches a demonym ("Belgian group"), a ticker, or an
//   unnamed party ("U.S. officials", "a shareholder group").
//
// The fresh stories' relations were written as names and turned into offsets
// by bench/news-rels/annotate.mjs.
//
// Usage: node bench/news-rels/run.mjs [--part tune|held|all|fresh|fresh-a|fresh-b] [--upper]
//   [--errors] [--root DIR] [--gold-out DIR]
// --gold-out writes each story's gold file there, for `graphwire eval`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, root as here, shared } from '../args.mjs';
import { inCapitals, PART_NAMES, partOf } from '../news-orgs/parts.mjs';

const argv = process.argv.slice(2);
const part = arg('--part', 'tune');
const showErrors = argv.includes('--errors');
const upper = argv.includes('--upper');
const root = arg('--root', here);
const goldOut = arg('--gold-out', null);
const TYPE = { ORG: 'Organization', PER: 'Person', LOC: 'Location' };
const read = (url) => JSON.parse(readFileSync(new URL(url, import.meta.url), 'utf8'));
const orgs = new Map(read('../news-orgs/gold.json').stories.map((s) => [s.id, s]));
const { stories: all } = read('gold.json');
const stories = partOf(all, part);
if (!stories) {
  console.error(
    `usage: node bench/news-rels/run.mjs [--part ${Object.keys(PART_NAMES).join('|')}] [--upper] [--errors] [--root DIR]`,
  );
  process.exit(1);
}
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const { extract } = await import(join(root, 'dist/extract/extract.js'));
const { buildGraph } = await import(join(root, 'dist/graph/index.js'));
const { scoreGraph, sumPrf } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 8);

const want = new Set(stories.map((s) => s.id));
const files = [...new Set(stories.map((s) => orgs.get(s.id).file))];
const docs = new Map();
for await (const it of readDocuments(files.map((f) => join(shared, 'corpora/reuters21578', f))))
  if (it.kind === 'doc' && want.has(it.doc.id)) docs.set(it.doc.id, it.doc);

/** The gold file of one story (format of gold/README.md), built from offsets. */
function goldFile(s, text) {
  const o = orgs.get(s.id);
  if (hash(text) !== o.textHash) throw new Error(`${s.id}: the reader's text changed`);
  const spans = new Map();
  for (const [start, end, type, h] of [...o.spans, ...(s.spans ?? [])]) {
    if (hash(text.slice(start, end)) !== h) throw new Error(`${s.id}: span ${start}-${end} moved`);
    spans.set(start, {
      text: text.slice(start, end).replace(/\s+/g, ' '),
      type: TYPE[type] ?? null,
    });
  }
  // Union of spans into entities: by normalised name, then by `same`.
  const parent = new Map([...spans.keys()].map((k) => [k, k]));
  const find = (k) => (parent.get(k) === k ? k : find(parent.get(k)));
  const join2 = (a, b) => parent.set(find(b), find(a));
  const byName = new Map();
  for (const [k, sp] of spans) {
    const n = normalizeName(sp.text);
    if (byName.has(n)) join2(byName.get(n), k);
    else byName.set(n, k);
  }
  for (const group of s.same ?? []) for (const k of group.slice(1)) join2(group[0], k);
  // The name is the first span not in headline capitals; a span news-orgs
  // leaves out of scoring is an optional entity (matched by name alone).
  const entities = new Map();
  const caps = (t) => t === t.toUpperCase();
  const order = [...spans].sort((a, b) => caps(a[1].text) - caps(b[1].text) || a[0] - b[0]);
  for (const [k, sp] of order) {
    const e = entities.get(find(k));
    if (!e)
      entities.set(find(k), {
        name: sp.text,
        type: sp.type ?? Object.values(TYPE),
        aliases: [],
        ...(sp.type ? {} : { optional: true }),
      });
    else if (sp.text !== e.name && !e.aliases.includes(sp.text)) e.aliases.push(sp.text);
  }
  const ends = (x) =>
    [x].flat().map((k) => {
      if (!spans.has(k)) throw new Error(`${s.id}: no span at ${k}`);
      return entities.get(find(k)).name;
    });
  const relations = s.rels.map(([a, types, b, optional]) => ({
    source: ends(a),
    type: types.split('|'),
    target: ends(b),
    optional: Boolean(optional),
  }));
  return { doc: s.id, entities: [...entities.values()], relations };
}

const scores = [];
const errors = [];
for (const s of stories) {
  const doc = docs.get(s.id);
  if (!doc) throw new Error(`${s.id}: not in the corpus`);
  const gold = goldFile(s, doc.text);
  if (goldOut) {
    mkdirSync(goldOut, { recursive: true });
    writeFileSync(join(goldOut, `${s.id}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
  }
  const ext = extract(upper ? inCapitals(doc) : doc);
  const score = scoreGraph(buildGraph([ext]).export(), gold);
  scores.push(score);
  if (!showErrors) continue;
  // The sentence behind each false edge, and the gold relations missed.
  const names = new Map(ext.entities.map((e) => [e.id, e.name]));
  const fps = new Set(score.relations.falsePositives);
  for (const r of ext.relations) {
    const key = `${names.get(r.source)} -${r.type}-> ${names.get(r.target)}`;
    if (!fps.has(key)) continue;
    const ev = r.evidence;
    const said = doc.text.slice(ev.start, ev.end).replace(/\s+/g, ' ');
    errors.push(`FP ${s.id} ${key} [${ev.rule}] | ${said}`);
  }
  for (const m of score.relations.misses) errors.push(`FN ${s.id} ${m}`);
}

const pct = (x) => x.toFixed(3);
const line = (label, x) =>
  `${label.padEnd(16)} P ${pct(x.p)}  R ${pct(x.r)}  F1 ${pct(x.f1)}  (${x.tp ?? ''} of ${x.predicted} found, ${x.gold} gold)`;
// Summed as the scorer counts one file: precision over edges (several edges
// may hit one gold relation), recall over gold relations.
const hits = sumPrf(scores.map((x) => x.relations));
const correct = scores.reduce(
  (n, x) => n + Object.values(x.relations.byType).reduce((m, v) => m + v.correct, 0),
  0,
);
const p = hits.predicted ? correct / hits.predicted : 0;
const rels = { ...hits, p, f1: p + hits.r ? (2 * p * hits.r) / (p + hits.r) : 0 };
const caps = upper ? ', in capitals' : '';
console.log(`Reuters relation proxy, ${PART_NAMES[part]}${caps}: ${stories.length} stories`);
console.log(line('entities', sumPrf(scores.map((x) => x.entities))));
console.log(line('relations', rels));
const table = (key) => {
  const t = {};
  for (const x of scores)
    for (const [k, v] of Object.entries(x.relations[key])) {
      t[k] ??= { correct: 0, predicted: 0 };
      t[k].correct += v.correct;
      t[k].predicted += v.predicted;
    }
  return Object.entries(t).sort(
    (a, b) => b[1].predicted - a[1].predicted || (a[0] < b[0] ? -1 : 1),
  );
};
const goldByType = {};
for (const s of stories)
  for (const [, types, , optional] of s.rels)
    if (!optional) goldByType[types.split('|')[0]] = (goldByType[types.split('|')[0]] ?? 0) + 1;
for (const [title, key] of [
  ['type', 'byType'],
  ['rule', 'byRule'],
])
  for (const [k, v] of table(key))
    console.log(
      `  ${title} ${k.padEnd(26)} P ${pct(v.predicted ? v.correct / v.predicted : 0)}  (${v.correct} of ${v.predicted})${title === 'type' ? `  gold ${goldByType[k] ?? 0}` : ''}`,
    );
for (const e of errors) console.log(e);
