/**
 * Trains the entity tagger (src/extract/mentions/entity-tagger.ts) and, with
 * --out, writes data/ner/tagger.bin. Seeded and deterministic.
 *
 *   npx tsx tools/ner/train.ts [--epochs 8] [--bits 18] [--seed 1] [--seeds 3]
 *       [--train uner,conll-train] [--out data/ner/tagger.bin]
 *
 * Data (read from ../shared, never copied): Universal NER's English EWT
 * annotations (dev and test files, CC BY-SA 4.0) and CoNLL04 train. Every
 * fifth UNER document (index % 5 === 0 in each file) is held out; the script
 * prints the tagger's per-type P/R/F1 on that slice and on CoNLL04 dev.
 * `--train` may add `conll-dev` for the shipped weights once settings are chosen.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMentions } from '../../src/extract/extract.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import {
  type Atoms,
  allowed,
  features,
  fillAtoms,
  MAX_FEATURES,
  newAtoms,
  newScratch,
  spansOf,
  TAGS,
  type TaggerModel,
  tagAtoms,
} from '../../src/extract/mentions/entity-tagger.js';
import { encodeTaggerModel } from '../../src/extract/mentions/entity-tagger-model.js';
import type { Token } from '../../src/extract/tokenize.js';
import { rng } from '../random.js';
import { type GoldDoc, goldSets } from './data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] as string) : def;
};
const EPOCHS = Number(arg('--epochs', '8'));
const BITS = Number(arg('--bits', '18'));
const SEED = Number(arg('--seed', '1'));
const SEEDS = Number(arg('--seeds', '3'));
const TRAIN = arg('--train', 'uner,conll-train').split(',');
const OUT = arg('--out', '');
// Previous tags while training: the gold ones, or the tagger's own (as when tagging).
const HISTORY = arg('--history', 'gold');
// Read the parser's Penn tags: +0.02 F1 on the held-out slice, but the extractor then parses
// every sentence (it parses only those with two names or more otherwise), 45% more CPU on Reuters.
const POS = arg('--pos', '0') === '1';
const NT = TAGS.length;

interface Example {
  atoms: Atoms;
  gold: Uint8Array;
  tokens: Token[];
}

const lex = loadLexicon();

/** A document read as the extractor reads it: tokens, rule mentions and gold BIO tags. */
function examples(d: GoldDoc): Example[] {
  const out: Example[] = [];
  for (const sc of readMentions(d.text)) {
    const n = sc.tokens.length;
    if (!n) continue;
    const atoms = fillAtoms(newAtoms(n), sc.tokens, POS ? sc.syntax : undefined, sc.mentions, lex);
    const gold = new Uint8Array(n);
    for (const g of d.gold) {
      let first = true;
      for (let k = 0; k < n; k++) {
        const t = sc.tokens[k] as Token;
        if (t.end <= g.start || t.start >= g.end) continue;
        gold[k] = first ? 1 + g.type * 2 : 2 + g.type * 2;
        first = false;
      }
    }
    out.push({ atoms, gold, tokens: sc.tokens });
  }
  return out;
}

