#!/usr/bin/env node
// Phrasebook for issue 18: short news sentences written for this project (no
// text from ../shared), in three wire styles (conflict news, 1987-style
// business copy, US local news) and a few in capitals and in lower case. Each
// sentence lists the edges a careful reader draws, in the vocabulary of
// ../shared/gold/README.md, so the extractor is measured on phrasings no rule
// was written for.
//
// sentences.jsonl, one sentence a line:
//   { id, text, draw: [edge], may: [edge], not: [edge] }
//   edge = [sources, types, targets]: lists of acceptable names and types.
// `draw` edges are required; `may` edges are optional (neither rewarded nor
// punished); `not` edges document what must not be drawn (reported speech,
// negation, a place that is only where something happened). Any edge drawn
// that matches no `draw` or `may` edge counts against precision, so `not`
// only names the traps; `--errors` marks a false edge that hits one.
//
// A home or seat carried to the region its town is written with ("X, 29, of
// Millbrook, Ala." lives in Alabama too) is true but not what a reader is
// asked to draw: where a sentence draws X LIVES_IN/BASED_IN Town and Town
// LOCATED_IN Region, X's tie to Region is optional (added by `carried`).
//
// Split by a fixed rule: every third sentence (1-based index divisible by 3)
// is held out. Tune on `--part tune`; read `--part held` once at the end of a
// piece of work.
//
// Usage: node bench/phrasebook/run.mjs [--part tune|held|all] [--errors] [--root DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, root as here } from '../args.mjs';

const argv = process.argv.slice(2);
const part = arg('--part', 'tune');
if (!['tune', 'held', 'all'].includes(part)) {
  console.error(
    'usage: node bench/phrasebook/run.mjs [--part tune|held|all] [--errors] [--root DIR]',
  );
  process.exit(1);
}
const showErrors = argv.includes('--errors');
const root = arg('--root', here);
const { extract } = await import(join(root, 'dist/extract/extract.js'));
const { buildGraph } = await import(join(root, 'dist/graph/index.js'));
const { scoreGraph } = await import(join(root, 'dist/eval/index.js'));
const { normalizeName } = await import(join(root, 'dist/resolve/index.js'));

