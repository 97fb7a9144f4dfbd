/**
 * Trains the punctuation ranker (src/extract/syntax/punct.ts) and adds it to a
 * syntax model as its `punct` table. Examples are the punctuation leaves of
 * EWT train, each with the words it can hang from without crossing an arc;
 * `--trees predicted` ranks them in the trees the model's own parser makes of
 * train (so the parser's choice is a feature), `--trees gold` in the gold
 * trees, `--trees jackknife` in the trees parsers that did not learn a
 * sentence made of it (`--jackknife-trees`: the CoNLL-U files `train.ts
 * --parser-fold F --held-out-trees` writes, each sentence with its
 * `# train_index`), which err as the parser does on unseen text. An averaged
 * perceptron learns to put the gold head first. Prints EWT
 * dev UAS and LAS after each iteration (the model's trees, marks re-hung),
 * beside the model without the table. Deterministic for a seed.
 *
 *   npx tsx tools/syntax/punct.ts --in data/syntax/en-ewt.bin [--iters 8] [--seed 1] \
 *     [--trees predicted|gold|jackknife] [--jackknife-trees f0.conllu,f1.conllu,...] [--out model.bin]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConlluSentence, readConllu } from '../../src/extract/syntax/conllu.js';
import type { LinearModelData } from '../../src/extract/syntax/linear.js';
import { type Analysis, SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';
import {
  AttachScratch,
  eachPunct,
  PUNCT_FEATURES,
  PunctAttacher,
  type PunctSentence,
  PunctTable,
} from '../../src/extract/syntax/punct.js';
import { shuffled } from '../random.js';
import { CandidateRanker, oneClass } from './perceptron.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    iters: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    trees: { type: 'string', default: 'predicted' },
    own: { type: 'string', default: 'on' },
    'jackknife-trees': { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in) throw new Error('--in is required');
if (!['predicted', 'gold', 'jackknife'].includes(args.trees as string))
  throw new Error('--trees is predicted, gold or jackknife');
if (args.trees === 'jackknife' && !args['jackknife-trees'])
  throw new Error('--trees jackknife needs --jackknife-trees');

const file = readSyntaxModel(readFileSync(args.in));
const base = syntaxModelFrom(writeSyntaxModel(file.header, { ...file.tables, punct: undefined }));
const analyser = new SyntaxAnalyser(base);
const read = (split: string) =>
  readConllu(readFileSync(join(args.treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));

interface Example {
  s: PunctSentence;
  /** The heads the examples rank in (the parser's or the gold tree's). */
  heads: Int32Array;
  gold: Int32Array;
  goldLabels: string[];
  analysis: Analysis;
}

const uposNames = [...new Set(base.upos)].sort();
function examples(
  sents: ConlluSentence[],
  trees: 'predicted' | 'gold',
  own: 'train' | 'dev',
): Example[] {
  return sents.map((c) => {
    const words = c.words.map((w) => w.form);
    const a = analyser.analyse(words);
    const gold = Int32Array.from(c.words, (w) => w.head - 1);
    const goldLabels = c.words.map((w) => w.deprel);
    if (trees === 'predicted') {
      // The analyser reuses its arrays: keep a copy of this sentence's.
      const view = analyser.punctSentence(words, a.tags, a);
      const cut = (x: ArrayLike<number | boolean>) => Array.from(x).slice(0, words.length);
      const s: PunctSentence = {
        words,
        upos: cut(view.upos) as number[],
        labels: a.labels,
        punct: cut(view.punct),
        parsed: cut(view.parsed) as number[],
      };
      // Without the parser's choice as a feature (--own off), train's trees teach only the context.
      if (args.own === 'off' && own === 'train') s.parsed = new Int32Array(words.length).fill(-2);
      return { s, heads: a.heads, gold, goldLabels, analysis: a };
    }
    const s: PunctSentence = {
      words,
      upos: c.words.map((w) => uposNames.indexOf(w.upos)),
      labels: c.words.map((w) => {
        const l = base.labels.indexOf(w.deprel);
        return l < 0 ? 63 : l;
      }),
      punct: c.words.map((w) => (w.upos === 'PUNCT' ? 1 : 0)),
      parsed: new Int32Array(words.length).fill(-2),
    };
    return { s, heads: gold, gold, goldLabels, analysis: a };
  });
}

