#!/usr/bin/env node
// Turns a hand annotation of relations written with names (kept outside the
// repository: it quotes the stories) into news-rels gold lines, which hold
// only span offsets, so that the repository carries no Reuters text. The
// names must already be news-orgs spans of the story (bench/news-orgs/gold.json,
// made by bench/news-orgs/annotate.mjs). Usage:
//   node bench/news-rels/annotate.mjs relations.txt
// prints one gold line a story, to paste into bench/news-rels/gold.json.
// The annotation: "= reuters-NEWID" opens a story; then
//   "S name | name | ..."                the spans of one entity written differently
//   "R source | TYPE[|TYPE] | target"    a relation a careful reader finds
//   "R source | TYPE | target | opt"     an optional one (neither missed nor wrong)
// An end may list several names ("a / b") when either is a right answer. A
// name is the span's text (any run of whitespace for a space); "name#2" is
// its second span in the story.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../args.mjs';
import { reutersFiles } from '../ingest/corpus.mjs';

const path = process.argv[2];
if (!path) {
  console.error('usage: node bench/news-rels/annotate.mjs relations.txt');
  process.exit(1);
}
const stories = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  if (line.startsWith('= ')) {
    stories.push({ id: line.slice(2).trim(), same: [], rels: [] });
    continue;
  }
  const s = stories.at(-1);
  const cells = line
    .slice(2)
    .split(' | ')
    .map((c) => c.trim());
  if (!s || !['S ', 'R '].includes(line.slice(0, 2))) throw new Error(`bad line: ${line}`);
  if (line[0] === 'S') s.same.push(cells);
  else if (cells.length < 3 || (cells[3] && cells[3] !== 'opt'))
    throw new Error(`bad line: ${line}`);
  else s.rels.push(cells);
}

const orgs = new Map(
  JSON.parse(readFileSync(new URL('../news-orgs/gold.json', import.meta.url), 'utf8')).stories.map(
    (s) => [s.id, s],
  ),
);
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const want = new Set(stories.map((s) => s.id));
const docs = new Map();
for await (const it of readDocuments(reutersFiles()))
  if (it.kind === 'doc' && want.has(it.doc.id)) docs.set(it.doc.id, it.doc);
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 8);

for (const s of stories) {
  const o = orgs.get(s.id);
  const doc = docs.get(s.id);
  if (!o || !doc) throw new Error(`${s.id}: not a news-orgs story`);
  if (hash(doc.text) !== o.textHash) throw new Error(`${s.id}: the reader's text changed`);
  const spans = o.spans.map(([start, end]) => ({
    start,
    text: doc.text.slice(start, end).replace(/\s+/g, ' '),
  }));
  /** The start offset of the span a name means. */
  const at = (written) => {
    const m = /^(.*?)(?:#(\d+))?$/.exec(written);
    const hits = spans.filter((x) => x.text === m[1]);
    const hit = hits[(m[2] ? Number(m[2]) : 1) - 1];
    if (!hit) throw new Error(`${s.id}: no span "${written}"`);
    return hit.start;
  };
  const end = (cell) => {
    const ks = cell.split(' / ').map(at);
    return ks.length === 1 ? ks[0] : ks;
  };
  const out = { id: s.id };
  if (s.same.length) out.same = s.same.map((g) => g.map(at));
  out.rels = s.rels.map(([a, type, b, opt]) => [end(a), type, end(b), ...(opt ? [1] : [])]);
  console.log(`${JSON.stringify(out)},`);
}
