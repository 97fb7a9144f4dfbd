#!/usr/bin/env node
// Person, organisation and place F1 on Universal NER's English EWT
// annotations (../shared/benchmarks/uner-english-ewt): web text nothing was
// tuned on, read as one document per EWT document. A mention counts when its
// span and type match a gold one exactly (PER = Person, ORG = Organization,
// LOC = Location). Usage: node bench/uner/run.mjs [dev|test] [--held-out] [--errors N]
// --held-out scores only the slice the entity tagger never trained on (every
// fifth document, tools/ner/data.ts); GRAPHWIRE_ENTITY_TAGGER=off runs the rules alone.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
const split = process.argv[2] ?? 'dev';
if (!['dev', 'test'].includes(split)) {
  console.error('usage: node bench/uner/run.mjs [dev|test] [--errors N]');
  process.exit(1);
}
const errArg = process.argv.indexOf('--errors');
const showErrors = errArg > 0 ? Number(process.argv[errArg + 1]) : 0;
const { extract } = await import(join(root, 'dist/extract/extract.js'));
const TYPES = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };

/** EWT documents: text joined from `# text` lines, gold spans as character offsets. */
function readDocs(path) {
  const docs = [];
  let doc;
  let sent;
  const flush = () => {
    if (!sent) return;
    // Tokens are found in the sentence text in order; their offsets become the document's.
    const base = doc.text.length ? doc.text.length + 1 : 0;
    doc.text += (doc.text.length ? ' ' : '') + sent.text;
    let at = 0;
    let open;
    const close = () => {
      if (open) doc.gold.push(open);
      open = undefined;
    };
    for (const [form, tag] of sent.tokens) {
      const i = sent.text.indexOf(form, at);
      if (i < 0) throw new Error(`${path}: token ${form} not in its sentence text`);
      at = i + form.length;
      const [bio, type] = tag.split('-');
      if (bio === 'B' || (bio === 'I' && (!open || open.type !== TYPES[type]))) {
        close();
        if (TYPES[type]) open = { type: TYPES[type], start: base + i, end: base + at };
      } else if (bio === 'I' && open) open.end = base + at;
      else close();
    }
    close();
    sent = undefined;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      doc = { id: line.split('=')[1].trim(), text: '', gold: [] };
      docs.push(doc);
    } else if (line.startsWith('# text = ')) {
      flush();
      sent = { text: line.slice(9), tokens: [] };
    } else if (/^\d+\t/.test(line) && sent) {
      const cols = line.split('\t');
      sent.tokens.push([cols[1], cols[2]]);
    }
  }
  flush();
  return docs;
}

const heldOnly = process.argv.includes('--held-out');
const docs = readDocs(join(shared, `benchmarks/uner-english-ewt/en_ewt-ud-${split}.iob2`)).filter(
  (_, i) => !heldOnly || i % 5 === 0,
);
const counts = {};
for (const t of Object.values(TYPES)) counts[t] = { tp: 0, fp: 0, fn: 0 };
const errors = [];
const t0 = performance.now();
for (const d of docs) {
  const x = extract({ id: d.id, text: d.text, hash: d.id }, { dates: false, places: false });
  const found = new Map();
  for (const e of x.entities)
    for (const m of e.mentions)
      if (counts[e.type]) found.set(`${m.start}:${m.end}`, { type: e.type, text: m.text });
  const gold = new Map(d.gold.map((g) => [`${g.start}:${g.end}`, g]));
  for (const [k, g] of gold) {
    if (found.get(k)?.type === g.type) counts[g.type].tp++;
    else {
      counts[g.type].fn++;
      errors.push(
        `miss ${g.type} ${d.text.slice(g.start, g.end)} (found ${found.get(k)?.type ?? '-'})`,
      );
    }
  }
  for (const [k, f] of found)
    if (gold.get(k)?.type !== f.type) {
      counts[f.type].fp++;
      if (!gold.has(k)) errors.push(`extra ${f.type} ${f.text}`);
    }
}
const seconds = (performance.now() - t0) / 1000;
const f3 = (x) => x.toFixed(3);
const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${f3(p)}  R ${f3(r)}  F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}  (gold ${tp + fn})`;
};
const tagger =
  process.env.GRAPHWIRE_ENTITY_TAGGER === 'off' ? 'rules alone' : 'rules + entity tagger';
console.log(
  `UNER EWT ${split}${heldOnly ? ' (held-out slice)' : ''}, ${tagger}: ${docs.length} documents, ${seconds.toFixed(1)} s`,
);
const all = { tp: 0, fp: 0, fn: 0 };
for (const [t, c] of Object.entries(counts)) {
  console.log(`${t.padEnd(13)} ${prf(c)}`);
  for (const k of ['tp', 'fp', 'fn']) all[k] += c[k];
}
console.log(`${'all'.padEnd(13)} ${prf(all)}`);
for (const e of errors.slice(0, showErrors)) console.log(e);