/** Train's sentences in the held-out trees of a jackknife (train.ts --held-out-trees), in train's order. */
function jackknifed(sents: ConlluSentence[], files: string[]): Example[] {
  const trees: ConlluSentence[] = new Array(sents.length);
  for (const f of files)
    for (const t of readConllu(readFileSync(f, 'utf8'))) {
      const at = t.comments.find((c) => c.startsWith('train_index = '));
      if (at) trees[Number(at.slice('train_index = '.length))] = t;
    }
  const missing = sents.filter((_, i) => !trees[i]).length;
  if (missing) console.log(`--jackknife-trees: ${missing} train sentences have no tree; left out`);
  return sents.flatMap((c, i) => {
    const t = trees[i];
    if (!t) return [];
    const words = c.words.map((w) => w.form);
    const heads = Int32Array.from(t.words, (w) => w.head - 1);
    const s: PunctSentence = {
      words,
      upos: t.words.map((w) => uposNames.indexOf(w.upos)),
      labels: Int32Array.from(t.words, (w) => base.labels.indexOf(w.deprel)),
      punct: t.words.map((w) => (w.upos === 'PUNCT' ? 1 : 0)),
      parsed: heads.slice(),
    };
    const gold = Int32Array.from(c.words, (w) => w.head - 1);
    const analysis = { tags: new Int32Array(words.length), heads, labels: s.labels as Int32Array };
    return [{ s, heads, gold, goldLabels: c.words.map((w) => w.deprel), analysis }];
  });
}

const train =
  args.trees === 'jackknife'
    ? jackknifed(read('train'), (args['jackknife-trees'] as string).split(','))
    : examples(read('train'), args.trees as 'predicted' | 'gold', 'train');
const dev = examples(read('dev'), 'predicted', 'dev');

function scoreDev(
  table: LinearModelData | undefined,
  margin = 0,
): { uas: number; las: number; punct: number } {
  const attacher = table && new PunctAttacher(new PunctTable(table), margin * table.scale);
  let words = 0;
  let uas = 0;
  let las = 0;
  let pw = 0;
  let pu = 0;
  for (const e of dev) {
    const heads = e.analysis.heads.slice();
    attacher?.reattach(e.s, heads);
    heads.forEach((h, i) => {
      words++;
      const punct = e.s.punct[i];
      if (punct) pw++;
      if (h !== e.gold[i]) return;
      uas++;
      if (punct) pu++;
      const label = base.labels[e.analysis.labels[i] as number] ?? '';
      if (label.split(':')[0] === (e.goldLabels[i] as string).split(':')[0]) las++;
    });
  }
  return { uas: uas / words, las: las / words, punct: pu / pw };
}

const f = (x: number) => x.toFixed(4);
const show = (name: string, r: ReturnType<typeof scoreDev>) =>
  console.log(`${name}: dev UAS ${f(r.uas)}  LAS ${f(r.las)}  punctuation heads ${f(r.punct)}`);
show('parser alone', scoreDev(undefined));

let rng = Number(args.seed) >>> 0 || 1;
const random = () => {
  rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0;
  return rng / 2 ** 32;
};
const ranker = new CandidateRanker();
const scratch = new AttachScratch();
const feats = new Uint32Array(PUNCT_FEATURES);
let order = train.map((_, i) => i);
let table: LinearModelData | undefined;
for (let it = 1; it <= Number(args.iters); it++) {
  order = shuffled(order, random);
  ranker.seen = 0;
  ranker.wrong = 0;
  for (const i of order) {
    const e = train[i] as Example;
    eachPunct(e.s, e.heads.slice(), scratch, feats, (pIdx, cands, count, featsOf) => {
      const g = e.gold[pIdx] as number;
      if (!ranker.step(count, (c) => cands[c] === g, featsOf, feats)) return -1;
      return g;
    });
  }
  table = oneClass(ranker.p.export());
  show(
    `iteration ${it} (train ${ranker.wrong} of ${ranker.seen} wrong, ${table.keys.length} weights)`,
    scoreDev(table),
  );
}

if (table) {
  // Margins in averaged-weight units: how far a candidate must lead the parser's choice.
  const sizes = [...table.w].map((w) => Math.abs(w)).sort((a, b) => a - b);
  const typical = (sizes[Math.floor(sizes.length / 2)] ?? 1) / table.scale;
  for (const m of [0.5, 1, 2, 4, 8])
    show(`margin ${m} x median weight`, scoreDev(table, m * typical));
}

if (args.out && table) {
  const about = {
    ...file.header.about,
    punct: {
      trees: args.trees,
      iters: Number(args.iters),
      seed: Number(args.seed),
      dev: scoreDev(table),
    },
  };
  writeFileSync(
    args.out,
    writeSyntaxModel({ ...file.header, about }, { ...file.tables, punct: table }),
  );
  console.log(`wrote ${args.out}`);
}