// ---- data ----
const sets = goldSets(shared);
const t0 = performance.now();
const trainEx = TRAIN.flatMap((k) => (sets[k] ?? []).flatMap(examples));
const heldDocs = sets['uner-held'] as GoldDoc[];
const devDocs = sets['conll-dev'] as GoldDoc[];
const heldEx = heldDocs.map(examples);
const devEx = devDocs.map(examples);
console.log(
  `read ${trainEx.length} training sentences (${TRAIN.join('+')}), ${heldDocs.length} held-out UNER documents, ${devDocs.length} CoNLL04 dev sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// ---- averaged perceptron ----
const size = (1 << BITS) * NT;
const shift = 32 - BITS;

/** One averaged perceptron trained on a shuffle of `seed`: its averaged weights. */
function train(seed: number): Float64Array {
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let clock = 0;
  const update = (idx: number, v: number) => {
    total[idx] = (total[idx] as number) + (clock - (stamp[idx] as number)) * (w[idx] as number);
    stamp[idx] = clock;
    w[idx] = (w[idx] as number) + v;
  };
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(NT);
  const order = trainEx.map((_, i) => i);
  const rand = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let wrong = 0;
    let seen = 0;
    for (const x of order) {
      const ex = trainEx[x] as Example;
      let p1 = 0;
      let p2 = 0;
      for (let i = 0; i < ex.atoms.n; i++) {
        clock++;
        const nf = features(ex.atoms, i, p1 + 1, p2 + 1, feats);
        scores.fill(0);
        for (let f = 0; f < nf; f++) {
          const base = ((feats[f] as number) >>> shift) * NT;
          for (let t = 0; t < NT; t++) scores[t] = (scores[t] as number) + (w[base + t] as number);
        }
        let best = -1;
        for (let t = 0; t < NT; t++)
          if (allowed(p1, t) && (best < 0 || (scores[t] as number) > (scores[best] as number)))
            best = t;
        const g = ex.gold[i] as number;
        seen++;
        if (best !== g) {
          wrong++;
          for (let f = 0; f < nf; f++) {
            const base = ((feats[f] as number) >>> shift) * NT;
            update(base + g, 1);
            update(base + best, -1);
          }
        }
        p2 = p1;
        p1 = HISTORY === 'gold' ? g : best;
      }
    }
    if (epoch === EPOCHS - 1)
      console.log(
        `seed ${seed}, epoch ${epoch + 1}: ${((100 * wrong) / seen).toFixed(2)}% tokens wrong`,
      );
  }
  const avg = new Float64Array(size);
  for (let i = 0; i < size; i++)
    avg[i] = ((total[i] as number) + (clock - (stamp[i] as number)) * (w[i] as number)) / clock;
  return avg;
}

// Several shuffles, their averaged weights averaged again: steadier than one.
const avg = new Float64Array(size);
for (let k = 0; k < SEEDS; k++) {
  const one = train(SEED + k);
  for (let i = 0; i < size; i++) avg[i] = (avg[i] as number) + (one[i] as number) / SEEDS;
}
let maxAbs = 0;
for (let i = 0; i < size; i++) maxAbs = Math.max(maxAbs, Math.abs(avg[i] as number));
const scale = 32000 / maxAbs;
const weights = new Int16Array(size);
let nonzero = 0;
for (let i = 0; i < size; i++) {
  weights[i] = Math.round((avg[i] as number) * scale);
  if (weights[i]) nonzero++;
}
const model: TaggerModel = {
  bits: BITS,
  weights,
  about: {
    trainedOn: TRAIN,
    epochs: EPOCHS,
    history: HISTORY,
    seed: SEED,
    seeds: SEEDS,
    pos: POS,
    heldOut: 'UNER EWT dev and test documents with index % 5 === 0',
    scale,
  },
};

// ---- evaluation: exact character spans and type ----
type Counts = { tp: number; fp: number; fn: number }[];
function evaluate(docs: GoldDoc[], exs: Example[][]): Counts {
  const c: Counts = [0, 1, 2].map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const sc = newScratch();
  docs.forEach((d, di) => {
    const found = new Set<string>();
    for (const ex of exs[di] as Example[]) {
      const n = ex.atoms.n;
      const tags = new Uint8Array(n);
      const margins = new Int32Array(n);
      tagAtoms(model, ex.atoms, tags, margins, sc);
      for (const s of spansOf(tags, margins, n)) {
        const ty = ['Person', 'Organization', 'Location'].indexOf(s.type);
        found.add(`${ex.tokens[s.s]?.start}:${ex.tokens[s.e - 1]?.end}:${ty}`);
      }
    }
    const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const k of gold)
      (c[Number(k.split(':')[2])] as Counts[number])[found.has(k) ? 'tp' : 'fn']++;
    for (const k of found) if (!gold.has(k)) (c[Number(k.split(':')[2])] as Counts[number]).fp++;
  });
  return c;
}
function report(label: string, c: Counts): void {
  const f3 = (x: number) => x.toFixed(3);
  const line = (name: string, x: Counts[number]) => {
    const p = x.tp / (x.tp + x.fp || 1);
    const r = x.tp / (x.tp + x.fn || 1);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `  ${name.padEnd(13)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}  (gold ${x.tp + x.fn})`;
  };
  console.log(label);
  ['Person', 'Organization', 'Location'].forEach((n, i) => {
    console.log(line(n, c[i] as Counts[number]));
  });
  const all = c.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(line('all', all));
}
report('tagger alone, UNER held-out slice:', evaluate(heldDocs, heldEx));
report('tagger alone, CoNLL04 dev:', evaluate(devDocs, devEx));
if (OUT) {
  const bytes = encodeTaggerModel(model, TAGS);
  writeFileSync(resolve(root, OUT), bytes);
  console.log(`wrote ${OUT}: ${bytes.length} bytes, ${nonzero} non-zero weights of ${size}`);
}
