/**
 * Adds a confidence cascade to a syntax model: the move table of a model
 * trained with labelled moves (train.ts --labelled-moves on, same tags,
 * labels and vocabulary) is stored as the `cascade` table, and the parser
 * consults it for the transitions where the base model's best valid move
 * leads the runner-up by less than `--margin` (a weight of the base move
 * table). For each of `--margins` it prints EWT dev accuracy and the share of
 * scored transitions the cascade decided, so the margin can be chosen on dev.
 *
 *   npx tsx tools/syntax/cascade.ts --in data/syntax/en-ewt.bin --labelled lm.bin \
 *     [--margins 0.5,1,2] [--margin 1 --out model.bin]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSyntax } from '../../src/eval/syntax.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import { labelledClasses } from '../../src/extract/syntax/labelled-moves.js';
import { LinearModel } from '../../src/extract/syntax/linear.js';
import { SyntaxAnalyser, syntaxModelFrom } from '../../src/extract/syntax/model.js';
import { readSyntaxModel, writeSyntaxModel } from '../../src/extract/syntax/model-file.js';

const { values: args } = parseArgs({
  options: {
    in: { type: 'string' },
    labelled: { type: 'string' },
    margins: { type: 'string', default: '' },
    margin: { type: 'string' },
    out: { type: 'string' },
    treebank: {
      type: 'string',
      default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
    },
  },
});
if (!args.in || !args.labelled) throw new Error('--in and --labelled are required');

const base = readSyntaxModel(readFileSync(args.in));
const lm = readSyntaxModel(readFileSync(args.labelled));
for (const k of ['tags', 'labels', 'vocab'] as const)
  if (JSON.stringify(base.header[k]) !== JSON.stringify(lm.header[k]))
    throw new Error(`${args.labelled}: its ${k} differ from ${args.in}'s`);
if (lm.tables.moves.classes !== labelledClasses(base.header.labels.length) || lm.header.labelGroups)
  throw new Error(`${args.labelled}: its moves are not labelled moves over every label`);

const dev = readConllu(readFileSync(join(args.treebank, 'en_ewt-ud-dev.conllu'), 'utf8'));
/** The base model with the cascade table at `margin` (undefined: the base model alone). */
const withCascade = (margin: number | undefined) => {
  const { header, tables } = base;
  if (margin === undefined) return writeSyntaxModel(header, { ...tables, cascade: undefined });
  const about = {
    ...header.about,
    cascade: { margin, from: lm.header.about.settings, dev: lm.header.about.dev },
  };
  return writeSyntaxModel(
    { ...header, cascadeMargin: margin, about },
    { ...tables, cascade: lm.tables.moves },
  );
};

const model = syntaxModelFrom(withCascade(0));
const cascade = new LinearModel(lm.tables.moves);
const scale = base.tables.moves.scale;
const f = (x: number) => x.toFixed(4);
const margins = args.margins ? args.margins.split(',').map(Number) : [];
for (const margin of [undefined, ...margins]) {
  model.parser.cascade =
    margin === undefined ? undefined : { scorer: cascade, margin: margin * scale };
  const a = new SyntaxAnalyser(model);
  const t0 = performance.now();
  const s = scoreSyntax(dev, model, (w) => a.analyse(w));
  const secs = (performance.now() - t0) / 1000;
  const { decided, consulted } = a.parser;
  console.log(
    `margin ${margin ?? '-'}: dev UPOS ${f(s.upos)} UAS ${f(s.uas)} LAS ${f(s.las)}; cascade decided ${consulted} of ${decided} scored transitions (${((100 * consulted) / Math.max(1, decided)).toFixed(1)}%); ${Math.round(s.words / secs)} words/s`,
  );
}
if (args.out) {
  if (args.margin === undefined) throw new Error('--out needs --margin');
  const bytes = withCascade(Number(args.margin));
  writeFileSync(args.out, bytes);
  console.log(`wrote ${args.out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
}
