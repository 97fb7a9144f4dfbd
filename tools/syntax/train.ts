/**
 * Trains the part-of-speech tagger and dependency parser on UD English EWT
 * and writes data/syntax/en-ewt.bin. Deterministic: sentence order comes from
 * a seeded generator. Train is learned from, dev chooses settings; test is
 * for bench/syntax only.
 *
 *   npx tsx tools/syntax/train.ts [--tag-iters 6] [--parse-iters 15] [--folds 4] [--seed 1]
 *   npx tsx tools/syntax/train.ts --tagger-from model.bin --tags-cache tags.json [--seed 1]
 *   npx tsx tools/syntax/train.ts --labelled-moves on [--limit 2000]
 *   npx tsx tools/syntax/train.ts --tagger-from model.bin --tags-cache tags.json \
 *     --parser-fold 0 --held-out-trees fold0.conllu   (one parser of a jackknife)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { type ClusterRow, ClusterTable } from '../../src/extract/syntax/clusters.js';
import { type ConlluSentence, readConllu } from '../../src/extract/syntax/conllu.js';
import {
  labelGroups,
  labelledClasses,
  labelOfClass,
  moveOfClass,
} from '../../src/extract/syntax/labelled-moves.js';
import { LinearModel } from '../../src/extract/syntax/linear.js';
import {
  MODEL_PATH,
  modelFromParts,
  SyntaxAnalyser,
  syntaxModelFrom,
} from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';
import {
  LABEL_FEATURES,
  LEFT,
  labelFeatures,
  MOVE_FEATURES,
  MOVES,
  moveFeatures,
  ParseState,
  parserAtoms,
  SHIFT,
} from '../../src/extract/syntax/parser.js';
import { argmax } from '../../src/extract/syntax/scorer.js';
import {
  AtomCache,
  ambiguityClasses,
  TAG_FEATURES,
  tagFeatures,
  tagTemplates,
  tokenAtoms,
} from '../../src/extract/syntax/tagger.js';
import { rng, shuffled } from '../random.js';
import { lexiconClasses } from './lexicon.js';
import { labelledCosts, moveCosts, projective } from './oracle.js';
import { Perceptron } from './perceptron.js';

const { values: args } = parseArgs({
  options: {
    'tag-iters': { type: 'string', default: '6' },
    'parse-iters': { type: 'string', default: '15' },
    folds: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    explore: { type: 'string', default: '0.9' },
    /** One perceptron over labelled moves (src/extract/syntax/labelled-moves.ts) instead of moves and a labeller: on, or off. */
    'labelled-moves': { type: 'string', default: 'off' },
    /** With --labelled-moves on: the moves name only this many most frequent labels, the rest one group the labeller splits. */
    'label-groups': { type: 'string' },
    /** Train the parser on the first this many training sentences only (for timing a setting). */
    limit: { type: 'string' },
    'min-weight': { type: 'string', default: '0' },
    /** Ambiguity classes for the tagger (from the treebank): on, or off. */
    ambiguity: { type: 'string', default: 'off' },
    /** Lexicon classes for the tagger (from compromise's lexicon, tools/syntax/lexicon.ts): on, or off. */
    lexicon: { type: 'string', default: 'off' },
    /** With --lexicon on: the lexicon templates to read, by number (tagger.ts, LEX_ROWS), e.g. 38,40,43; all when absent. */
    'lexicon-templates': { type: 'string' },
    /**
     * With --lexicon on: a capitalised word reads no class of its lower-cased
     * form (on, off), or only when the treebank's vocabulary lacks that form too (unseen).
     */
    'lexicon-case': { type: 'string', default: 'off' },
    /** With --lexicon on: only words outside the treebank's vocabulary read their class (all, unseen). */
    'lexicon-scope': { type: 'string', default: 'all' },
    /** Ambiguity classes: words seen this often, tags given this share of them. */
    'amb-min': { type: 'string', default: '1' },
    'amb-share': { type: 'string', default: '0.05' },
    /** The tagger learns from ambiguity classes of the other folds of its training sentences. */
    'amb-folds': { type: 'string', default: '10' },
    /** Train the tagger alone and score dev with it beside this model's parser (for choosing tagger settings). */
    'tagger-only': { type: 'string' },
    /** With --tagger-only: write that model with the new tagger (and its dictionaries) here. */
    'tagger-out': { type: 'string' },
    /**
     * Train the parser alone beside this model's tagger (and second pass, if
     * it has one): dev is scored and the model written with them. Give it
     * --tags-cache with tags like that tagger's (tools/syntax/retag.ts --jackknife-tags).
     */
    'tagger-from': { type: 'string' },
    /**
     * With --folds K: train the parser without the training sentences of this
     * fold (sentence i is in fold i % K), the jackknifed tags' split.
     */
    'parser-fold': { type: 'string' },
    /** With --parser-fold: write the held-out fold's trees (its jackknifed tags, this parser) here as CoNLL-U. */
    'held-out-trees': { type: 'string' },
    out: { type: 'string', default: MODEL_PATH },
    /** Word clusters (tools/syntax/clusters.ts --out FILE) for the tagger and parser, written into the model. */
    clusters: { type: 'string' },
    /** With --clusters: the tagger's cluster templates to read, by number (tagger.ts, CLU_ROWS), e.g. 47,48,56; all when absent. */
    'cluster-templates': { type: 'string' },
    /** With --clusters: which reads them, both, tagger or parser. */
    'clusters-for': { type: 'string', default: 'both' },
    /** Keep the jackknifed tags in this file between runs that change only the parser. */
    'tags-cache': { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
const TAG_ITERS = Number(args['tag-iters']);
const PARSE_ITERS = Number(args['parse-iters']);
const FOLDS = Number(args.folds);
const SEED = Number(args.seed);
const EXPLORE = Number(args.explore);
const LABELLED = args['labelled-moves'] === 'on';
if (!LABELLED && args['labelled-moves'] !== 'off') throw new Error('--labelled-moves is on or off');
const ALONE = args['label-groups'] === undefined ? undefined : Number(args['label-groups']);
const PARSER_FOLD = args['parser-fold'] === undefined ? undefined : Number(args['parser-fold']);
if (PARSER_FOLD !== undefined && !(PARSER_FOLD >= 0 && PARSER_FOLD < FOLDS))
  throw new Error(`--parser-fold is a fold from 0 to ${FOLDS - 1}`);

const read = (split: string) =>
  readConllu(readFileSync(join(args.treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));
const train = read('train');
const dev = read('dev');
const log = (s: string) => process.stderr.write(`${s}\n`);
log(`train ${train.length} sentences, dev ${dev.length}`);

// Classes, labels, vocabulary and tag dictionary, all from train.
const tagCount = new Map<string, number>();
const labelSet = new Set<string>();
const wordCount = new Map<string, number>();
const wordTags = new Map<string, Map<string, number>>();
for (const s of train)
  for (const w of s.words) {
    const t = `${w.upos} ${w.xpos}`;
    tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
    labelSet.add(w.deprel);
    const l = w.form.toLowerCase();
    wordCount.set(l, (wordCount.get(l) ?? 0) + 1);
    let m = wordTags.get(w.form);
    if (!m) wordTags.set(w.form, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  }
const tags = [...tagCount.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map((e) => e[0]);
const tagId = new Map(tags.map((t, i) => [t, i]));
const labels = [...labelSet].sort();
const labelId = new Map(labels.map((l, i) => [l, i]));
const vocab = [...wordCount.entries()]
  .filter(([, c]) => c >= 2)
  .map(([w]) => w)
  .sort();
const vocabSet = new Set(vocab);
const tagDict: [string, number][] = [];
for (const [w, m] of wordTags) {
  let total = 0;
  let best = '';
  let top = 0;
  for (const [t, c] of m) {
    total += c;
    if (c > top) [best, top] = [t, c];
  }
  if (total >= 20 && top / total >= 0.97) tagDict.push([w, tagId.get(best) as number]);
}
tagDict.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const dict = new Map(tagDict);
log(
  `${tags.length} tag classes, ${labels.length} labels, ${vocab.length} words, ${tagDict.length} in the tag dictionary`,
);

const goldTags = (s: ConlluSentence) =>
  Int32Array.from(s.words, (w) => tagId.get(`${w.upos} ${w.xpos}`) ?? 0);

/** Ambiguity classes from these sentences alone, so held-out folds see unseen words as unseen. */
const AMBIGUITY = args.ambiguity === 'on';
if (!AMBIGUITY && args.ambiguity !== 'off') throw new Error('--ambiguity is on or off');
const ambiguityOf = (sents: readonly ConlluSentence[]) =>
  !AMBIGUITY
    ? new Map<string, number>()
    : ambiguityClasses(
        sents.map((s) => ({ words: s.words.map((w) => w.form), tags: goldTags(s) })),
        Number(args['amb-min']),
        Number(args['amb-share']),
      );

const LEXICON = args.lexicon === 'on';
if (!LEXICON && args.lexicon !== 'off') throw new Error('--lexicon is on or off');
/** The lexicon's classes do not come from the treebank: every fold reads all of them. */
const lex = LEXICON ? lexiconClasses() : new Map<string, number>();
if (LEXICON) log(`lexicon classes for ${lex.size} words`);
const caseArg = args['lexicon-case'];
if (!['on', 'off', 'unseen'].includes(caseArg as string))
  throw new Error('--lexicon-case is on, off or unseen');
const LEX_CASE: boolean | 'unseen' =
  LEXICON && (caseArg === 'unseen' ? 'unseen' : caseArg === 'on');
if (!['all', 'unseen'].includes(args['lexicon-scope'] as string))
  throw new Error('--lexicon-scope is all or unseen');
const LEX_SCOPE = LEXICON && args['lexicon-scope'] === 'unseen' ? ('unseen' as const) : undefined;
/** The treebank's words (lower-cased) that --lexicon-case and --lexicon-scope unseen look for. */
const LEX_KNOWN = LEX_CASE === 'unseen' || LEX_SCOPE ? vocabSet : undefined;
const LEX_ROWS_READ = args['lexicon-templates']?.split(',').map(Number);
const CLUSTER_ROWS = args.clusters
  ? (JSON.parse(readFileSync(args.clusters, 'utf8')) as ClusterRow[])
  : undefined;
const CLUSTERS_FOR = args['clusters-for'] as string;
if (!['both', 'tagger', 'parser'].includes(CLUSTERS_FOR))
  throw new Error('--clusters-for is both, tagger or parser');
const cluTable = CLUSTER_ROWS && new ClusterTable(CLUSTER_ROWS);
const CLU_ROWS_READ = args['cluster-templates']?.split(',').map(Number);
const TAG_CLUSTERS = CLUSTERS_FOR !== 'parser' ? cluTable : undefined;
const PARSE_CLUSTERS = CLUSTERS_FOR !== 'tagger' ? cluTable : undefined;
if (cluTable) log(`word clusters for ${cluTable.size} words (${CLUSTERS_FOR})`);
const TAG_SET = tagTemplates({
  amb: AMBIGUITY,
  lex: LEXICON,
  lexRows: LEX_ROWS_READ,
  clu: TAG_CLUSTERS !== undefined,
  cluRows: CLU_ROWS_READ,
});

function trainTagger(
  sents: readonly ConlluSentence[],
  seed: number,
): { p: Perceptron; amb: Map<string, number> } {
  const p = new Perceptron(tags.length);
  const amb = ambiguityOf(sents);
  // Each sentence reads ambiguity classes from the other folds' sentences, as
  // a tagged text reads them from training: its rare words may be unseen there.
  const AMB_FOLDS = Number(args['amb-folds']);
  const caches =
    AMBIGUITY && AMB_FOLDS > 1
      ? Array.from(
          { length: AMB_FOLDS },
          (_, f) =>
            new AtomCache({
              amb: ambiguityOf(sents.filter((_, i) => i % AMB_FOLDS !== f)),
              lex,
              lexCase: LEX_CASE,
              known: LEX_KNOWN,
              lexScope: LEX_SCOPE,
              clusters: TAG_CLUSTERS,
            }),
        )
      : [
          new AtomCache({
            amb,
            lex,
            lexCase: LEX_CASE,
            known: LEX_KNOWN,
            lexScope: LEX_SCOPE,
            clusters: TAG_CLUSTERS,
          }),
        ];
  const foldOf = new Map(sents.map((s, i) => [s, i % caches.length]));
  const feats = new Uint32Array(TAG_FEATURES);
  const scores = new Float32Array(tags.length);
  const rand = rng(seed);
  for (let it = 0; it < TAG_ITERS; it++) {
    let right = 0;
    let all = 0;
    for (const s of shuffled(sents, rand)) {
      const words = s.words.map((w) => w.form);
      const gold = goldTags(s);
      const atoms = tokenAtoms(words, caches[foldOf.get(s) as number]);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < words.length; i++) {
        let guess = dict.get(words[i] as string);
        if (guess === undefined) {
          const k = tagFeatures(atoms, i, p1, p2, feats, TAG_SET);
          p.score(feats, k, scores);
          guess = argmax(scores, tags.length);
          p.tick();
          p.update(feats, k, gold[i] as number, guess);
        }
        if (guess === gold[i]) right++;
        all++;
        p2 = p1;
        p1 = guess;
      }
    }
    log(`  tagger iteration ${it + 1}: train accuracy ${(right / all).toFixed(4)}`);
  }
  return { p, amb };
}

const header = (about: Record<string, unknown>, amb?: Map<string, number>) => ({
  format: 'graphwire-syntax' as const,
  version: 2 as const,
  tags,
  labels,
  vocab,
  tagDict,
  ambiguity: amb?.size ? [...amb].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : undefined,
  lexicon: lex.size ? [...lex].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : undefined,
  lexiconTemplates: lex.size ? LEX_ROWS_READ : undefined,
  lexiconCase: LEX_CASE || undefined,
  lexiconScope: LEX_SCOPE,
  clusters: CLUSTER_ROWS,
  clustersFor:
    CLUSTER_ROWS && CLUSTERS_FOR !== 'both' ? (CLUSTERS_FOR as 'tagger' | 'parser') : undefined,
  clusterTemplates: CLUSTER_ROWS && CLUSTERS_FOR !== 'parser' ? CLU_ROWS_READ : undefined,
  about,
});

if (args['tagger-only']) {
  const { p, amb } = trainTagger(train, SEED);
  const base = readSyntaxModel(readFileSync(args['tagger-only']));
  const { tables } = base;
  const taggerTable = p.export();
  const m = modelFromParts(header({}, amb), {
    tagger: new LinearModel(taggerTable),
    moves: new LinearModel(tables.moves),
    labels: new LinearModel(tables.labels),
  });
  const a = new SyntaxAnalyser(m);
  const sc = scoreSyntax(dev, m, (w) => a.analyse(w));
  console.log(
    `tagger only: dev UPOS ${sc.upos.toFixed(4)} XPOS ${sc.xpos.toFixed(4)} UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}; ${p.features} features`,
  );
  const out = args['tagger-out'];
  if (out) {
    // The base model's parser and label dictionary, this tagger and its dictionary.
    const {
      tagDict: newDict,
      ambiguity,
      lexicon,
      lexiconTemplates,
      lexiconCase,
      lexiconScope,
      clusters,
      clusterTemplates,
    } = header({}, amb);
    const settings = {
      tagIters: TAG_ITERS,
      seed: SEED,
      lexicon: LEXICON,
      lexiconTemplates: LEX_ROWS_READ,
      lexiconCase: LEX_CASE,
      lexiconScope: LEX_SCOPE,
      ambMin: Number(args['amb-min']),
      ambShare: Number(args['amb-share']),
      ambFolds: Number(args['amb-folds']),
    };
    const about = {
      ...base.header.about,
      tagger: { settings, dev: { upos: sc.upos, uas: sc.uas, las: sc.las } },
    };
    const bytes = writeSyntaxModel(
      {
        ...base.header,
        tagDict: newDict,
        ambiguity,
        lexicon,
        lexiconTemplates,
        lexiconCase,
        lexiconScope,
        // The base model's parser reads no clusters, or (its own) the same table.
        clusters,
        clustersFor: clusters && !base.header.clusters ? 'tagger' : undefined,
        clusterTemplates,
        about,
      },
      { ...tables, tagger: taggerTable },
    );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
  }
  process.exit(0);
}

// Jackknifed tags: the parser trains on tags as good as it will see at run time.
const t0 = Date.now();
const predicted: Int32Array[] = train.map(goldTags);
const cache = args['tags-cache'];
const cached =
  cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as number[][]) : undefined;
if (cached) {
  cached.forEach((t, i) => {
    predicted[i] = Int32Array.from(t);
  });
  log(`jackknifed tags read from ${cache}`);
} else if (FOLDS > 1) {
  for (let f = 0; f < FOLDS; f++) {
    const rest = train.filter((_, i) => i % FOLDS !== f);
    const { p: tagger, amb } = trainTagger(rest, SEED + 100 + f);
    const m = modelFromParts(header({}, amb), {
      tagger: new LinearModel(tagger.export()),
      moves: new Perceptron(MOVES),
      labels: new Perceptron(labels.length),
    });
    const a = new SyntaxAnalyser(m);
    let right = 0;
    let all = 0;
    train.forEach((s, i) => {
      if (i % FOLDS !== f) return;
      const words = s.words.map((w) => w.form);
      const t = a.analyse(words).tags;
      predicted[i] = t;
      const g = goldTags(s);
      for (let j = 0; j < t.length; j++) if (t[j] === g[j]) right++;
      all += t.length;
    });
    log(`fold ${f + 1}/${FOLDS}: held-out tag accuracy ${(right / all).toFixed(4)}`);
  }
  if (cache) writeFileSync(cache, JSON.stringify(predicted.map((t) => [...t])));
}
/** The tagger beside the parser: a model's (--tagger-from), or one trained here. */
const from = args['tagger-from'] ? readSyntaxModel(readFileSync(args['tagger-from'])) : undefined;
if (from)
  for (const k of ['tags', 'labels', 'vocab'] as const)
    if (JSON.stringify(from.header[k]) !== JSON.stringify(header({})[k]))
      throw new Error(`--tagger-from ${args['tagger-from']}: its ${k} differ from train's`);
const { p: tagger, amb } = from
  ? { p: undefined, amb: new Map<string, number>() }
  : trainTagger(train, SEED);
const taggerData = from ? from.tables.tagger : (tagger as Perceptron).export();
log(
  `tagger: ${taggerData.keys.length} features${from ? ` from ${args['tagger-from']}` : ''}, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
const retaggerData = from?.tables.retagger;
/** With --label-groups: the group of each label (labelled-moves.ts, labelGroups). */
const labelFreq = labels.map(() => 0);
for (const s of train)
  for (const w of s.words) {
    const l = labelId.get(w.deprel) as number;
    labelFreq[l] = (labelFreq[l] as number) + 1;
  }
const groupOf =
  ALONE === undefined
    ? Int32Array.from(labels, (_, i) => i)
    : labelGroups(labelFreq, labelId.get('root') as number, ALONE);
const GROUPS = ALONE === undefined ? labels.length : ALONE + 2;
/** Per group: its one label, or -1 when the labeller splits it. */
const groupOnly = new Int32Array(GROUPS).fill(-2);
groupOf.forEach((g, l) => {
  groupOnly[g] = groupOnly[g] === -2 ? l : -1;
});
/** The header of a model with this parser: the --tagger-from model's, or this run's. */
const modelHeader = (about: Record<string, unknown>) => ({
  ...(from
    ? { ...from.header, about: { ...from.header.about, parser: about } }
    : header(about, amb)),
  labelGroups: LABELLED && ALONE !== undefined ? [...groupOf] : undefined,
});

// The parser.
const CLASSES = LABELLED ? labelledClasses(GROUPS) : MOVES;
const moves = new Perceptron(CLASSES);
const labeller = new Perceptron(labels.length);
const rootLabel = labelId.get('root') as number;
const st = new ParseState();
const feats = new Uint32Array(MOVE_FEATURES);
const lfeats = new Uint32Array(LABEL_FEATURES);
const scores = new Float32Array(CLASSES);
const lscores = new Float32Array(labels.length);
const costs = new Float64Array(CLASSES);
const rand = rng(SEED);
const heldOut = (i: number) => PARSER_FOLD !== undefined && i % FOLDS === PARSER_FOLD;
const items = train
  .slice(0, args.limit ? Number(args.limit) : undefined)
  .map((s, i) => {
    if (heldOut(i)) return undefined;
    const n = s.words.length;
    const gold = Int32Array.from(s.words, (w) => (w.head === 0 ? n : w.head - 1));
    const glabel = Int32Array.from(s.words, (w) => labelId.get(w.deprel) as number);
    const ggroup = glabel.map((l) => groupOf[l] as number);
    const words = s.words.map((w) => w.form);
    return {
      n,
      gold,
      glabel,
      ggroup,
      atoms: parserAtoms(
        words,
        predicted[i] as Int32Array,
        vocabSet,
        tags.length,
        undefined,
        undefined,
        PARSE_CLUSTERS,
      ),
    };
  })
  .filter((x) => x !== undefined);
const nonProjective = items.filter((x) => !projective(x.gold, x.n)).length;
log(
  `parser: ${items.length} sentences, ${nonProjective} non-projective (trained on with the cheapest moves)`,
);

const taggerScorer = new LinearModel(taggerData);
let best: { uas: number; las: number; iter: number; bytes: Uint8Array } = {
  uas: 0,
  las: 0,
  iter: 0,
  bytes: new Uint8Array(),
};
for (let it = 0; it < PARSE_ITERS; it++) {
  const t1 = Date.now();
  let steps = 0;
  let wrong = 0;
  for (const x of shuffled(items, rand)) {
    st.reset(x.n);
    while (!st.done()) {
      const nf = moveFeatures(st, x.atoms, feats);
      moves.score(feats, nf, scores);
      if (LABELLED)
        labelledCosts(st, x.gold, x.ggroup, GROUPS, groupOf[rootLabel] as number, costs);
      else moveCosts(st, x.gold, costs);
      let guess = -1;
      let good = -1;
      let min = Number.POSITIVE_INFINITY;
      for (let m = 0; m < CLASSES; m++) min = Math.min(min, costs[m] as number);
      // A class costs Infinity exactly when it may not be taken.
      for (let m = 0; m < CLASSES; m++) {
        if (costs[m] === Number.POSITIVE_INFINITY) continue;
        if (guess < 0 || (scores[m] as number) > (scores[guess] as number)) guess = m;
        if (costs[m] === min && (good < 0 || (scores[m] as number) > (scores[good] as number)))
          good = m;
      }
      moves.tick();
      steps++;
      if (costs[guess] !== min) {
        wrong++;
        moves.update(feats, nf, good, guess);
      }
      const chosen = it > 0 && rand() < EXPLORE ? guess : good;
      const next = LABELLED ? moveOfClass(chosen, GROUPS) : chosen;
      // With labelled moves, the arc's label is its group's, or the labeller's within its group.
      const group = LABELLED ? labelOfClass(chosen, GROUPS) : -1;
      let label = -1;
      if (next !== SHIFT) {
        const dep = st.s(0);
        const head = next === LEFT ? st.b : st.s(1);
        if (head === x.n) label = rootLabel;
        else if (LABELLED && (groupOnly[group] as number) >= 0) label = groupOnly[group] as number;
        else {
          const lf = labelFeatures(st, x.atoms, dep, head, lfeats);
          labeller.score(lfeats, lf, lscores);
          lscores[rootLabel] = Number.NEGATIVE_INFINITY;
          if (LABELLED)
            for (let l = 0; l < labels.length; l++)
              if (groupOf[l] !== group) lscores[l] = Number.NEGATIVE_INFINITY;
          label = argmax(lscores, labels.length);
          if (x.gold[dep] === head && (!LABELLED || groupOf[x.glabel[dep] as number] === group)) {
            labeller.tick();
            labeller.update(lfeats, lf, x.glabel[dep] as number, label);
          }
        }
      }
      st.apply(next, label);
    }
  }
  const movesData = moves.export(Number(args['min-weight']));
  const labelsData = labeller.export(Number(args['min-weight']));
  const model = modelFromParts(modelHeader({}), {
    tagger: taggerScorer,
    moves: new LinearModel(movesData),
    labels: new LinearModel(labelsData),
    retagger: retaggerData && new LinearModel(retaggerData),
    taggerScale: taggerData.scale,
  });
  const a = new SyntaxAnalyser(model);
  const sc = scoreSyntax(dev, model, (w) => a.analyse(w));
  log(
    `parser iteration ${it + 1}: ${((Date.now() - t1) / 1000).toFixed(1)} s, ${((wrong / steps) * 100).toFixed(1)}% costly moves; dev UPOS ${sc.upos.toFixed(4)} UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)} (full labels ${sc.lasFull.toFixed(4)}); ${moves.features} + ${labeller.features} features`,
  );
  if (sc.las > best.las) {
    const about = {
      corpus: 'Universal Dependencies English EWT (train split)',
      licence: 'CC BY-SA 4.0',
      attribution: 'data/syntax/NOTICE.md',
      trainedBy: 'tools/syntax/train.ts',
      settings: {
        tagIters: TAG_ITERS,
        parseIters: it + 1,
        folds: FOLDS,
        ...(PARSER_FOLD !== undefined && { parserFold: PARSER_FOLD }),
        seed: SEED,
        explore: EXPLORE,
        ...(LABELLED && { labelledMoves: true, labelGroups: ALONE }),
        ...(LEXICON && { lexicon: 'compromise (tools/syntax/lexicon.ts)' }),
        ...(CLUSTER_ROWS && {
          clusters: `${args.clusters} (${CLUSTERS_FOR})`,
          clusterTemplates: CLU_ROWS_READ,
        }),
        ...(AMBIGUITY && {
          ambMin: Number(args['amb-min']),
          ambShare: Number(args['amb-share']),
          ambFolds: Number(args['amb-folds']),
        }),
      },
      nonProjective,
      dev: { upos: sc.upos, uas: sc.uas, las: sc.las, lasFull: sc.lasFull },
    };
    const bytes = writeSyntaxModel(modelHeader(about), {
      tagger: taggerData,
      retagger: retaggerData,
      moves: movesData,
      labels: labelsData,
    });
    best = { uas: sc.uas, las: sc.las, iter: it + 1, bytes };
  }
}
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, best.bytes);
const treesOut = args['held-out-trees'];
if (treesOut) {
  if (PARSER_FOLD === undefined) throw new Error('--held-out-trees needs --parser-fold');
  // The held-out sentences as this parser reads them: their jackknifed tags, no punctuation ranker.
  const a = new SyntaxAnalyser(syntaxModelFrom(best.bytes));
  const lines: string[] = [];
  train.forEach((s, i) => {
    if (!heldOut(i)) return;
    const words = s.words.map((w) => w.form);
    const t = predicted[i] as Int32Array;
    const r = a.parseTagged(words, t);
    lines.push(`# train_index = ${i}`);
    words.forEach((w, j) => {
      const [upos, xpos] = (tags[t[j] as number] as string).split(' ');
      const label = labels[r.labels[j] as number];
      lines.push(
        [j + 1, w, '_', upos, xpos, '_', (r.heads[j] as number) + 1, label, '_', '_'].join('\t'),
      );
    });
    lines.push('');
  });
  mkdirSync(dirname(treesOut), { recursive: true });
  writeFileSync(treesOut, `${lines.join('\n')}\n`);
  log(`wrote ${treesOut}: fold ${PARSER_FOLD}'s ${lines.filter((l) => l === '').length} sentences`);
}
log(
  `wrote ${args.out}: ${(best.bytes.length / 1e6).toFixed(1)} MB, iteration ${best.iter}, dev UAS ${best.uas.toFixed(4)} LAS ${best.las.toFixed(4)}`,
);
