#!/usr/bin/env node
// Accuracy of the shipped tagger and parser on UD English EWT, with gold
// tokens and predicted tags: UPOS and Penn tag accuracy, UAS and LAS
// (punctuation included; LAS on universal labels as the CoNLL 2018 scorer
// counts, and on full labels such as nsubj:pass), and the tokenizer's token F1
// from each sentence's raw `# text`. Needs `npm run build`.
//   node bench/syntax/run.mjs [--splits dev,test]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, root, shared } from '../args.mjs';

const splits = arg('--splits', 'dev,test').split(',');
const { readConllu } = await import(join(root, 'dist/extract/syntax/conllu.js'));
const { loadSyntaxModel, SyntaxAnalyser } = await import(
  join(root, 'dist/extract/syntax/model.js')
);
const { scoreSyntax } = await import(join(root, 'dist/eval/syntax.js'));
const { scoreTokens } = await import(join(root, 'dist/eval/tokens.js'));

const t0 = performance.now();
const model = loadSyntaxModel();
const loadMs = performance.now() - t0;
const analyser = new SyntaxAnalyser(model);
console.log(
  `model loaded in ${loadMs.toFixed(0)} ms; trained ${JSON.stringify(model.about.settings ?? {})}`,
);
const f = (x) => x.toFixed(4);
for (const split of splits) {
  const text = readFileSync(
    join(shared, `benchmarks/ud-english-ewt/en_ewt-ud-${split}.conllu`),
    'utf8',
  );
  const sents = readConllu(text);
  const t1 = performance.now();
  const s = scoreSyntax(sents, model, (w) => analyser.analyse(w));
  const secs = (performance.now() - t1) / 1000;
  const tok = scoreTokens(text);
  console.log(
    `EWT ${split.padEnd(5)} ${s.words} words  UPOS ${f(s.upos)}  XPOS ${f(s.xpos)}  UAS ${f(s.uas)}  LAS ${f(s.las)}  (full labels ${f(s.lasFull)})  tokens F1 ${f(tok.f1)}  ${Math.round(s.words / secs)} words/s`,
  );
}
