// Trains the models a CoNLL04 benchmark scores with on chosen splits only, into
// a temporary folder the extractor reads through GRAPHWIRE_MODEL_DIR: the
// typing and relation models (tools/models, shipped settings) and the entity
// tagger (tools/ner/train.ts, on UNER less its held-out slice and the CoNLL04
// splits). The shipped models learned train and dev, so a split is scored
// honestly only by models trained without it: `--train-on train` for dev,
// `--train-on dev` for error analysis on train.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../args.mjs';

const SPLITS = new Set(['train', 'dev']);

/** Trains the three models on `splits` (e.g. ['train']) into `dir` and points the extractor at it. */
export function trainModels(splits, dir) {
  for (const s of splits)
    if (!SPLITS.has(s)) throw new Error(`--train-on takes train and/or dev, not "${s}"`);
  mkdirSync(dir, { recursive: true });
  process.env.GRAPHWIRE_MODEL_DIR = dir;
  for (const [script, epochs, file] of [
    ['train-types.mjs', '16', 'type-model.json'],
    ['train-relations.mjs', '20', 'relation-model.json'],
  ])
    execFileSync(
      process.execPath,
      [join(root, 'tools/models', script), epochs, splits.join(','), '3', '--out', join(dir, file)],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  execFileSync(
    join(root, 'node_modules/.bin/tsx'),
    [
      join(root, 'tools/ner/train.ts'),
      '--train',
      ['uner', ...splits.map((s) => `conll-${s}`)].join(','),
      '--out',
      join(dir, 'tagger.bin'),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
