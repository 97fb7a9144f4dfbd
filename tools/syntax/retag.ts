/**
 * Trains the second tagging pass (src/extract/syntax/retagger.ts) on top of a
 * model's tagger and parser, and writes the model with it. The pass learns
 * from first-pass tags of held-out folds: the training sentences are cut in
 * --folds, a first-pass tagger (the model's templates and dictionary) is
 * trained on the others and tags each fold, keeping each word's runner-up
 * and margin; the pass then learns, from those tags on both sides of a word,
 * its gold tag. Dev is scored with each margin of --margins beside the
 * model's parser; --margin is written into the model. Deterministic (seeded).
 *
 *   npx tsx tools/syntax/retag.ts --in data/syntax/en-ewt.bin --out /tmp/retag.bin [--margin 4]
 *   npx tsx tools/syntax/retag.ts --in data/syntax/en-ewt.bin --jackknife-tags /tmp/tags.json [--margin 16]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { type ConlluSentence, readConllu } from '../../src/extract/syntax/conllu.js';
import { LinearModel } from '../../src/extract/syntax/linear.js';
import { modelFromParts, SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';
import { RETAG_FEATURES, retagFeatures } from '../../src/extract/syntax/retagger.js';
import { argmax } from '../../src/extract/syntax/scorer.js';
import {
  AtomCache,
  type FirstPass,
  TAG_FEATURES,
  type TagModel,
  tagFeatures,
  tagTemplates,
  tagWords,
  tokenAtoms,
} from '../../src/extract/syntax/tagger.js';
import { rng, shuffled } from '../random.js';
import { lexiconClasses } from './lexicon.js';
import { Perceptron } from './perceptron.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    folds: { type: 'string', default: '4' },
    'tag-iters': { type: 'string', default: '6' },
    iters: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    /** The pass learns from words whose first-pass margin is below this (a weight). */
    'train-margin': { type: 'string', default: 'Infinity' },
    /** Margins dev is scored with, and the one written into the model. */
    margins: { type: 'string', default: '0.5,1,2,4,8,16,Infinity' },
    margin: { type: 'string', default: '4' },
    /** The pass also reads compromise's lexicon classes (tools/syntax/lexicon.ts), which the first pass does not. */
    lexicon: { type: 'string', default: 'off' },
    /** With --lexicon on: as train.ts --lexicon-case (off, on, unseen). */
    'lexicon-case': { type: 'string', default: 'off' },
    /**
     * Write jackknifed tags of the training sentences here instead of a model:
     * first pass, then a second pass under --margin learnt from the other
     * folds, for train.ts --tags-cache (a parser that learns from two-pass tags).
     */
    'jackknife-tags': { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in) throw new Error('--in is required');
