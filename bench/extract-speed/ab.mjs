#!/usr/bin/env node
// Speed of this checkout against another build of graphwire (a baseline),
// run alternately in one process over the same Reuters stories, in CPU time:
// on a shared, loaded machine that is steadier than two bench runs minutes
// apart. Prints words per CPU-second of extract() and of tagging + parsing
// alone for both, their ratio, and whether the outputs are the same.
// Usage: node bench/extract-speed/ab.mjs --base /path/to/other/checkout [--files 3] [--rounds 2] [--memo]
// (the other checkout must be built: npm run build there). With --memo each
// build's tagger and parser answer a sentence they saw from a memo (filled in
// a first pass over every story): extract() then measures the work around the
// parse alone, which the parse's share and its pressure on the cache hide.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { arg, root, shared } from '../args.mjs';

const base = arg('--base');
if (!base) {
  console.error('ab: --base /path/to/other/checkout is required');
  process.exit(2);
}
const rounds = Number(arg('--rounds', '2'));
const memo = process.argv.includes('--memo');
const nFiles = Number(arg('--files', '3'));
const load = async (r) => {
  const x = {
    ex: await import(join(resolve(r), 'dist/extract/index.js')),
    syn: await import(join(resolve(r), 'dist/extract/syntax/index.js')),
  };
  if (memo) {
    const an = x.syn.analyser();
    const analyse = an.analyse.bind(an);
    const seen = new Map();
    an.analyse = (words) => {
      const k = words.join('\u0001');
      let a = seen.get(k);
      if (!a) seen.set(k, (a = analyse(words)));
      return a;
    };
  }
  return x;
};
const A = await load(base);
const B = await load(root);
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const dir = join(shared, 'corpora/reuters21578');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.sgm'))
  .sort()
  .slice(0, nFiles)
  .map((f) => join(dir, f));
const docs = [];
for await (const it of readDocuments(files)) if (it.kind === 'doc') docs.push(it.doc);
const words = docs.reduce((n, d) => n + B.ex.countWords(d.text), 0);
console.log(`${docs.length} documents, ${words} words; base ${resolve(base)}, this ${root}`);

const extractRun = (X, lo, hi, h) => {
  for (let i = lo; i < hi; i++) {
    const x = X.ex.extract(docs[i]);
    h.update(JSON.stringify([x.entities, x.relations]));
  }
};
const parseRun = (X, lo, hi, h) => {
  for (let i = lo; i < hi; i++) {
    const text = docs[i].text;
    for (const s of X.ex.splitSentences(text)) {
      const p = X.syn.parseSpan(text, s.start, s.end);
      h.update(p.tokens.map((t) => `${t.xpos} ${t.head} ${t.deprel}`).join('|'));
    }
  }
};
const cpu = (fn) => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

function compare(label, run) {
  const ha = createHash('sha256');
  const hb = createHash('sha256');
  run(A, 0, 100, createHash('sha256'));
  run(B, 0, 100, createHash('sha256'));
  let ta = 0;
  let tb = 0;
  const chunk = 100;
  for (let r = 0; r < rounds; r++)
    for (let lo = 0; lo < docs.length; lo += chunk) {
      const hi = Math.min(docs.length, lo + chunk);
      // Alternate which goes first, so neither always finds the other's cache state.
      if ((lo / chunk + r) % 2 === 0) {
        ta += cpu(() => run(A, lo, hi, ha));
        tb += cpu(() => run(B, lo, hi, hb));
      } else {
        tb += cpu(() => run(B, lo, hi, hb));
        ta += cpu(() => run(A, lo, hi, ha));
      }
    }
  const same = ha.digest('hex') === hb.digest('hex');
  const wa = (words * rounds) / ta;
  const wb = (words * rounds) / tb;
  console.log(
    `${label.padEnd(30)} base ${Math.round(wa).toString().padStart(7)}  this ${Math.round(wb).toString().padStart(7)} words/cpu-s  this/base ${(wb / wa).toFixed(3)}  same output: ${same}`,
  );
}

if (memo) {
  // Every sentence analysed once before the timings.
  extractRun(A, 0, docs.length, createHash('sha256'));
  extractRun(B, 0, docs.length, createHash('sha256'));
  compare('extract(), analyses memoised', extractRun);
} else {
  compare('extract()', extractRun);
  compare('tokenise + tag + parse alone', parseRun);
}
