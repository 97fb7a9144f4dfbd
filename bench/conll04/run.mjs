#!/usr/bin/env node
// Runs a CoNLL04 split through the graphwire CLI (ingest, export) and prints
// entity and relation precision, recall and F1 under the mapping of
// shared/benchmarks/README.md. Usage: node bench/conll04/run.mjs [train|dev|test] [--case upper|lower] [--train-only | --models-from dev] [--models DIR]
// --case feeds the sentences upper- or lower-cased (same offsets) to measure the truecaser.
// --train-only first trains both models on the train split alone (tools/models, shipped settings)
// and the entity tagger on UNER and CoNLL04 train (tools/ner/train.ts), and scores with them
// (GRAPHWIRE_MODEL_DIR): the shipped models learned dev too, so only this dev figure is honest.
// --models-from dev does the same from dev, so that train can be scored honestly (error analysis
// on train, leaving dev to check); --models DIR keeps the trained models there and reuses them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, shared } from '../args.mjs';
import { modelDirFromArgs } from './models.mjs';

const split = process.argv[2] ?? 'dev';
if (!['train', 'dev', 'test'].includes(split)) {
  console.error('usage: node bench/conll04/run.mjs [train|dev|test]');
  process.exit(1);
}
const { scoreConll04 } = await import(join(root, 'dist/eval/index.js'));
const dir = join(shared, 'benchmarks/conll04');
const sentences = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8'));
const caseArg = process.argv.indexOf('--case');
const casing = caseArg > 0 ? process.argv[caseArg + 1] : undefined;
if (casing !== undefined && casing !== 'upper' && casing !== 'lower') {
  console.error('--case takes upper or lower');
  process.exit(1);
}
let input = join(dir, `conll04_${split}.jsonl`);
const ids = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).id);

const tmp = mkdtempSync(join(tmpdir(), 'graphwire-conll04-'));
try {
  const models = modelDirFromArgs(process.argv, () => join(tmp, 'models'));
  if (models) process.env.GRAPHWIRE_MODEL_DIR = models;
  if (casing) {
    const recase = (t) => (casing === 'upper' ? t.toUpperCase() : t.toLowerCase());
    const lines = readFileSync(input, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const o = JSON.parse(l);
        return JSON.stringify({ ...o, text: recase(o.text) });
      });
    input = join(tmp, `conll04_${split}-${casing}.jsonl`);
    writeFileSync(input, `${lines.join('\n')}\n`);
  }
  const cli = join(root, 'bin/graphwire.js');
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'ingest', input, '--db', join(tmp, 'db'), '--no-progress'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const json = execFileSync(process.execPath, [cli, 'export', '--db', join(tmp, 'db')], {
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const graph = JSON.parse(json.toString('utf8'));
  const s = scoreConll04(graph, sentences, ids);
  const f = (x) => x.toFixed(3);
  const line = (label, x) =>
    `${label.padEnd(12)} P ${f(x.p)}  R ${f(x.r)}  F1 ${f(x.f1)}   (${x.tp} correct, ${x.predicted} predicted, ${x.gold} gold)`;
  console.log(
    `CoNLL04 ${split}${casing ? ` (${casing}-cased)` : ''}${process.env.GRAPHWIRE_MODEL_DIR ? ` (stand-in models, ${process.env.GRAPHWIRE_MODEL_DIR})` : ''}: ${sentences.length} sentences through the CLI in ${seconds.toFixed(1)} s`,
  );
  console.log(line('entities', s.entities));
  console.log(line('relations', s.relations));
  for (const [t, x] of Object.entries(s.byRelation)) console.log(line(`  ${t}`, x));
  console.log('precision per rule (edges it found first in a sentence):');
  for (const [r, x] of Object.entries(s.byRule))
    console.log(`  ${r.padEnd(26)} P ${f(x.p)}   (${x.tp} correct of ${x.predicted})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
