/**
 * Averages the weights of syntax models trained with the same features and
 * classes but different seeds (parameter mixing: the mean of several
 * perceptrons varies less than each). Prints dev accuracy of the inputs and
 * of the mean.
 *
 *   npx tsx tools/syntax/average.ts --out mean.bin a.bin b.bin [c.bin ...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import type { LinearModelData } from '../../src/extract/syntax/linear.js';
import { SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import {
  readSyntaxModel,
  type SyntaxTables,
  writeSyntaxModel,
} from '../../src/extract/syntax/model-file.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (positionals.length < 2) throw new Error('give at least two model files');

/** The mean of tables: each weight divided by its own scale, summed, divided by the count, quantised again. */
function mean(tables: LinearModelData[]): LinearModelData {
  const sum = new Map<number, Map<number, number>>();
  for (const t of tables) {
    let at = 0;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i] as number;
      let row = sum.get(k);
      if (!row) sum.set(k, (row = new Map()));
      for (let j = at; j < at + (t.counts[i] as number); j++) {
        const c = t.cls[j] as number;
        row.set(c, (row.get(c) ?? 0) + (t.w[j] as number) / t.scale / tables.length);
      }
      at += t.counts[i] as number;
    }
  }
  let max = 0;
  for (const row of sum.values()) for (const v of row.values()) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const keys = [...sum.keys()].sort((a, b) => a - b);
  const counts: number[] = [];
  const cls: number[] = [];
  const w: number[] = [];
  const kept: number[] = [];
  for (const k of keys) {
    const row = [...(sum.get(k) as Map<number, number>)].sort((a, b) => a[0] - b[0]);
    let n = 0;
    for (const [c, v] of row) {
      const q = Math.round(v * scale);
      if (q === 0) continue;
      cls.push(c);
      w.push(q);
      n++;
    }
    if (!n) continue;
    kept.push(k);
    counts.push(n);
  }
  return {
    classes: tables[0]?.classes ?? 0,
    keys: Uint32Array.from(kept),
    counts: Uint8Array.from(counts),
    cls: Uint8Array.from(cls),
    w: Int16Array.from(w),
    scale,
  };
}

const dev = readConllu(readFileSync(join(args.treebank, 'en_ewt-ud-dev.conllu'), 'utf8'));
const score = (b: Uint8Array) => {
  const m = syntaxModelFrom(b);
  const a = new SyntaxAnalyser(m);
  const s = scoreSyntax(dev, m, (w) => a.analyse(w));
  return `UPOS ${s.upos.toFixed(4)} UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`;
};
const models = positionals.map((f) => readSyntaxModel(readFileSync(f)));
const first = models[0] as (typeof models)[0];
for (const m of models)
  if (
    JSON.stringify(m.header.tags) !== JSON.stringify(first.header.tags) ||
    JSON.stringify(m.header.labels) !== JSON.stringify(first.header.labels)
  )
    throw new Error('the models have different tag or label classes');
positionals.forEach((f) => {
  console.log(`${f}: ${score(readFileSync(f))}`);
});
const equal = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
/** Whether every model holds this very table (a tagger trained beside one parser: build-tagger.sh). */
const same = (ts: readonly (LinearModelData | undefined)[]) => {
  const f = ts[0];
  return ts.every(
    (t) =>
      t !== undefined &&
      f !== undefined &&
      t.scale === f.scale &&
      equal(t.keys, f.keys) &&
      equal(t.counts, f.counts) &&
      equal(t.cls, f.cls) &&
      equal(t.w, f.w),
  );
};
const tables = {} as SyntaxTables;
// A table every model shares is kept as it is, not averaged (which would quantise it again).
for (const name of ['tagger', 'moves', 'labels'] as const) {
  const ts = models.map((m) => m.tables[name]);
  tables[name] = same(ts) ? (ts[0] as LinearModelData) : mean(ts);
}
// Tables trained after the parser (the punctuation ranker, the re-attacher) travel when every model shares them.
for (const name of ['punct', 'reattach'] as const) {
  const ts = models.map((m) => m.tables[name]);
  if (same(ts)) tables[name] = ts[0];
}
// Second tagging passes (tools/syntax/retag.ts) on the same first pass are averaged as well.
const retaggers = models.map((m) => m.tables.retagger);
if (retaggers.every((t) => t)) tables.retagger = mean(retaggers as LinearModelData[]);
// So are cascade tables (tools/syntax/cascade.ts) added to the same base.
const cascades = models.map((m) => m.tables.cascade);
if (cascades.every((t) => t)) tables.cascade = mean(cascades as LinearModelData[]);
const about = { ...first.header.about, averagedOf: models.map((m) => m.header.about.settings) };
const out = writeSyntaxModel({ ...first.header, about }, tables);
console.log(`mean: ${(out.length / 1e6).toFixed(1)} MB, ${score(out)}`);
if (args.out) writeFileSync(args.out, out);
