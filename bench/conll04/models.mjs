// Trains stand-in extractor models into a folder, for scoring a CoNLL04 split
// with models that never saw it: the type and pair models (tools/models, the
// shipped settings) on the CoNLL04 splits given, and the entity tagger on UNER
// and the same CoNLL04 splits (tools/ner/train.ts). Point the extractor at the
// folder with GRAPHWIRE_MODEL_DIR. `--train-only` (score dev) learns from train;
// `--models-from dev` (score train, for error analysis on train) from dev.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../args.mjs';

const SPLITS = ['train', 'dev'];

/** The models by name, and the file each is kept in. */
export const MODEL_FILES = {
  tagger: 'tagger.bin',
  types: 'type-model.json',
  relations: 'relation-model.json',
};

/**
 * Trains the three models on `splits` (e.g. ['dev']) into `dir`; returns `dir`.
 * `options.env` adds to the trainers' environment (GRAPHWIRE_SHARED for
 * cross-validation folds); `options.keep` leaves a model already in `dir`
 * (unless one before it was trained).
 */
export function trainModels(dir, splits, options = {}) {
  for (const s of splits)
    if (!SPLITS.includes(s)) throw new Error(`models learn from train or dev, not "${s}"`);
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, ...options.env, GRAPHWIRE_MODEL_DIR: dir };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  // A model trained again is read by those after it: they are trained again too.
  let stale = false;
  const wanted = (name) => {
    stale ||= !(options.keep && existsSync(join(dir, MODEL_FILES[name])));
    return stale;
  };
  // Each trainer reads the names the models before it find: the tagger first, then types, then pairs.
  const tagger = ['uner', ...splits.map((s) => `conll-${s}`)].join(',');
  if (wanted('tagger'))
    execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'tools/ner/train.ts'), '--train', tagger, '--out', join(dir, MODEL_FILES.tagger)],
      quiet,
    );
  for (const [script, epochs, name] of [
    ['train-types.mjs', '16', 'types'],
    ['train-relations.mjs', '20', 'relations'],
  ])
    if (wanted(name))
      execFileSync(
        process.execPath,
        [
          join(root, 'tools/models', script),
          epochs,
          splits.join(','),
          '3',
          '--out',
          join(dir, MODEL_FILES[name]),
        ],
        quiet,
      );
  return dir;
}

/**
 * The model folder a bench's command line asks for: `--models DIR` reuses one
 * trained before (trained there first when it is empty), `--models-from SPLIT`
 * trains into `fresh()` (refused when SPLIT is the split scored, argv[2]), `--train-only` is `--models-from train`; undefined for
 * the shipped models.
 */
export function modelDirFromArgs(argv, fresh) {
  const at = (name) => {
    const i = argv.indexOf(name);
    return i > 0 ? argv[i + 1] : undefined;
  };
  // --train-on is the older spelling of --models-from.
  const from = argv.includes('--train-only') ? 'train' : (at('--models-from') ?? at('--train-on'));
  const split = argv[2];
  if (from?.split(',').includes(split))
    throw new Error(`models trained on ${split} cannot score it`);
  const dir = at('--models');
  if (dir && existsSync(join(dir, 'relation-model.json'))) return dir;
  if (dir) return trainModels(dir, (from ?? 'train').split(','));
  if (from) return trainModels(fresh(), from.split(','));
  return undefined;
}
