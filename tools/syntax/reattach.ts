/**
 * Trains the corrective re-attacher (src/extract/syntax/reattach.ts) and adds
 * it to a syntax model as its `reattach` table. Examples are the words of EWT
 * train in jackknifed trees (`--jackknife-trees`: the CoNLL-U files `train.ts
 * --parser-fold F --held-out-trees` writes, each sentence with its
 * `# train_index`), made by parsers that did not learn the sentence, so they
 * err as the shipped parser errs on unseen text; punctuation is first hung
 * again by the model's own `punct` table, as at run time. Each word that may
 * move (`--words leaves`: words that head nothing; `all`: any word with its
 * subtree) is an example when its gold head is among its candidates; an
 * averaged perceptron learns to put the gold head first. Prints EWT dev UAS
 * and LAS after each iteration (the model's trees, words re-hung and
 * relabelled), with how many heads moved right and wrong, then the same for
 * margins by which a candidate must lead the parser's head. Deterministic for
 * a seed.
 *
 *   npx tsx tools/syntax/reattach.ts --in data/syntax/en-ewt.bin \
 *     --jackknife-trees f0.conllu,f1.conllu,f2.conllu,f3.conllu \
 *     [--words leaves|all] [--iters 6] [--seed 1] [--margin 0] [--out model.bin]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConlluSentence, readConllu } from '../../src/extract/syntax/conllu.js';
import type { LinearModelData } from '../../src/extract/syntax/linear.js';
import { SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';
import { type ParserAtoms, parserAtoms } from '../../src/extract/syntax/parser.js';
import { AttachScratch, PunctAttacher, PunctTable } from '../../src/extract/syntax/punct.js';
import {
  eachWord,
  REATTACH_FEATURES,
  Reattacher,
  type ReattachSentence,
  reattachTags,
} from '../../src/extract/syntax/reattach.js';
import type { Scorer } from '../../src/extract/syntax/scorer.js';
import { rng, shuffled } from '../random.js';
import { CandidateRanker, oneClass } from './perceptron.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    iters: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    words: { type: 'string', default: 'leaves' },
    margin: { type: 'string', default: '0' },
    /** Templates to leave out, by their place in reattachFeatures (for choosing them on dev). */
    'templates-off': { type: 'string', default: '' },
    'jackknife-trees': { type: 'string' },
    /** The parsers that made those trees, file for file: their margins become features (Parser.margins). */
    'jackknife-models': { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in) throw new Error('--in is required');
if (!args['jackknife-trees']) throw new Error('--jackknife-trees is required');
if (args.words !== 'leaves' && args.words !== 'all') throw new Error('--words is leaves or all');
const LEAVES = args.words === 'leaves';
const OFF = new Set(args['templates-off'] ? args['templates-off'].split(',').map(Number) : []);
/** Drops the left-out templates' keys from `feats` (n of them); returns how many remain. */
function keep(feats: Uint32Array, n: number): number {
  if (!OFF.size) return n;
  let k = 0;
  for (let i = 0; i < n; i++) if (!OFF.has(i)) feats[k++] = feats[i] as number;
  return k;
}
/** A scorer that reads only the templates kept. */
const kept = (t: Scorer): Scorer => ({
  classes: 1,
  score: (feats, n, out) => t.score(feats, keep(feats, n), out),
});