const log = (s: string) => process.stderr.write(`${s}\n`);
const read = (split: string) =>
  readConllu(readFileSync(join(args.treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));
const train = read('train');
const dev = read('dev');
const base = readSyntaxModel(readFileSync(args.in));
const { header, tables } = base;
const baseModel = syntaxModelFrom(readFileSync(args.in));
const tagId = new Map(header.tags.map((t, i) => [t, i]));
const classes = header.tags.length;
const goldTags = (s: ConlluSentence) =>
  Int32Array.from(s.words, (w) => tagId.get(`${w.upos} ${w.xpos}`) ?? 0);
const FOLDS = Number(args.folds);
const LEXICON = args.lexicon === 'on';
const lexCaseArg = args['lexicon-case'];
/** What the header gains: the lexicon, read by the second pass alone (no first-pass templates). */
const lexHeader = LEXICON
  ? {
      lexicon: [...lexiconClasses()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      lexiconTemplates: [] as number[],
      lexiconCase:
        lexCaseArg === 'unseen' ? ('unseen' as const) : lexCaseArg === 'on' ? true : undefined,
    }
  : {};
const outHeader = { ...header, ...lexHeader };
/** The word classes the second pass reads: the model's, with the lexicon. */
const withLexicon = modelFromParts(outHeader, {
  tagger: baseModel.tagger.scorer,
  moves: baseModel.parser.moves,
  labels: baseModel.parser.labels,
}).tagger;
const SEED = Number(args.seed);

/** A first-pass tagger like the model's (its templates, classes and dictionary), trained on `sents`. */
function firstPassTagger(
  sents: readonly ConlluSentence[],
  seed: number,
): { tagger: TagModel; scale: number } {
  const t = baseModel.tagger;
  const set = tagTemplates({ amb: t.amb.size > 0, lex: t.lex.size > 0, lexRows: t.lexRows });
  const p = new Perceptron(classes);
  const cache = new AtomCache(t);
  const feats = new Uint32Array(TAG_FEATURES);
  const scores = new Float32Array(classes);
  const rand = rng(seed);
  for (let it = 0; it < Number(args['tag-iters']); it++)
    for (const s of shuffled(sents, rand)) {
      const words = s.words.map((w) => w.form);
      const gold = goldTags(s);
      const atoms = tokenAtoms(words, cache);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < words.length; i++) {
        let guess = t.dict.get(words[i] as string);
        if (guess === undefined) {
          const k = tagFeatures(atoms, i, p1, p2, feats, set);
          p.score(feats, k, scores);
          guess = argmax(scores, classes);
          p.tick();
          p.update(feats, k, gold[i] as number, guess);
        }
        p2 = p1;
        p1 = guess;
      }
    }
  const data = p.export();
  return { tagger: { ...t, scorer: new LinearModel(data), retag: undefined }, scale: data.scale };
}

// First-pass tags of every training sentence from a tagger that did not see it.
const firstTags: Int32Array[] = [];
const passes: FirstPass[] = [];
for (let f = 0; f < FOLDS; f++) {
  const { tagger, scale } = firstPassTagger(
    train.filter((_, i) => i % FOLDS !== f),
    SEED + 100 + f,
  );
  const cache = new AtomCache(tagger);
  let right = 0;
  let all = 0;
  train.forEach((s, i) => {
    if (i % FOLDS !== f) return;
    const words = s.words.map((w) => w.form);
    const n = words.length;
    const pass = { alt: new Int32Array(n), margins: new Float32Array(n) };
    const tags = tagWords(tagger, words, tokenAtoms(words, cache), pass);
    // Margins in weights, as the model file gives them.
    for (let j = 0; j < n; j++) pass.margins[j] = (pass.margins[j] as number) / scale;
    firstTags[i] = tags;
    passes[i] = pass;
    const g = goldTags(s);
    for (let j = 0; j < n; j++) if (tags[j] === g[j]) right++;
    all += n;
  });
  log(`fold ${f + 1}/${FOLDS}: held-out first-pass accuracy ${(right / all).toFixed(4)}`);
}

// The second pass.
const TRAIN_MARGIN = Number(args['train-margin']);
type Item = { words: string[]; gold: Int32Array; tags: Int32Array; pass: FirstPass };
const items: Item[] = train.map((s, i) => ({
  words: s.words.map((w) => w.form),
  gold: goldTags(s),
  tags: firstTags[i] as Int32Array,
  pass: passes[i] as FirstPass,
}));
const cache = new AtomCache(withLexicon);
const feats = new Uint32Array(RETAG_FEATURES);
const scores = new Float32Array(classes);

/** A second pass learnt from `items`' words under the training margin. */
function trainPass(items: readonly Item[], seed: number): Perceptron {
  const p = new Perceptron(classes);
  const rand = rng(seed);
  for (let it = 0; it < Number(args.iters); it++) {
    let seen = 0;
    let firstRight = 0;
    let right = 0;
    for (const x of shuffled(items, rand)) {
      const atoms = tokenAtoms(x.words, cache);
      for (let i = 0; i < x.words.length; i++) {
        if (!((x.pass.margins[i] as number) < TRAIN_MARGIN)) continue;
        const k = retagFeatures(atoms, x.tags, x.pass.alt, i, feats, LEXICON);
        p.score(feats, k, scores);
        const guess = argmax(scores, classes);
        p.tick();
        p.update(feats, k, x.gold[i] as number, guess);
        seen++;
        if (x.tags[i] === x.gold[i]) firstRight++;
        if (guess === x.gold[i]) right++;
      }
    }
    log(
      `iteration ${it + 1}: ${seen} words, first pass right ${(firstRight / seen).toFixed(4)}, second ${(right / seen).toFixed(4)}`,
    );
  }
  return p;
}

// Jackknifed two-pass tags for the parser's training (train.ts --tags-cache):
// each fold is retagged, under --margin, by a pass learnt from the other folds.
const JACKKNIFE = args['jackknife-tags'];
if (JACKKNIFE) {
  const margin = Number(args.margin);
  const out: number[][] = items.map((x) => [...x.tags]);
  let first = 0;
  let second = 0;
  let all = 0;
  for (let f = 0; f < FOLDS; f++) {
    const pass = new LinearModel(
      trainPass(
        items.filter((_, i) => i % FOLDS !== f),
        SEED + 200 + f,
      ).export(),
    );
    items.forEach((x, i) => {
      if (i % FOLDS !== f) return;
      const atoms = tokenAtoms(x.words, cache);
      const tags = out[i] as number[];
      for (let j = 0; j < x.words.length; j++) {
        if ((x.pass.margins[j] as number) < margin) {
          const k = retagFeatures(atoms, x.tags, x.pass.alt, j, feats, LEXICON);
          pass.score(feats, k, scores);
          tags[j] = argmax(scores, classes);
        }
        if (x.tags[j] === x.gold[j]) first++;
        if (tags[j] === x.gold[j]) second++;
        all++;
      }
    });
    log(`fold ${f + 1}/${FOLDS}: second pass learnt from the other folds`);
  }
  log(
    `jackknifed tags: first pass ${(first / all).toFixed(4)}, with the second ${(second / all).toFixed(4)}`,
  );
  writeFileSync(JACKKNIFE, JSON.stringify(out));
  log(`wrote ${JACKKNIFE}`);
  process.exit(0);
}
const p = trainPass(items, SEED);
const retagger = p.export();
const retagScorer = new LinearModel(retagger);

const fmt = (x: number) => x.toFixed(4);
const scale = tables.tagger.scale;
for (const m of [...args.margins.split(',').map(Number)]) {
  const model = modelFromParts(
    { ...outHeader, retagMargin: m },
    {
      tagger: baseModel.tagger.scorer,
      moves: baseModel.parser.moves,
      labels: baseModel.parser.labels,
      retagger: retagScorer,
      taggerScale: scale,
    },
  );
  const a = new SyntaxAnalyser(model);
  let looked = 0;
  let words = 0;
  const t = model.tagger;
  for (const s of dev) {
    const w = s.words.map((x) => x.form);
    const pass = { alt: new Int32Array(w.length), margins: new Float32Array(w.length) };
    tagWords({ ...t, retag: undefined }, w, undefined, pass);
    for (let j = 0; j < w.length; j++) if ((pass.margins[j] as number) < m * scale) looked++;
    words += w.length;
  }
  const sc = scoreSyntax(dev, model, (w) => a.analyse(w));
  console.log(
    `margin ${m}: dev UPOS ${fmt(sc.upos)} XPOS ${fmt(sc.xpos)} UAS ${fmt(sc.uas)} LAS ${fmt(sc.las)}; ${((100 * looked) / words).toFixed(1)}% of words retagged`,
  );
}
if (args.out) {
  const margin = Number(args.margin);
  const about = {
    ...header.about,
    retagger: {
      trainedBy: 'tools/syntax/retag.ts',
      settings: { folds: FOLDS, tagIters: Number(args['tag-iters']), iters: Number(args.iters) },
      seed: SEED,
      lexicon: LEXICON,
      trainMargin: TRAIN_MARGIN,
      margin,
    },
  };
  const bytes = writeSyntaxModel(
    { ...outHeader, retagMargin: margin, about },
    { ...tables, retagger },
  );
  writeFileSync(args.out, bytes);
  log(`wrote ${args.out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
}
