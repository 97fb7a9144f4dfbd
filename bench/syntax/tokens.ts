// Token F1 of udTokenize against UD English EWT (raw `# text` of each
// sentence against its gold syntactic words, counted as the CoNLL 2018
// scorer counts words), the main disagreements, and udTokenize's speed
// in words per second over Reuters-21578 documents.
//   npx tsx bench/syntax/tokens.ts [--splits dev,test] [--errors 20] [--files 3]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreTokens, type TokenMismatch } from '../../src/eval/tokens.js';
import { countWords } from '../../src/extract/sentences.js';
import { udTokenize } from '../../src/extract/syntax/ud-tokenize.js';
import { readSgml } from '../../src/ingest/sgml.js';
import { corpus, reutersFiles } from '../ingest/corpus.mjs';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? def) : def;
};
const splits = arg('--splits', 'dev,test').split(',').filter(Boolean);
const errors = Number(arg('--errors', '20'));
const files = Number(arg('--files', '3'));
const ewt = join(corpus, '../../benchmarks/ud-english-ewt');

for (const split of splits) {
  const s = scoreTokens(readFileSync(join(ewt, `en_ewt-ud-${split}.conllu`), 'utf8'));
  console.log(
    `EWT ${split.padEnd(5)} P ${s.p.toFixed(4)}  R ${s.r.toFixed(4)}  F1 ${s.f1.toFixed(4)}` +
      `  (${s.gold} gold words, ${s.predicted} tokens, ${s.sentences} sentences` +
      `${s.unaligned.length ? `, ${s.unaligned.length} unaligned` : ''})`,
  );
  if (errors > 0) printClasses(s.mismatches, errors);
}

/** Disagreements grouped by what they contain, largest class first, with examples. */
function printClasses(mismatches: TokenMismatch[], examples: number): void {
  const classes = new Map<string, TokenMismatch[]>();
  for (const m of mismatches) {
    const c = classify(m);
    classes.set(c, [...(classes.get(c) ?? []), m]);
  }
  for (const [c, ms] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    const seen = new Map<string, number>();
    for (const m of ms) {
      const k = `${m.gold.join(' ')} => ${m.system.join(' ')}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const top = [...seen].sort((a, b) => b[1] - a[1]).slice(0, examples);
    console.log(
      `  ${String(ms.length).padStart(4)} ${c}: ${top.map(([k, n]) => `[${k}]${n > 1 ? `x${n}` : ''}`).join('  ')}`,
    );
  }
}

function classify(m: TokenMismatch): string {
  const all = m.gold.join('');
  if (/^(?:https?|ftp|www)|@/i.test(all)) return 'url/e-mail';
  if (
    /['’`]/.test(all) ||
    (m.gold.length > m.system.length &&
      /^(?:n't|nt|s|m|re|ve|ll|d|na|ta|not)$/i.test(m.gold.at(-1) ?? ''))
  )
    return 'clitic';
  if (/\.$/.test(m.gold[0] ?? '') || /\.$/.test(m.system[0] ?? '')) return 'period';
  if (/\d/.test(all)) return 'number';
  if (/-/.test(all)) return 'hyphen';
  if (/[\p{L}]/u.test(all)) return 'word-internal punctuation';
  return 'punctuation';
}

// Speed: udTokenize alone over the documents of the first Reuters files.
const texts: string[] = [];
for (const f of reutersFiles().slice(0, files))
  for await (const item of readSgml(f, f)) if (item.kind === 'doc') texts.push(item.doc.text);
// Words as bench/extract-speed counts them (runs of non-space), so the figures compare.
let words = 0;
let tokens = 0;
for (const t of texts) {
  words += countWords(t);
  tokens += udTokenize(t).length; // also the warm-up
}
// The machine may be shared: time several rounds and report the median and the best.
const rounds = 7;
const secs: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const t of texts) udTokenize(t);
  secs.push((performance.now() - t0) / 1000);
}
secs.sort((a, b) => a - b);
const wps = (s: number) => Math.round(words / s).toLocaleString('en-US');
console.log(
  `udTokenize: ${texts.length} Reuters documents from ${files} files, ${words} words (${tokens} tokens): ` +
    `median ${wps(secs[rounds >> 1] as number)} words/s, best ${wps(secs[0] as number)} words/s over ${rounds} rounds`,
);
