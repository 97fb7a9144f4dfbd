/**
 * Widens the dictionaries of a syntax model, the decisions it takes without
 * scoring, from the training treebank:
 * - words that training tags one way (seen at least --tag-min times, one tag
 *   class at least --tag-share of them) join the tag dictionary that
 *   train.ts made with its own stricter rule;
 * - arcs whose label the tag classes of their two words and their direction
 *   settle (--label-min, --label-share) form the label dictionary; about a
 *   third of the label decisions are then taken without scoring.
 * Prints dev accuracy without and with them, so thresholds are chosen on dev.
 *
 *   npx tsx tools/syntax/dictionaries.ts --in model.bin --out model.bin
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import { SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';
import { labelKey } from '../../src/extract/syntax/parser.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    'tag-min': { type: 'string', default: '10' },
    'tag-share': { type: 'string', default: '0.99' },
    'label-min': { type: 'string', default: '100' },
    'label-share': { type: 'string', default: '0.998' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in || !args.out) throw new Error('--in and --out are required');

const read = (split: string) =>
  readConllu(readFileSync(join(args.treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));
const bytes = readFileSync(args.in);
const { header, tables } = readSyntaxModel(bytes);
const tagId = new Map(header.tags.map((t, i) => [t, i]));
const labelId = new Map(header.labels.map((l, i) => [l, i]));

/** The most frequent value of each key whose counts pass the thresholds. */
function settled<K>(seen: Map<K, Map<number, number>>, min: number, share: number): Map<K, number> {
  const out = new Map<K, number>();
  for (const [key, counts] of seen) {
    let total = 0;
    let best = -1;
    let top = 0;
    for (const [value, c] of counts) {
      total += c;
      if (c > top || (c === top && value < best)) [best, top] = [value, c];
    }
    if (total >= min && top / total >= share) out.set(key, best);
  }
  return out;
}

function count<K>(seen: Map<K, Map<number, number>>, key: K, value: number): void {
  let counts = seen.get(key);
  if (!counts) seen.set(key, (counts = new Map()));
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

const wordTags = new Map<string, Map<number, number>>();
const arcLabels = new Map<number, Map<number, number>>();
for (const s of read('train'))
  for (const w of s.words) {
    const dep = tagId.get(`${w.upos} ${w.xpos}`);
    if (dep === undefined) continue;
    count(wordTags, w.form, dep);
    const h = s.words[w.head - 1];
    const head = h && tagId.get(`${h.upos} ${h.xpos}`);
    const label = labelId.get(w.deprel);
    if (head === undefined || label === undefined) continue;
    count(arcLabels, labelKey(dep, head, w.id < w.head), label);
  }
const tagDict = new Map(header.tagDict);
const before = tagDict.size;
for (const [word, tag] of settled(wordTags, Number(args['tag-min']), Number(args['tag-share'])))
  if (!tagDict.has(word)) tagDict.set(word, tag);
const labelDict = [
  ...settled(arcLabels, Number(args['label-min']), Number(args['label-share'])),
].sort((a, b) => a[0] - b[0]);

const settings = Object.fromEntries(
  ['tag-min', 'tag-share', 'label-min', 'label-share'].map((k) => [
    k,
    Number(args[k as keyof typeof args]),
  ]),
);
const out = writeSyntaxModel(
  {
    ...header,
    tagDict: [...tagDict].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    labelDict,
    about: { ...header.about, dictionaries: settings },
  },
  tables,
);
const dev = read('dev');
const score = (b: Uint8Array) => {
  const m = syntaxModelFrom(b);
  const a = new SyntaxAnalyser(m);
  const s = scoreSyntax(dev, m, (w) => a.analyse(w));
  return `UPOS ${s.upos.toFixed(4)} UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`;
};
const { labelDict: _, ...plain } = header;
console.log(`before: ${before} words, no arcs: ${score(writeSyntaxModel(plain, tables))}`);
console.log(`after: ${tagDict.size} words, ${labelDict.length} arcs: ${score(out)}`);
writeFileSync(args.out, out);
