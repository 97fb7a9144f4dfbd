/**
 * Drops the weights of a syntax model whose size is below a threshold, to
 * make the model smaller and faster, and prints dev accuracy before and after
 * so the threshold can be chosen on dev.
 *
 *   npx tsx tools/syntax/prune.ts --in data/syntax/en-ewt.bin --min 0.05 [--out file]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import type { LinearModelData } from '../../src/extract/syntax/linear.js';
import { SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    min: { type: 'string', default: '0' },
    tables: { type: 'string', default: 'tagger,moves,labels' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in) throw new Error('--in is required');

function prune(t: LinearModelData, min: number): LinearModelData {
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const w: number[] = [];
  const q = min * t.scale;
  let at = 0;
  for (let i = 0; i < t.keys.length; i++) {
    const c = t.counts[i] as number;
    let kept = 0;
    for (let j = at; j < at + c; j++) {
      if (Math.abs(t.w[j] as number) < q) continue;
      cls.push(t.cls[j] as number);
      w.push(t.w[j] as number);
      kept++;
    }
    at += c;
    if (!kept) continue;
    keys.push(t.keys[i] as number);
    counts.push(kept);
  }
  return {
    classes: t.classes,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    cls: Uint8Array.from(cls),
    w: Int16Array.from(w),
    scale: t.scale,
  };
}

const dev = readConllu(readFileSync(join(args.treebank, 'en_ewt-ud-dev.conllu'), 'utf8'));
const bytes = readFileSync(args.in);
const score = (b: Uint8Array) => {
  const m = syntaxModelFrom(b);
  const a = new SyntaxAnalyser(m);
  return scoreSyntax(dev, m, (w) => a.analyse(w));
};
const fmt = (s: ReturnType<typeof score>) =>
  `UPOS ${s.upos.toFixed(4)} UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`;
const { header, tables } = readSyntaxModel(bytes);
const min = Number(args.min);
const which = new Set(args.tables.split(','));
const pruned = {
  tagger: which.has('tagger') ? prune(tables.tagger, min) : tables.tagger,
  moves: which.has('moves') ? prune(tables.moves, min) : tables.moves,
  labels: which.has('labels') ? prune(tables.labels, min) : tables.labels,
  retagger: tables.retagger,
  // A cascade table (tools/syntax/cascade.ts) is kept as it is: prune the labelled model before adding it.
  cascade: tables.cascade,
  // The punctuation ranker and re-attacher are kept as they are (a new tagger beside a shipped parser).
  punct: tables.punct,
  reattach: tables.reattach,
};
const before = (header.about.pruned as unknown[] | undefined) ?? [];
const about = { ...header.about, pruned: [...before, { min, tables: [...which] }] };
const out = writeSyntaxModel({ ...header, about }, pruned);
console.log(`before: ${(bytes.length / 1e6).toFixed(1)} MB, ${fmt(score(bytes))}`);
for (const k of ['tagger', 'moves', 'labels'] as const)
  console.log(`  ${k}: ${tables[k].keys.length} -> ${pruned[k].keys.length} features`);
console.log(`after:  ${(out.length / 1e6).toFixed(1)} MB, ${fmt(score(out))}`);
if (args.out) writeFileSync(args.out, out);
