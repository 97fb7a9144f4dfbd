#!/usr/bin/env -S npx tsx
// Trains the truecaser's word table, data/truecase.json, from mixed-case
// text whose licence allows shipping what is derived from it: the sentences
// of the UD English EWT treebank's train split (CC BY-SA 4.0) and CoNLL04
// train. For every word (lower-cased) it counts the forms it takes where
// case carries meaning: not the first word of a sentence or after a quote,
// and only in sentences that use both cases. It keeps what the runtime
// default would get wrong: dictionary words usually capitalised ("Bush",
// "Senate"), other words whose usual form is not Title case ("iPhone",
// "NATO", "mcdonald" as "McDonald"), and unknown-looking words that are
// usually lower case. Counting only: no randomness, the same input always
// gives the same file. Run: npx tsx tools/truecase/train.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../../src/extract/lexicon.js';
import { CASE_WORD, noLower, noUpper } from '../../src/extract/text/case-words.js';
import { defaultForm } from '../../src/extract/text/truecase.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
/** A form must win this share of a word's uses to be kept. */
const MIN_SHARE = 0.5;
/** A dictionary word needs this many capitalised uses to be written capitalised. */
const MIN_CAPITALISED = 2;
/** Sentences with more capitalised words than this share are headings in Title Case: skipped. */
const MAX_CAPITALISED_SHARE = 0.6;

function sentences(): string[] {
  const out: string[] = [];
  const ewt = readFileSync(
    join(shared, 'benchmarks/ud-english-ewt/en_ewt-ud-train.conllu'),
    'utf8',
  );
  for (const line of ewt.split('\n')) if (line.startsWith('# text = ')) out.push(line.slice(9));
  const conll = readFileSync(join(shared, 'benchmarks/conll04/conll04_train.jsonl'), 'utf8');
  for (const line of conll.split('\n'))
    if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

const counts = new Map<string, Map<string, number>>();
let used = 0;
for (const s of sentences()) {
  if (noLower(s) || noUpper(s)) continue;
  const words = [...s.matchAll(CASE_WORD)].filter((m) => /\p{L}/u.test(m[0]));
  const capitalised = words.filter((m) => /^\p{Lu}/u.test(m[0])).length;
  if (words.length >= 3 && capitalised / words.length > MAX_CAPITALISED_SHARE) continue;
  used++;
  let first = true;
  for (const m of s.matchAll(CASE_WORD)) {
    const w = m[0];
    const before = s.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    const opener = first || /[.!?:"“‘(]\s*$/.test(before);
    first = false;
    if (opener || !/\p{L}/u.test(w)) continue;
    const lower = w.toLowerCase();
    let c = counts.get(lower);
    if (!c) counts.set(lower, (c = new Map()));
    c.set(w, (c.get(w) ?? 0) + 1);
  }
}

const lex = loadLexicon();
const forms: Record<string, string> = {};
const lower: string[] = [];
for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  let total = 0;
  let best = w;
  let bestN = 0;
  for (const [f, n] of [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    total += n;
    if (n > bestN) {
      best = f;
      bestN = n;
    }
  }
  if (bestN / total < MIN_SHARE) best = w;
  if (best !== w && lex.dictionary.has(w) && bestN < MIN_CAPITALISED) best = w;
  // What the truecaser writes for a word the table does not list.
  const fallback = defaultForm(w, lex);
  if (best === fallback) continue;
  if (best === w) lower.push(w);
  else forms[w] = best;
}
const about =
  'Truecasing table: the usual written form of words whose form differs from the default ' +
  '(dictionary words lower case, others Title case). Counted by tools/truecase/train.ts from ' +
  'the UD English EWT v2.15 train split (CC BY-SA 4.0, (c) The Board of Trustees of the ' +
  'Leland Stanford Junior University; see data/NOTICE) and CoNLL04 train; ' +
  `${used} mixed-case sentences.`;
writeFileSync(
  join(root, 'data/truecase.json'),
  `${JSON.stringify({ about, license: 'CC BY-SA 4.0', forms, lower })}\n`,
);
console.log(
  `${used} sentences, ${counts.size} words: ${Object.keys(forms).length} forms, ${lower.length} lower-case words kept`,
);