const file = readSyntaxModel(readFileSync(args.in));
const header = { ...file.header, reattach: undefined };
const base = syntaxModelFrom(writeSyntaxModel(header, { ...file.tables, reattach: undefined }));
const analyser = new SyntaxAnalyser(base);
const parser = analyser.parser;
const tags = reattachTags(base.upos);
const uposNames = [...new Set(base.upos)].sort();
const tagId = new Map(file.header.tags.map((t, i) => [t, i]));
const read = (split: string) =>
  readConllu(readFileSync(join(args.treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));

interface Example {
  s: ReattachSentence;
  /** The tree after parsing and punctuation (heads -1 for the root), and the parser's own tree (for labelling). */
  heads: Int32Array;
  parsedHeads: Int32Array;
  parsedLabels: Int32Array;
  atoms: ParserAtoms;
  gold: Int32Array;
  goldLabels: string[];
}

const punct = base.punct && new PunctAttacher(base.punct);

function example(
  c: ConlluSentence,
  tagIds: Int32Array,
  heads: Int32Array,
  labels: Int32Array,
  margins: Float32Array | undefined,
): Example {
  const words = c.words.map((w) => w.form);
  const n = words.length;
  const atoms = parserAtoms(words, tagIds, base.vocab, base.upos.length);
  const s: ReattachSentence = {
    words,
    upos: Int32Array.from(tagIds, (t) => uposNames.indexOf(base.upos[t] as string)),
    labels: labels.slice(),
    punct: Uint8Array.from(tagIds, (t) => (base.upos[t] === 'PUNCT' ? 1 : 0)),
    parsed: heads.slice(),
    atoms: atoms.word.slice(0, n),
    margins,
  };
  const after = heads.slice();
  punct?.reattach(s, after);
  s.parsed = after.slice();
  return {
    s,
    heads: after,
    parsedHeads: heads,
    parsedLabels: labels,
    atoms,
    gold: Int32Array.from(c.words, (w) => w.head - 1),
    goldLabels: c.words.map((w) => w.deprel),
  };
}

/** Train's sentences in their jackknifed trees, in train's order. */
function jackknifed(sents: ConlluSentence[], files: string[]): Example[] {
  const trees: ConlluSentence[] = new Array(sents.length);
  const margins: Float32Array[] = new Array(sents.length);
  const models = args['jackknife-models']?.split(',');
  if (models && models.length !== files.length)
    throw new Error('--jackknife-models names one model per --jackknife-trees file');
  let differ = 0;
  files.forEach((f, k) => {
    const a = models && new SyntaxAnalyser(syntaxModelFrom(readFileSync(models[k] as string)));
    if (a) a.parser.recordMargins = true;
    for (const t of readConllu(readFileSync(f, 'utf8'))) {
      const at = t.comments.find((x) => x.startsWith('train_index = '));
      if (!at) continue;
      const i = Number(at.slice('train_index = '.length));
      trees[i] = t;
      if (!a) continue;
      // The fold's parser again, for its margins (its heads are the file's).
      const tagIds = Int32Array.from(t.words, (w) => tagId.get(`${w.upos} ${w.xpos}`) ?? 0);
      const r = a.parseTagged(
        t.words.map((w) => w.form),
        tagIds,
      );
      if (r.heads.some((h, j) => h !== (t.words[j]?.head as number) - 1)) differ++;
      margins[i] = a.parser.margins.slice(0, t.words.length);
    }
  });
  if (differ) console.log(`--jackknife-models: ${differ} trees differ from their files`);
  const missing = sents.filter((_, i) => !trees[i]).length;
  if (missing) console.log(`--jackknife-trees: ${missing} train sentences have no tree; left out`);
  return sents.flatMap((c, i) => {
    const t = trees[i];
    if (!t) return [];
    const tagIds = Int32Array.from(t.words, (w) => tagId.get(`${w.upos} ${w.xpos}`) ?? 0);
    const heads = Int32Array.from(t.words, (w) => w.head - 1);
    const labels = Int32Array.from(t.words, (w) => base.labels.indexOf(w.deprel));
    return [example(c, tagIds, heads, labels, margins[i])];
  });
}

/** Dev in the model's own trees (punctuation left to `example`). */
function parsedDev(sents: ConlluSentence[]): Example[] {
  const plain = new SyntaxAnalyser({ ...base, punct: undefined });
  plain.parser.recordMargins = args['jackknife-models'] !== undefined;
  return sents.map((c) => {
    const a = plain.analyse(c.words.map((w) => w.form));
    const margins = args['jackknife-models']
      ? plain.parser.margins.slice(0, a.tags.length)
      : undefined;
    return example(c, a.tags, a.heads.slice(), a.labels.slice(), margins);
  });
}

const train = jackknifed(read('train'), args['jackknife-trees'].split(','));
const dev = parsedDev(read('dev'));

const sameLabel = (a: string, b: string) => a.split(':')[0] === b.split(':')[0];

function scoreDev(table: LinearModelData | undefined, margin = 0) {
  const r =
    table && new Reattacher(kept(new PunctTable(table)), tags, LEAVES, margin * table.scale);
  let words = 0;
  let uas = 0;
  let las = 0;
  let right = 0;
  let wrong = 0;
  let moved = 0;
  for (const e of dev) {
    const heads = e.heads.slice();
    const labels = e.parsedLabels.slice();
    const s = { ...e.s, labels };
    if (r) {
      parser.state.setTree(heads.length, e.parsedHeads, e.parsedLabels);
      r.reattach(s, heads, labels, (dep, head) => parser.labelArc(e.atoms, dep, head));
    }
    heads.forEach((h, i) => {
      words++;
      const was = e.heads[i] as number;
      if (h !== was) {
        moved++;
        if (h === e.gold[i]) right++;
        else if (was === e.gold[i]) wrong++;
      }
      if (h !== e.gold[i]) return;
      uas++;
      if (sameLabel(base.labels[labels[i] as number] ?? '', e.goldLabels[i] as string)) las++;
    });
  }
  return { uas: uas / words, las: las / words, moved, right, wrong };
}

const f = (x: number) => x.toFixed(4);
const show = (name: string, r: ReturnType<typeof scoreDev>) =>
  console.log(
    `${name}: dev UAS ${f(r.uas)}  LAS ${f(r.las)}  moved ${r.moved} (${r.right} made right, ${r.wrong} made wrong)`,
  );
show('parser and punctuation', scoreDev(undefined));
{
  // The candidates' ceiling: each word that may move takes its gold head when that is a candidate.
  const scratch = new AttachScratch();
  const feats = new Uint32Array(REATTACH_FEATURES);
  let words = 0;
  let right = 0;
  let fixable = 0;
  for (const e of dev) {
    const heads = e.heads.slice();
    eachWord(e.s, tags, heads, LEAVES, scratch, feats, (w, cands, count) => {
      const g = e.gold[w] as number;
      for (let c = 0; c < count; c++) if (cands[c] === g) return g;
      return -1;
    });
    heads.forEach((h, i) => {
      words++;
      if (h === e.gold[i]) right++;
      if (h === e.gold[i] && e.heads[i] !== e.gold[i]) fixable++;
    });
  }
  console.log(
    `ceiling (gold head taken when a candidate): dev UAS ${f(right / words)}, ${fixable} heads made right`,
  );
}

const random = rng(Number(args.seed));
const ranker = new CandidateRanker();
const scratch = new AttachScratch();
const feats = new Uint32Array(REATTACH_FEATURES);
let order = train.map((_, i) => i);
let table: LinearModelData | undefined;
for (let it = 1; it <= Number(args.iters); it++) {
  order = shuffled(order, random);
  ranker.seen = 0;
  ranker.wrong = 0;
  for (const i of order) {
    const e = train[i] as Example;
    eachWord(e.s, tags, e.heads.slice(), LEAVES, scratch, feats, (w, cands, count, featsOf) => {
      const g = e.gold[w] as number;
      if (
        !ranker.step(
          count,
          (c) => cands[c] === g,
          (c) => keep(feats, featsOf(c)),
          feats,
        )
      )
        return -1;
      // The tree stays the parser's, as it mostly will at run time, where few words move.
      return -1;
    });
  }
  table = oneClass(ranker.p.export());
  show(
    `iteration ${it} (train ${ranker.wrong} of ${ranker.seen} wrong, ${table.keys.length} weights)`,
    scoreDev(table),
  );
}

const MARGIN = Number(args.margin);
if (table) {
  // Margins in averaged-weight units: how far a candidate must lead the parser's choice.
  const sizes = [...table.w].map((w) => Math.abs(w)).sort((a, b) => a - b);
  const typical = (sizes[Math.floor(sizes.length / 2)] ?? 1) / table.scale;
  console.log(`median weight ${typical.toFixed(3)}`);
  for (const m of [1, 2, 4, 8, 12, 16, 24])
    show(`margin ${m} x median weight (${(m * typical).toFixed(3)})`, scoreDev(table, m * typical));
}

if (args.out && table) {
  const about = {
    ...file.header.about,
    reattach: {
      trees: 'jackknifed (tools/syntax/train.ts --parser-fold, 4 folds)',
      words: args.words,
      iters: Number(args.iters),
      seed: Number(args.seed),
      margin: MARGIN,
      dev: scoreDev(table, MARGIN),
    },
  };
  writeFileSync(
    args.out,
    writeSyntaxModel(
      { ...header, reattach: { leavesOnly: LEAVES, margin: MARGIN }, about },
      { ...file.tables, reattach: table },
    ),
  );
  console.log(`wrote ${args.out}`);
}
