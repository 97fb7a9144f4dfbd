#!/usr/bin/env node
// Turns a hand annotation written as names (kept outside the repository: it
// quotes the stories) into gold.json, which holds only story ids, character
// offsets, types and a short hash of each span's text, so that the
// repository carries no Reuters text. Usage:
//   node bench/news-orgs/annotate.mjs annotation.txt > bench/news-orgs/gold.json
// The annotation: "= reuters-NEWID" opens a story; then one line a name,
// "O name" (organisation), "P name" (person), "L name" (place), "X name" (left
// out of the scoring: neither gold nor counted as a false positive) or
// "- name" (covers those characters and annotates nothing). Every occurrence
// of the name in the story (case-sensitive, whole words, any run of
// whitespace for a space) is annotated, longest names first, never two
// overlapping; "name#2" annotates only the second occurrence.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from '../args.mjs';
import { reutersFiles } from '../ingest/corpus.mjs';

const TYPES = { O: 'ORG', P: 'PER', L: 'LOC', X: 'IGNORE', '-': 'COVER' };
const path = process.argv[2];
if (!path) {
  console.error('usage: node bench/news-orgs/annotate.mjs annotation.txt');
  process.exit(1);
}
const stories = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  if (line.startsWith('= ')) stories.push({ id: line.slice(2).trim(), names: [] });
  else {
    const type = TYPES[line[0]];
    if (!type || !stories.length) throw new Error(`bad annotation line: ${line}`);
    const m = /^(.*?)(?:#(\d+))?$/.exec(line.slice(2).trim());
    stories.at(-1).names.push({ type, name: m[1], nth: m[2] ? Number(m[2]) : 0 });
  }
}
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const want = new Set(stories.map((s) => s.id));
const docs = new Map();
for await (const it of readDocuments(reutersFiles()))
  if (it.kind === 'doc' && want.has(it.doc.id)) docs.set(it.doc.id, it.doc);

export const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 8);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const out = [];
for (const s of stories) {
  const doc = docs.get(s.id);
  if (!doc) throw new Error(`${s.id}: no such story`);
  const text = doc.text;
  const taken = [];
  const spans = [];
  const names = [...s.names].sort((a, b) => b.name.length - a.name.length);
  for (const n of names) {
    const re = new RegExp(esc(n.name), 'g');
    let k = 0;
    let hits = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? ''))
        continue;
      k++;
      if (n.nth && k !== n.nth) continue;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      hits++;
      if (n.type !== 'COVER') spans.push([start, end, n.type, hash(text.slice(start, end))]);
    }
    if (!hits) throw new Error(`${s.id}: "${n.name}" not found`);
  }
  spans.sort((a, b) => a[0] - b[0]);
  out.push({ id: s.id, file: basename(doc.source ?? ''), textHash: hash(text), spans });
}
process.stdout.write(
  `${JSON.stringify({ stories: out }, null, 0).replace(/\{"id"/g, '\n{"id"')}\n`,
);