const all = readFileSync(new URL('sentences.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const held = (_s, i) => (i + 1) % 3 === 0;
const sentences = all.filter((s, i) =>
  part === 'all' ? true : part === 'held' ? held(s, i) : !held(s, i),
);

/** Optional ties of a name to the region its town is written with (see above). */
function carried(s) {
  const out = [];
  const edges = [...s.draw, ...s.may];
  for (const [x, types, town] of edges) {
    if (!types.some((t) => t === 'LIVES_IN' || t === 'BASED_IN')) continue;
    for (const [t2, types2, region] of edges)
      if (types2.includes('LOCATED_IN') && t2[0] === town[0]) out.push([x, types, region]);
  }
  return out;
}

/** The gold file of one sentence: every end is an optional entity (names only). */
function goldFile(s) {
  s = { ...s, may: [...s.may, ...carried(s)] };
  const entities = new Map();
  for (const [a, , b] of [...s.draw, ...s.may])
    for (const names of [a, b]) {
      const key = names.join('\u0000');
      if (!entities.has(key))
        entities.set(key, { name: names[0], aliases: names.slice(1), type: [], optional: true });
    }
  const rel =
    (optional) =>
    ([source, type, target]) => ({
      source: [source[0]],
      type,
      target: [target[0]],
      optional,
    });
  return {
    doc: s.id,
    entities: [...entities.values()],
    relations: [...s.draw.map(rel(false)), ...s.may.map(rel(true))],
  };
}

const tally = () => ({ correct: 0, predicted: 0, gold: 0, hit: 0 });
const byType = {};
const byRule = {};
const byStyle = {};
const errors = [];
let correct = 0;
let predicted = 0;
let gold = 0;
let hit = 0;
for (const s of sentences) {
  const ext = extract({ id: s.id, text: s.text });
  const score = scoreGraph(buildGraph([ext]).export(), goldFile(s));
  const r = score.relations;
  const style = s.id.replace(/-\d+$/, '');
  byStyle[style] ??= tally();
  const st = byStyle[style];
  for (const [k, v] of Object.entries(r.byType)) {
    byType[k] ??= tally();
    byType[k].correct += v.correct;
    byType[k].predicted += v.predicted;
    correct += v.correct;
    predicted += v.predicted;
    st.correct += v.correct;
    st.predicted += v.predicted;
  }
  for (const [k, v] of Object.entries(r.byRule)) {
    byRule[k] ??= tally();
    byRule[k].correct += v.correct;
    byRule[k].predicted += v.predicted;
  }
  const missed = new Set(r.misses);
  for (const [a, types, b] of s.draw) {
    const t = types[0];
    byType[t] ??= tally();
    byType[t].gold++;
    gold++;
    st.gold++;
    const key = `${a[0]} -${types.join('|')}-> ${b[0]}`;
    if (missed.has(key)) continue;
    byType[t].hit++;
    hit++;
    st.hit++;
  }
  if (!showErrors) continue;
  const names = new Map(ext.entities.map((e) => [e.id, e.name]));
  const fps = new Set(r.falsePositives);
  const trap = (src, type, tgt) =>
    s.not.some(
      ([a, ts, b]) =>
        ts.includes(type) &&
        a.some((x) => normalizeName(x) === normalizeName(src)) &&
        b.some((x) => normalizeName(x) === normalizeName(tgt)),
    );
  for (const e of ext.relations) {
    const src = names.get(e.source);
    const tgt = names.get(e.target);
    const key = `${src} -${e.type}-> ${tgt}`;
    if (!fps.has(key)) continue;
    const tag = trap(src, e.type, tgt) ? 'FP!' : 'FP ';
    errors.push(`${tag} ${s.id} ${key} [${e.evidence.rule}] | ${s.text}`);
  }
  for (const m of r.misses) errors.push(`FN  ${s.id} ${m} | ${s.text}`);
}

const pct = (x) => x.toFixed(3);
const prf = (c, p, h, g) => {
  const P = p ? c / p : 0;
  const R = g ? h / g : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
};
const names = { tune: 'tuning part', held: 'held-out part', all: 'all' };
const total = prf(correct, predicted, hit, gold);
console.log(`Phrasebook, ${names[part]}: ${sentences.length} sentences`);
console.log(
  `relations        P ${pct(total.P)}  R ${pct(total.R)}  F1 ${pct(total.F)}  (${correct} right of ${predicted} drawn; ${hit} of ${gold} gold found)`,
);
for (const [k, v] of Object.entries(byStyle)) {
  const x = prf(v.correct, v.predicted, v.hit, v.gold);
  console.log(
    `  style ${k.padEnd(24)} P ${pct(x.P)}  R ${pct(x.R)}  F1 ${pct(x.F)}  (${v.correct}/${v.predicted}; ${v.hit}/${v.gold})`,
  );
}
const sorted = (t) =>
  Object.entries(t).sort(
    (a, b) => b[1].predicted + b[1].gold - a[1].predicted - a[1].gold || (a[0] < b[0] ? -1 : 1),
  );
for (const [k, v] of sorted(byType)) {
  const x = prf(v.correct, v.predicted, v.hit, v.gold);
  console.log(
    `  type ${k.padEnd(25)} P ${pct(x.P)}  R ${pct(x.R)}  F1 ${pct(x.F)}  (${v.correct}/${v.predicted}; ${v.hit}/${v.gold})`,
  );
}
for (const [k, v] of sorted(byRule))
  console.log(
    `  rule ${k.padEnd(25)} P ${pct(v.predicted ? v.correct / v.predicted : 0)}  (${v.correct} of ${v.predicted})`,
  );
if (showErrors) for (const e of errors) console.log(e);
