#!/usr/bin/env node
// Runs a CoNLL04 split through the graphwire CLI (ingest, export) and prints
// entity and relation precision, recall and F1 under the mapping of
// shared/benchmarks/README.md. Usage: node bench/conll04/run.mjs [train|dev|test|cv] [--case upper|lower] [--train-only | --models-from dev] [--models DIR]
// --case feeds the sentences upper- or lower-cased (same offsets) to measure the truecaser.
// --train-only first trains both models on the train split alone (tools/models, shipped settings)
// and the entity tagger on UNER and CoNLL04 train (tools/ner/train.ts), and scores with them
// (GRAPHWIRE_MODEL_DIR): the shipped models learned dev too, so only this dev figure is honest.
// --models-from dev does the same from dev, so that train can be scored honestly (error analysis
// on train, leaving dev to check); --models DIR keeps the trained models there and reuses them.
// cv [--folds 5] [--seed 1] [--models DIR] [--retrain relations]: cross-validation on train+dev
// (cv.mjs), models trained afresh for each fold.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shared } from '../args.mjs';
import { crossValidate } from './cv.mjs';
import { modelDirFromArgs } from './models.mjs';
import { printScore, scoreThroughCli } from './score.mjs';

const split = process.argv[2] ?? 'dev';
if (!['train', 'dev', 'test', 'cv'].includes(split)) {
  console.error('usage: node bench/conll04/run.mjs [train|dev|test|cv]');
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'graphwire-conll04-'));
try {
  if (split === 'cv') crossValidate(tmp);
  else scoreSplit();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function scoreSplit() {
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
  const { score, seconds } = scoreThroughCli(input, sentences, ids, tmp);
  printScore(
    `CoNLL04 ${split}${casing ? ` (${casing}-cased)` : ''}${process.env.GRAPHWIRE_MODEL_DIR ? ` (stand-in models, ${process.env.GRAPHWIRE_MODEL_DIR})` : ''}: ${sentences.length} sentences through the CLI in ${seconds.toFixed(1)} s`,
    score,
  );
}
