#!/usr/bin/env node
// The seeded sample the Reuters news proxies (news-orgs, news-rels) annotate,
// in its order: stories 1-40 are the tune and held parts, 41-64 the fresh
// part. Prints story ids only. Usage: node bench/news-orgs/sample.mjs [N]
//
// The pool: every story whose text (as src/ingest/sgml.ts makes it) is 400
// to 1,800 characters long and holds a blank line, that is a title and a
// body (this also lets in the twelve untitled UNPROC stories whose text holds
// a blank line; the first sample was drawn that way, so it stays). The draw:
// mulberry32 seeded 20261206, one index floor(r * pool size) a draw, a story
// drawn twice kept once.
import { join } from 'node:path';
import { root } from '../args.mjs';
import { reutersFiles } from '../ingest/corpus.mjs';

const SEED = 20261206;
const n = Number(process.argv[2] ?? 64);
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));

/** tools/random.ts's `rng`, written out: the benches run without a build of tools/. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pool = [];
for await (const it of readDocuments(reutersFiles())) {
  const t = it.kind === 'doc' ? it.doc.text : '';
  if (t.length >= 400 && t.length <= 1800 && t.includes('\n\n')) pool.push(it.doc.id);
}
const rand = mulberry32(SEED);
const picked = new Set();
while (picked.size < Math.min(n, pool.length)) picked.add(pool[Math.floor(rand() * pool.length)]);
console.log([...picked].join('\n'));
